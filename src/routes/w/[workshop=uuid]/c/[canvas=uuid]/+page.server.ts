import { error } from '@sveltejs/kit';
import { canWrite } from '$lib/domain/access';
import { m } from '$lib/i18n';
import { requireMembership } from '$lib/server/membership';
import type { PageServerLoad } from './$types';

/**
 * The `uuid` matcher has already turned a malformed id into a 404. What the
 * person may not see, RLS hides: a 404 like no such canvas. A query that fails
 * is a 503 with a message, never an empty page.
 */
export const load = (async ({ params, locals, url }) => {
	const found = await requireMembership(locals, params.workshop, url, m.workshops.canvasPage.notFound);
	const canvas = found.canvases.find((c) => c.id === params.canvas);
	if (!canvas) error(404, m.workshops.canvasPage.notFound);
	const { workshop, canvases, members, me } = found;
	const closed = workshop.status === 'closed';
	// A closed workshop's canvases are all locked (collab_access says the same to the realtime server).
	const locked = canvas.locked || closed;
	return {
		workshop: { id: workshop.id, title: workshop.title, closed },
		canvas: { id: canvas.id, title: canvas.title, template: canvas.template, locked },
		canvases: canvases.map((c) => ({ id: c.id, title: c.title })),
		// Names for notes' authors, who may not be online.
		members: members.map((member) => ({ userId: member.user_id, name: member.display_name })),
		me: { userId: me.user_id, name: me.display_name, stakeholder: me.stakeholder, role: me.role },
		// The same rule the realtime server enforces; the page offers nothing it would refuse.
		readOnly: !canWrite('canvas', me.role, locked)
	};
}) satisfies PageServerLoad;
