import { m } from '$lib/i18n';
import { renderPdf } from '$lib/server/render/chromium';
import { fileNameOf } from '$lib/domain/report';
import { renderFailed } from '$lib/server/render/errors';
import { facilitatorReport, reportQuery } from '$lib/server/report';
import type { RequestHandler } from './$types';

/**
 * The report page printed to PDF by the server's Chromium: the page is loaded
 * on the app's own origin with the requesting person's cookies, so it shows
 * exactly what they may see. Facilitators only (checked here first, so
 * nobody else starts a browser page).
 */
export const GET = (async ({ params, locals, url, cookies }) => {
	const { report, showNames } = await facilitatorReport(locals, params.workshop, url);
	const page = `${url.origin}/w/${params.workshop}/report${reportQuery(showNames)}`;
	const pdf = await renderPdf({ url: page, cookies: cookies.getAll(), readySelector: '[data-report-ready]' }).catch((failure) =>
		renderFailed(failure, m.report.errors.pdfUnavailable)
	);
	return new Response(pdf as BodyInit, {
		headers: {
			'content-type': 'application/pdf',
			'content-disposition': `attachment; filename="${fileNameOf(report.workshop.title, 'pdf')}"`,
			'cache-control': 'private, no-store'
		}
	});
}) satisfies RequestHandler;
