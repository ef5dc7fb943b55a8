import type { SupabaseClient } from '@supabase/supabase-js';
// Relative imports with .ts: the library benchmark (bench/library, run by tsx) calls this module as the page does.
import { FACETS, PAGE_SIZE, pageOffset, type FacetCounts, type LibraryQuery } from '../domain/library-query.ts';
import { isUuid } from '../domain/ids.ts';
import { DataError } from './errors.ts';
import { byName, localizedPattern, type Pattern as PatternRef } from './patterns.ts';
import { citiesOf, type Domain, type Maturity, type UseCaseStatus } from '../domain/use-cases.ts';
import type { Locale } from '../i18n/locales.ts';

export type { Pattern as PatternRef } from './patterns.ts';

export interface UseCaseSummary {
	slug: string;
	title: string;
	city: string;
	country: string;
	domain: Domain;
	maturity: Maturity;
	summary: string;
	/** The language its text is written in (never translated). */
	language: Locale;
}

/** A result of the library's search: a summary, when it was published and how often replicated. */
export interface UseCaseResult extends UseCaseSummary {
	published_at: string | null;
	replications: number;
}

export interface UseCase extends UseCaseSummary {
	id: string;
	who: string;
	what: string;
	how: string;
	why: string;
	funding_mechanisms: string[];
	internal_success_factors: string[];
	external_success_factors: string[];
	stakeholders: string[];
	follower_cities: string[];
	scalability: number | null;
	replicability: number | null;
	sustainability: number | null;
	lessons: string;
	replication_conditions: string;
	status: UseCaseStatus;
	published_at: string | null;
	organization: { name: string; slug: string } | null;
	patterns: PatternRef[];
}

const SUMMARY_COLUMNS = 'slug, title, city, country, domain, maturity, summary, language';

/** The library's search and filters as the arguments of its database functions (the benchmark explains them too). */
export const searchArguments = (query: LibraryQuery) => {
	const cities = citiesOf(query.city ?? '');
	return {
		q: query.q,
		domain: query.domain,
		// One city finds the use cases that name it among others; a link naming several finds those naming all.
		cities: cities.length ? cities : null,
		maturity: query.maturity,
		pattern: query.pattern
	};
};

/**
 * One page of the library: full-text search (websearch syntax), filters and
 * sort, and the total, in one round trip (rpc `search_use_cases`, migration
 * 20261201001100). Security invoker: RLS decides which use cases the caller
 * may see; retired ones never show.
 */
export async function searchUseCases(db: SupabaseClient, query: LibraryQuery): Promise<{ useCases: UseCaseResult[]; total: number }> {
	const { data, error } = await db.rpc('search_use_cases', {
		...searchArguments(query),
		sort: query.sort,
		page_size: PAGE_SIZE,
		page_offset: pageOffset(query)
	});
	if (error) throw new DataError(error.message);
	const page = data as { total: number; use_cases: UseCaseResult[] };
	return { useCases: page.use_cases, total: page.total };
}

/**
 * The library's filters with their counts: for each domain, city, maturity and
 * pattern, how many use cases the current search finds with it, each filter
 * counted with the others applied but not itself (rpc `library_facets`, one
 * round trip), and the patterns' names. `cities` lists each city a visible use
 * case names (a use case shared by several cities adds each of them).
 */
export async function libraryFacets(db: SupabaseClient, query?: LibraryQuery) {
	const [facets, patterns] = await Promise.all([
		db.rpc('library_facets', query ? searchArguments(query) : {}),
		db.from('business_model_patterns').select('id, slug, name, description')
	]);
	if (facets.error) throw new DataError(facets.error.message);
	if (patterns.error) throw new DataError(patterns.error.message);
	const counts = Object.fromEntries(FACETS.map((facet) => [facet, (facets.data as Partial<FacetCounts>)[facet] ?? {}])) as FacetCounts;
	return {
		counts,
		cities: Object.keys(counts.city).sort((a, b) => a.localeCompare(b, 'en')),
		patterns: ((patterns.data ?? []) as PatternRef[]).map(localizedPattern).sort(byName)
	};
}

export async function getUseCase(db: SupabaseClient, slug: string): Promise<UseCase | null> {
	const { data, error } = await db
		.from('use_cases')
		.select(
			`id, ${SUMMARY_COLUMNS}, who, what, how, why, funding_mechanisms, internal_success_factors,
			 external_success_factors, stakeholders, follower_cities, scalability, replicability,
			 sustainability, lessons, replication_conditions, status, published_at,
			 organization:organizations(name, slug),
			 use_case_patterns(business_model_patterns(id, slug, name, description))`
		)
		.eq('slug', slug)
		.maybeSingle();
	if (error) throw new DataError(error.message);
	if (!data) return null;
	const { use_case_patterns, ...rest } = data as unknown as Omit<UseCase, 'patterns'> & {
		use_case_patterns: { business_model_patterns: PatternRef }[];
	};
	return {
		...rest,
		patterns: use_case_patterns.map((l) => localizedPattern(l.business_model_patterns)).sort(byName)
	};
}

/** What the canvas's use-case picker shows for one use case. */
export interface UseCaseChoice {
	id: string;
	slug: string;
	title: string;
	city: string;
}

const PICKER_LIMIT = 20;
const PICKER_MAX_IDS = 50;
const PICKER_MAX_QUERY = 200;

/**
 * For the canvas's use-case picker: the use cases named by `ids` (those a note
 * links to) when there are any, else a websearch of the library for `q`, else
 * the first by title. Malformed ids are dropped, not sent. Retired ones never
 * show; RLS decides the rest.
 */
/**
 * The library's rule for words (library.any_language_query) in PostgREST's
 * filter syntax: the words read in each language's configuration, or as
 * written. The value is quoted, so commas and brackets in it stay words.
 */
const SEARCH_CONFIGS = ['english', 'german', 'french', 'italian', 'spanish', 'finnish', 'simple'];
const anyLanguage = (q: string) => {
	const quoted = `"${q.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
	return SEARCH_CONFIGS.map((config) => `search.wfts(${config}).${quoted}`).join(',');
};

export async function pickUseCases(db: SupabaseClient, input: { q: string; ids: string[] }): Promise<UseCaseChoice[]> {
	const q = input.q.trim().slice(0, PICKER_MAX_QUERY);
	const ids = input.ids.filter(isUuid).slice(0, PICKER_MAX_IDS);
	let request = db.from('use_cases').select('id, slug, title, city').neq('status', 'retired');
	if (ids.length) request = request.in('id', ids);
	else if (q) request = request.or(anyLanguage(q));
	const { data, error } = await request.order('title').limit(PICKER_LIMIT);
	if (error) throw new DataError(error.message);
	return (data ?? []) as UseCaseChoice[];
}
