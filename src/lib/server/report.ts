import { error } from '@sveltejs/kit';
import { unavailable } from '$lib/data/errors';
import { loadReport } from '$lib/data/report';
import { fileNameOf } from '$lib/domain/report';
import { m } from '$lib/i18n';
import { requireMembership } from './membership';

/**
 * The report is the facilitators' (as the console is): it may name people and
 * shows every round's results, revealed or not. Participants and observers get
 * a 403 with a message; non-members a 404, as for any workshop page; they can
 * still export a canvas they see (export.svg / export.png).
 */
export async function facilitatorReport(locals: App.Locals, workshopId: string, url: URL) {
	const member = await requireMembership(locals, workshopId, url);
	if (member.me.role !== 'facilitator') error(403, m.report.forbidden);
	const showNames = url.searchParams.get('names') === '1';
	const report = await loadReport(locals.supabase, member, showNames).catch((failure) => unavailable(failure, m.errors.unavailable));
	return { report, showNames, pdfName: fileNameOf(report.workshop.title, 'pdf') };
}

/** The query the report's downloads carry, so each shows what the page shows. */
export const reportQuery = (showNames: boolean) => (showNames ? '?names=1' : '');
