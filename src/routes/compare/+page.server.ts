import { unavailable } from '$lib/data/errors';
import { compareOutcome, compareUseCases } from '$lib/data/compare';
import { searchUseCases } from '$lib/data/use-cases';
import { m } from '$lib/i18n';
import { outcomeColumn, useCaseColumn, type CompareColumn } from './compare-columns';
import { parseCompareQuery } from './compare-query';
import type { PageServerLoad } from './$types';

/** Search results offered to add (the first ones of the library's own search). */
const RESULTS = 8;

/**
 * /compare?u=<slug>&u=<slug>[&workshop=<id>][&q=<words>]: the columns to lay
 * side by side, read as the caller; a workshop's outcome only for its
 * members (RLS shows the workshop to no one else); and, when `q` is given,
 * the library's search for a use case to add.
 */
export const load = (async ({ url, locals }) => {
	const query = parseCompareQuery(url.searchParams);
	try {
		const [rows, workshop, found] = await Promise.all([
			compareUseCases(locals.supabase, query.slugs),
			query.workshop && locals.user ? compareOutcome(locals.supabase, query.workshop) : Promise.resolve(null),
			query.q
				? searchUseCases(locals.supabase, { q: query.q, domain: null, city: null, maturity: null, pattern: null, sort: 'relevance', page: 1 })
				: Promise.resolve(null)
		]);
		const columns: CompareColumn[] = rows.map(useCaseColumn);
		if (workshop) columns.push(outcomeColumn(workshop.workshop, workshop.outcome, workshop.patterns));
		return {
			query,
			columns,
			missing: query.slugs.length - rows.length,
			/** Why a workshop asked for is not shown: not signed in, or not a member. */
			workshopNotice: query.workshop && !workshop ? (locals.user ? 'hidden' : 'signIn') : null,
			results: found ? found.useCases.slice(0, RESULTS).map((u) => ({ slug: u.slug, title: u.title, city: u.city })) : null
		};
	} catch (failure) {
		unavailable(failure, m.compare.unavailable);
	}
}) satisfies PageServerLoad;
