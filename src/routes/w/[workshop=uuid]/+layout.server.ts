import { requireMembership } from '$lib/server/membership';
import type { LayoutServerLoad } from './$types';

/**
 * Who this person is in the workshop, for the session every page under
 * /w/<id> shares. Pages still load what they show themselves (it reruns
 * only when the workshop changes; pages may read it with `parent()`).
 */
export const load = (async ({ params, locals, url }) => {
	const { me, workshop } = await requireMembership(locals, params.workshop, url);
	return {
		sessionMember: { userId: me.user_id, name: me.display_name, stakeholder: me.stakeholder, role: me.role },
		workshopSummary: { id: workshop.id, title: workshop.title, joinCode: workshop.join_code },
		/** The workshop's language, or the one this person switched to in it. */
		locale: locals.locale
	};
}) satisfies LayoutServerLoad;
