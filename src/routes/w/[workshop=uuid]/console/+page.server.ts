import { error } from '@sveltejs/kit';
import { m } from '$lib/i18n';
import { requireMembership } from '$lib/server/membership';
import type { PageServerLoad } from './$types';

/**
 * The facilitator console: the workshop's canvases and members as the caller
 * sees them (RLS). Anyone else who is a member gets a 403; the database
 * would refuse their session requests anyway, this says so up front.
 */
export const load = (async ({ params, locals, url }) => {
	const { workshop, canvases, members, me } = await requireMembership(locals, params.workshop, url);
	if (me.role !== 'facilitator') error(403, m.console.forbidden);
	return {
		workshop: { id: workshop.id, title: workshop.title },
		canvases: canvases.map((c) => ({ id: c.id, title: c.title, template: c.template, locked: c.locked })),
		members,
		me
	};
}) satisfies PageServerLoad;
