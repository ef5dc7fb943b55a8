import { fileNameOf } from '$lib/domain/report';
import { drawCanvas } from '$lib/server/canvas-export';
import type { RequestHandler } from './$types';

/** The canvas as an SVG file, for members of the workshop. */
export const GET = (async ({ locals, params, url }) => {
	const { canvas, svg } = await drawCanvas(locals, params.workshop, params.canvas, url);
	return new Response(svg, {
		headers: {
			'content-type': 'image/svg+xml; charset=utf-8',
			'content-disposition': `${url.searchParams.has('inline') ? 'inline' : 'attachment'}; filename="${fileNameOf(canvas.title, 'svg')}"`,
			// Opened on its own, the file can run nothing and load nothing (it holds no script anyway).
			'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
			'cache-control': 'private, no-store'
		}
	});
}) satisfies RequestHandler;
