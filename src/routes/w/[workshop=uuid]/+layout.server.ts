import { error, redirect } from '@sveltejs/kit';
import { unavailable } from '$lib/data/errors';
import { getWorkshopAsMember } from '$lib/data/workshops';
import { m } from '$lib/i18n';
import type { LayoutServerLoad } from './$types';

/**
 * Who this person is in the workshop, for the session every page under
 * /w/<id> shares. Pages still load what they show themselves (it reruns
 * only when the workshop changes; pages may read it with `parent()`).
 */
export const load = (async ({ params, locals, url }) => {
	if (!locals.user) redirect(303, `/signin?next=${encodeURIComponent(url.pathname)}`);
	const found = await getWorkshopAsMember(locals.supabase, params.workshop, locals.user.id).catch((failure) =>
		unavailable(failure, m.errors.unavailable)
	);
	if (!found) error(404, m.workshops.page.notFound);
	const { me, workshop } = found;
	return {
		sessionMember: { userId: me.user_id, name: me.display_name, stakeholder: me.stakeholder, role: me.role },
		workshopSummary: { id: workshop.id, title: workshop.title, joinCode: workshop.join_code }
	};
}) satisfies LayoutServerLoad;
