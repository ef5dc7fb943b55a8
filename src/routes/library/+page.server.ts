import { unavailable } from '$lib/data/errors';
import { libraryFacets, searchUseCases } from '$lib/data/use-cases';
import { pageCount, parseLibraryQuery } from '$lib/domain/library-query';
import { m } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load = (async ({ url, locals }) => {
	const { query, problems } = parseLibraryQuery(url.searchParams);
	try {
		// The page and the facet counts, each one round trip, side by side.
		const [results, facets] = await Promise.all([searchUseCases(locals.supabase, query), libraryFacets(locals.supabase, query)]);
		return {
			query,
			problems,
			...results,
			pages: pageCount(results.total),
			counts: facets.counts,
			cities: facets.cities,
			patterns: facets.patterns.map(({ slug, name }) => ({ slug, name }))
		};
	} catch (e) {
		unavailable(e, m.library.unavailable);
	}
}) satisfies PageServerLoad;
