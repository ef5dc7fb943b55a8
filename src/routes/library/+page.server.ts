import { unavailable } from '$lib/data/errors';
import { libraryFacets, searchUseCases } from '$lib/data/use-cases';
import { PAGE_SIZE, parseLibraryQuery } from '$lib/domain/library-query';
import { m } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load = (async ({ url, locals }) => {
	const { query, problems } = parseLibraryQuery(url.searchParams);
	try {
		const [results, facets] = await Promise.all([searchUseCases(locals.supabase, query), libraryFacets(locals.supabase)]);
		return {
			query,
			problems,
			...results,
			pages: Math.max(1, Math.ceil(results.total / PAGE_SIZE)),
			cities: facets.cities,
			patterns: facets.patterns.map(({ slug, name }) => ({ slug, name }))
		};
	} catch (e) {
		unavailable(e, m.library.unavailable);
	}
}) satisfies PageServerLoad;
