import { error } from '@sveltejs/kit';
import { DataError, getUseCase } from '$lib/data/use-cases';
import { m } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals }) => {
	let useCase;
	try {
		useCase = await getUseCase(locals.supabase, params.slug);
	} catch (e) {
		if (e instanceof DataError) error(503, m.library.unavailable);
		throw e;
	}
	if (!useCase) error(404, m.useCase.notFound);
	return { useCase };
}) satisfies PageServerLoad;
