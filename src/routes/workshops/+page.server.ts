import { redirect } from '@sveltejs/kit';
import { unavailable } from '$lib/data/errors';
import { myWorkshops } from '$lib/data/workshops';
import { m } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	if (!locals.user) redirect(303, '/signin?next=/workshops');
	return {
		workshops: await myWorkshops(locals.supabase, locals.user.id).catch((failure) => unavailable(failure, m.errors.unavailable)),
		canCreate: !locals.user.isAnonymous
	};
}) satisfies PageServerLoad;
