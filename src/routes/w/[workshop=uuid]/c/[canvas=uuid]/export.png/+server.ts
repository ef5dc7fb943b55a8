import { m } from '$lib/i18n';
import { drawCanvas } from '$lib/server/canvas-export';
import { renderPng } from '$lib/server/render/chromium';
import { fileNameOf } from '$lib/domain/report';
import { renderFailed } from '$lib/server/render/errors';
import type { RequestHandler } from './$types';

/** The canvas as a PNG, drawn from its SVG in the server's Chromium; for members of the workshop. */
export const GET = (async ({ locals, params, url }) => {
	const { canvas, svg, width, height } = await drawCanvas(locals, params.workshop, params.canvas, url);
	const png = await renderPng(svg, width, height).catch((failure) => renderFailed(failure, m.report.errors.pngUnavailable));
	return new Response(png as BodyInit, {
		headers: {
			'content-type': 'image/png',
			'content-disposition': `attachment; filename="${fileNameOf(canvas.title, 'png')}"`,
			'cache-control': 'private, no-store'
		}
	});
}) satisfies RequestHandler;
