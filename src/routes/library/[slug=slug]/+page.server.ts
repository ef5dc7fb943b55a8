import { error } from '@sveltejs/kit';
import { unavailable } from '$lib/data/errors';
import { getUseCase } from '$lib/data/use-cases';
import { replicationPanel } from '$lib/data/replications';
import { m } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals }) => {
	let useCase;
	try {
		useCase = await getUseCase(locals.supabase, params.slug);
	} catch (e) {
		unavailable(e, m.library.unavailable);
	}
	if (!useCase) error(404, m.useCase.notFound);
	return { useCase, replication: await replicationPanel(locals.supabase, locals.user, useCase.id) };
}) satisfies PageServerLoad;
