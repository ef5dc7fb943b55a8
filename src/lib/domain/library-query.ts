import { DOMAINS, MATURITIES, citiesOf, isDomain, isMaturity, isSlug, type Domain, type Maturity } from './use-cases';

/**
 * How the library orders its results: by relevance to the words searched
 * (ts_rank; without words, the newest first), the newest first
 * (published_at), or the most replicated first.
 */
export const SORTS = ['relevance', 'newest', 'replicated'] as const;
export type LibrarySort = (typeof SORTS)[number];
export const DEFAULT_SORT: LibrarySort = 'relevance';
export const isSort = (value: unknown): value is LibrarySort =>
	typeof value === 'string' && (SORTS as readonly string[]).includes(value);

/** A library search as it stands in the URL: /library?q=parking&domain=mobility&sort=newest */
export interface LibraryQuery {
	q: string;
	domain: Domain | null;
	city: string | null;
	maturity: Maturity | null;
	pattern: string | null;
	sort: LibrarySort;
	page: number;
}

/** The filters that have facet counts, in the order the page shows them. */
export const FACETS = ['domain', 'city', 'maturity', 'pattern'] as const;
export type Facet = (typeof FACETS)[number];

export const PAGE_SIZE = 24;
export const MAX_QUERY_LENGTH = 200;

export interface ParsedLibraryQuery {
	query: LibraryQuery;
	/** Parameters that were dropped, with the reason, to tell the reader. */
	problems: string[];
}

/**
 * Reads a search from URL parameters. Never throws: a bad filter is dropped and
 * reported, so a shared link with a stale value still shows results.
 */
export function parseLibraryQuery(params: URLSearchParams): ParsedLibraryQuery {
	const problems: string[] = [];
	const text = (params.get('q') ?? '').replace(/\s+/g, ' ').trim();
	const q = text.slice(0, MAX_QUERY_LENGTH);
	if (text.length > MAX_QUERY_LENGTH) problems.push('query-too-long');

	const domainParam = params.get('domain') || null;
	const domain = domainParam && isDomain(domainParam) ? domainParam : null;
	if (domainParam && !domain) problems.push('domain');

	const maturityParam = params.get('maturity') || null;
	const maturity = maturityParam && isMaturity(maturityParam) ? maturityParam : null;
	if (maturityParam && !maturity) problems.push('maturity');

	const cityParam = (params.get('city') ?? '').trim() || null;
	// "Any city" (the seed's value for use cases that apply anywhere) names no city to filter by.
	const city = cityParam && cityParam.length <= 80 && citiesOf(cityParam).length > 0 ? cityParam : null;
	if (cityParam && !city) problems.push('city');

	const patternParam = params.get('pattern') || null;
	const pattern = patternParam && isSlug(patternParam) ? patternParam : null;
	if (patternParam && !pattern) problems.push('pattern');

	const sortParam = params.get('sort') || null;
	const sort = sortParam && isSort(sortParam) ? sortParam : DEFAULT_SORT;
	if (sortParam && !isSort(sortParam)) problems.push('sort');

	const pageParam = Number(params.get('page') ?? '1');
	const page = Number.isInteger(pageParam) && pageParam >= 1 && pageParam <= 1000 ? pageParam : 1;

	return { query: { q, domain, city, maturity, pattern, sort, page }, problems };
}

/** The canonical URL search string of a query (empty values left out). */
export function libraryQueryString(query: Partial<LibraryQuery>): string {
	const params = new URLSearchParams();
	if (query.q) params.set('q', query.q);
	if (query.domain) params.set('domain', query.domain);
	if (query.city) params.set('city', query.city);
	if (query.maturity) params.set('maturity', query.maturity);
	if (query.pattern) params.set('pattern', query.pattern);
	if (query.sort && query.sort !== DEFAULT_SORT) params.set('sort', query.sort);
	if (query.page && query.page > 1) params.set('page', String(query.page));
	const s = params.toString();
	return s ? `?${s}` : '';
}

/** The last page there is for `total` results (1 when there are none). */
export const pageCount = (total: number) => Math.max(1, Math.ceil(total / PAGE_SIZE));

/** Row offset of the query's page. */
export const pageOffset = (query: Pick<LibraryQuery, 'page'>) => (query.page - 1) * PAGE_SIZE;

/**
 * The link to another page of the same search: every filter and the sort kept.
 * A filter changed on the page starts again at page 1 (the form has no page field).
 */
export const pageLink = (query: LibraryQuery, page: number) => `/library${libraryQueryString({ ...query, page })}`;

export const hasFilters = (query: LibraryQuery) =>
	!!(query.q || query.domain || query.city || query.maturity || query.pattern);

/** How many of the filters (domain, city, maturity, pattern; not the words searched) are set. */
export const activeFilterCount = (query: LibraryQuery) =>
	[query.domain, query.city, query.maturity, query.pattern].filter((value) => value !== null).length;

export { DOMAINS, MATURITIES };

/** Per facet, per value: how many use cases the current search finds with that value (see library_facets). */
export type FacetCounts = Record<Facet, Record<string, number>>;

export interface FacetOption {
	value: string;
	label: string;
	count: number;
}

/**
 * A filter's choices with their counts. `all`: every value is offered, a value
 * without a match with 0 (the short fixed lists: domain, maturity); otherwise
 * only values with a match are (cities, patterns). The chosen value always is,
 * so a link naming a value without matches still shows what it asked for.
 */
export function facetOptions(
	values: { value: string; label: string }[],
	counts: Record<string, number>,
	chosen: string | null,
	all: boolean
): FacetOption[] {
	return values
		.map(({ value, label }) => ({ value, label, count: counts[value] ?? 0 }))
		.filter((option) => all || option.count > 0 || option.value === chosen);
}
