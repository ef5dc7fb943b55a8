import { redirect } from '@sveltejs/kit';
import { myWorkshops } from '$lib/data/workshops';
import type { PageServerLoad } from './$types';

export const load = (async ({ locals }) => {
	if (!locals.user) redirect(303, '/signin?next=/workshops');
	return {
		workshops: await myWorkshops(locals.supabase, locals.user.id),
		canCreate: !locals.user.isAnonymous
	};
}) satisfies PageServerLoad;
