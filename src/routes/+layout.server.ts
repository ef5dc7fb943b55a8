import { getProfile } from '$lib/data/profiles';
import { readConfig } from '$lib/server/config';
import type { LayoutServerLoad } from './$types';

export const load = (async ({ locals }) => {
	const profile = locals.user ? await getProfile(locals.supabase, locals.user.id) : null;
	return {
		user: locals.user ? { id: locals.user.id, email: locals.user.email, isAnonymous: locals.user.isAnonymous } : null,
		profile,
		localMode: readConfig().mode === 'local',
		/** The person's language; a workshop's layout gives its pages the workshop's. */
		locale: locals.personLocale
	};
}) satisfies LayoutServerLoad;
