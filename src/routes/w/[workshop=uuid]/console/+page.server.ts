import { error, redirect } from '@sveltejs/kit';
import { unavailable } from '$lib/data/errors';
import { getWorkshopAsMember } from '$lib/data/workshops';
import { m } from '$lib/i18n';
import type { PageServerLoad } from './$types';

/**
 * The facilitator console: the workshop's canvases and members as the caller
 * sees them (RLS). Anyone else who is a member gets a 403; the database
 * would refuse their session requests anyway, this says so up front.
 */
export const load = (async ({ params, locals, url }) => {
	if (!locals.user) redirect(303, `/signin?next=${encodeURIComponent(url.pathname)}`);
	const found = await getWorkshopAsMember(locals.supabase, params.workshop, locals.user.id).catch((failure) =>
		unavailable(failure, m.errors.unavailable)
	);
	if (!found) error(404, m.workshops.page.notFound);
	const { workshop, canvases, members, me } = found;
	if (me.role !== 'facilitator') error(403, m.console.forbidden);
	return {
		workshop: { id: workshop.id, title: workshop.title },
		canvases: canvases.map((c) => ({ id: c.id, title: c.title, template: c.template, locked: c.locked })),
		members,
		me
	};
}) satisfies PageServerLoad;
