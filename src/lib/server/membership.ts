import { error, redirect } from '@sveltejs/kit';
import { unavailable } from '$lib/data/errors';
import { getWorkshopAsMember, type WorkshopAsMember } from '$lib/data/workshops';
import { m } from '$lib/i18n';

/**
 * What every page under /w/<id> needs first: a signed-in person (else to
 * sign-in and back), who is a member (else 404, as for no workshop at all:
 * RLS shows nothing of a workshop someone is not part of), read as them. A
 * query that fails is a 503 with a message, never an empty page.
 */
export async function requireMembership(
	locals: App.Locals,
	workshopId: string,
	url: URL,
	notFound: string = m.workshops.page.notFound
): Promise<WorkshopAsMember> {
	if (!locals.user) redirect(303, `/signin?next=${encodeURIComponent(url.pathname)}`);
	const found = await getWorkshopAsMember(locals.supabase, workshopId, locals.user.id).catch((failure) =>
		unavailable(failure, m.errors.unavailable)
	);
	if (!found) error(404, notFound);
	return found;
}
