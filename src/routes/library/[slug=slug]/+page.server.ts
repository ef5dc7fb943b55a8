import { error } from '@sveltejs/kit';
import { unavailable } from '$lib/data/errors';
import { getUseCase } from '$lib/data/use-cases';
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
	return { useCase };
}) satisfies PageServerLoad;
