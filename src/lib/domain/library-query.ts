import { DOMAINS, MATURITIES, citiesOf, isDomain, isMaturity, isSlug, type Domain, type Maturity } from './use-cases';

/** A library search as it stands in the URL: /library?q=parking&domain=mobility */
export interface LibraryQuery {
	q: string;
	domain: Domain | null;
	city: string | null;
	maturity: Maturity | null;
	pattern: string | null;
	page: number;
}

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

	const pageParam = Number(params.get('page') ?? '1');
	const page = Number.isInteger(pageParam) && pageParam >= 1 && pageParam <= 1000 ? pageParam : 1;

	return { query: { q, domain, city, maturity, pattern, page }, problems };
}

/** The canonical URL search string of a query (empty values left out). */
export function libraryQueryString(query: Partial<LibraryQuery>): string {
	const params = new URLSearchParams();
	if (query.q) params.set('q', query.q);
	if (query.domain) params.set('domain', query.domain);
	if (query.city) params.set('city', query.city);
	if (query.maturity) params.set('maturity', query.maturity);
	if (query.pattern) params.set('pattern', query.pattern);
	if (query.page && query.page > 1) params.set('page', String(query.page));
	const s = params.toString();
	return s ? `?${s}` : '';
}

export const hasFilters = (query: LibraryQuery) =>
	!!(query.q || query.domain || query.city || query.maturity || query.pattern);

/** How many of the filters (domain, city, maturity, pattern; not the words searched) are set. */
export const activeFilterCount = (query: LibraryQuery) =>
	[query.domain, query.city, query.maturity, query.pattern].filter((value) => value !== null).length;

export { DOMAINS, MATURITIES };
