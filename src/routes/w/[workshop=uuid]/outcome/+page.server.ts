import { storedOutcome, taggedNotes } from '$lib/data/outcomes';
import { allPatterns } from '$lib/data/patterns';
import { unavailable } from '$lib/data/errors';
import { emptyOutcome } from '$lib/domain/outcome';
import { m } from '$lib/i18n';
import { requireMembership } from '$lib/server/membership';
import type { PageServerLoad } from './$types';

/**
 * The outcome page: every member reads it, facilitators edit it (the outcome
 * room enforces that; the page only offers the controls). Loaded here: the
 * outcome as last stored (the first paint), the canvas notes tagged with a
 * dimension, and the 55 patterns.
 */
export const load = (async ({ params, locals, url }) => {
	const { workshop, me } = await requireMembership(locals, params.workshop, url);
	try {
		const [outcome, notes, patterns] = await Promise.all([
			storedOutcome(locals.supabase, workshop.id),
			taggedNotes(locals.supabase, workshop.id),
			allPatterns(locals.supabase)
		]);
		return {
			workshop: { id: workshop.id, title: workshop.title },
			editable: me.role === 'facilitator',
			outcome: outcome ?? emptyOutcome(),
			notes,
			patterns
		};
	} catch (failure) {
		unavailable(failure, m.errors.unavailable);
	}
}) satisfies PageServerLoad;
