import { error } from '@sveltejs/kit';
import { unavailable } from '$lib/data/errors';
import { handoverIdeas, workshopLanguage } from '$lib/data/handover';
import { bodyFrom, LOCALE, proposalProblems, titleFrom, type Proposal } from '$lib/domain/decidim';
import { m } from '$lib/i18n';
import { requireMembership } from '$lib/server/membership';

/**
 * What the hand-over page and its two downloads share: a facilitator of the
 * workshop (a member who is not one gets 403, anyone else what every workshop
 * page answers), its ideas as they read them, and its language.
 */
export async function facilitatorIdeas(locals: App.Locals, workshopId: string, url: URL) {
	const { workshop, canvases, me } = await requireMembership(locals, workshopId, url);
	if (me.role !== 'facilitator') error(403, m.handover.forbidden);
	const [ideas, language] = await Promise.all([
		handoverIdeas(locals.supabase, workshop.id, canvases),
		workshopLanguage(locals.supabase, workshop.id)
	]).catch((failure) => unavailable(failure, m.errors.unavailable));
	return { workshop, ideas, locale: LOCALE.test(language) ? language : 'en' };
}

/** At most this many ideas in one file (the page never lists more than a workshop's notes). */
const MAX_CHOSEN = 1000;

/**
 * The proposals a posted form chose (`idea` = "canvas:note", `title:<key>` =
 * the title typed), each body from the note as stored, never from the form.
 * A key not among the workshop's ideas, none chosen, or a title Decidim
 * would refuse is a 400 saying what to do.
 */
export async function chosenProposals(locals: App.Locals, workshopId: string, url: URL, request: Request) {
	const { workshop, ideas, locale } = await facilitatorIdeas(locals, workshopId, url);
	const form = await request.formData().catch(() => error(400, m.handover.noneChosen));
	const keys = [...new Set(form.getAll('idea').map(String))].slice(0, MAX_CHOSEN);
	if (!keys.length) error(400, m.handover.noneChosen);
	const byKey = new Map(ideas.map((i) => [i.key, i]));
	const proposals: Proposal[] = keys.map((key) => {
		const idea = byKey.get(key);
		if (!idea) error(400, m.handover.unknownIdea);
		const typed = form.get(`title:${key}`);
		return {
			title: typeof typed === 'string' ? typed.replace(/\s+/g, ' ').trim() : titleFrom(idea.text),
			body: bodyFrom(idea.text, m.handover.context(workshop.title, idea.canvasTitle))
		};
	});
	const problems = proposalProblems(proposals);
	if (problems.length) error(400, m.handover.refused(new Set(problems.map((p) => p.index)).size));
	return { workshop, proposals, locale };
}

/** A download: the file's type, an attachment name without path characters, never cached. */
export const download = (body: string, type: string, name: string) =>
	new Response(body, {
		headers: {
			'content-type': `${type}; charset=utf-8`,
			'content-disposition': `attachment; filename="${name}"`,
			'cache-control': 'no-store',
			'x-content-type-options': 'nosniff'
		}
	});
