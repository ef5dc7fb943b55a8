import { reportMarkdown } from '$lib/domain/report-markdown';
import { formatDate, m } from '$lib/i18n';
import { fileNameOf } from '$lib/domain/report';
import { facilitatorReport } from '$lib/server/report';
import type { RequestHandler } from './$types';

/** The report as Markdown: the same sections as the page, as text. Facilitators only. */
export const GET = (async ({ params, locals, url }) => {
	const { report } = await facilitatorReport(locals, params.workshop, url);
	return new Response(reportMarkdown(report, m, formatDate(new Date())), {
		headers: {
			'content-type': 'text/markdown; charset=utf-8',
			'content-disposition': `attachment; filename="${fileNameOf(report.workshop.title, 'md')}"`,
			'cache-control': 'private, no-store'
		}
	});
}) satisfies RequestHandler;
