import { describe, expect, it } from 'vitest';
import {
	PAGE_SIZE,
	activeFilterCount,
	facetOptions,
	hasFilters,
	libraryQueryString,
	pageCount,
	pageLink,
	pageOffset,
	parseLibraryQuery
} from './library-query';

const parse = (s: string) => parseLibraryQuery(new URLSearchParams(s));

describe('library search in the URL', () => {
	it('reads a shared search with its filters', () => {
		const { query, problems } = parse('q=parking&domain=mobility&city=Munich&maturity=pilot&pattern=pay-per-use&sort=newest&page=2');
		expect(query).toEqual({ q: 'parking', domain: 'mobility', city: 'Munich', maturity: 'pilot', pattern: 'pay-per-use', sort: 'newest', page: 2 });
		expect(problems).toEqual([]);
	});

	it('collapses white space and caps the query length', () => {
		expect(parse('q=%20%20smart%20%20%20parking%20').query.q).toBe('smart parking');
		const long = parse('q=' + 'a'.repeat(500));
		expect(long.query.q).toHaveLength(200);
		expect(long.problems).toContain('query-too-long');
	});

	it('drops unknown filter values and says so instead of failing', () => {
		const { query, problems } = parse('domain=space&maturity=ancient&pattern=Not%20A%20Slug&page=-3');
		expect(query.domain).toBeNull();
		expect(query.maturity).toBeNull();
		expect(query.pattern).toBeNull();
		expect(query.page).toBe(1);
		expect(problems).toEqual(['domain', 'maturity', 'pattern']);
	});

	it('drops a city filter that names no city ("Any city" in an old link)', () => {
		const { query, problems } = parse('city=Any%20city');
		expect(query.city).toBeNull();
		expect(problems).toEqual(['city']);
		expect(parse('city=Genoa').query.city).toBe('Genoa');
	});

	it('writes the same query back as a canonical URL', () => {
		const { query } = parse('pattern=freemium&q=data&page=1&domain=');
		expect(libraryQueryString(query)).toBe('?q=data&pattern=freemium');
		expect(libraryQueryString({ ...query, page: 3 })).toBe('?q=data&pattern=freemium&page=3');
		expect(parse(libraryQueryString(query).slice(1)).query).toEqual(query);
	});

	it('knows when any filter is set', () => {
		expect(hasFilters(parse('').query)).toBe(false);
		expect(hasFilters(parse('page=2').query)).toBe(false);
		expect(hasFilters(parse('city=Oulu').query)).toBe(true);
	});

	it('counts the filters set, not the words searched nor the page', () => {
		expect(activeFilterCount(parse('q=parking&page=3').query)).toBe(0);
		expect(activeFilterCount(parse('city=Genoa').query)).toBe(1);
		expect(activeFilterCount(parse('q=x&domain=mobility&city=Genoa&maturity=pilot&pattern=freemium').query)).toBe(4);
		expect(activeFilterCount(parse('domain=space&city=Any%20city').query)).toBe(0);
	});

	it('reads each sort, and relevance when none or an unknown one is given', () => {
		expect(parse('sort=relevance').query.sort).toBe('relevance');
		expect(parse('sort=newest').query.sort).toBe('newest');
		expect(parse('sort=replicated').query.sort).toBe('replicated');
		expect(parse('').query.sort).toBe('relevance');
		const unknown = parse('sort=oldest&q=x');
		expect(unknown.query.sort).toBe('relevance');
		expect(unknown.problems).toEqual(['sort']);
		expect(parse('sort=NEWEST').problems).toEqual(['sort']);
	});

	it('leaves the default sort out of the link and keeps any other', () => {
		expect(libraryQueryString(parse('sort=relevance&q=bike').query)).toBe('?q=bike');
		expect(libraryQueryString(parse('sort=replicated').query)).toBe('?sort=replicated');
		const { query } = parse('q=bike&sort=newest');
		expect(parse(libraryQueryString(query).slice(1)).query).toEqual(query);
	});

	it('a sort is not a filter', () => {
		expect(hasFilters(parse('sort=newest').query)).toBe(false);
		expect(activeFilterCount(parse('sort=newest&domain=energy').query)).toBe(1);
	});

	it('links to other pages keep the search, every filter and the sort', () => {
		const { query } = parse('q=solar%20roof&domain=energy&city=Genoa&maturity=pilot&pattern=freemium&sort=replicated&page=2');
		const next = pageLink(query, 3);
		expect(next).toBe('/library?q=solar+roof&domain=energy&city=Genoa&maturity=pilot&pattern=freemium&sort=replicated&page=3');
		expect(parse(new URL(next, 'http://x').search.slice(1)).query).toEqual({ ...query, page: 3 });
		// Page 1 is the plain search.
		expect(pageLink(query, 1)).toBe('/library?q=solar+roof&domain=energy&city=Genoa&maturity=pilot&pattern=freemium&sort=replicated');
		expect(pageLink(parse('').query, 2)).toBe('/library?page=2');
	});

	it('counts pages and offsets', () => {
		expect(pageCount(0)).toBe(1);
		expect(pageCount(1)).toBe(1);
		expect(pageCount(PAGE_SIZE)).toBe(1);
		expect(pageCount(PAGE_SIZE + 1)).toBe(2);
		expect(pageCount(10_000)).toBe(Math.ceil(10_000 / PAGE_SIZE));
		expect(pageOffset({ page: 1 })).toBe(0);
		expect(pageOffset({ page: 3 })).toBe(2 * PAGE_SIZE);
	});
});

describe('facet options', () => {
	const values = [
		{ value: 'a', label: 'A' },
		{ value: 'b', label: 'B' },
		{ value: 'c', label: 'C' }
	];

	it('gives each value its count, 0 when the search finds none with it', () => {
		expect(facetOptions(values, { a: 3, c: 1 }, null, true)).toEqual([
			{ value: 'a', label: 'A', count: 3 },
			{ value: 'b', label: 'B', count: 0 },
			{ value: 'c', label: 'C', count: 1 }
		]);
	});

	it('offers only values with a match when asked, but always the chosen one', () => {
		expect(facetOptions(values, { a: 3 }, null, false).map((o) => o.value)).toEqual(['a']);
		expect(facetOptions(values, { a: 3 }, 'b', false).map((o) => o.value)).toEqual(['a', 'b']);
		expect(facetOptions(values, {}, null, false)).toEqual([]);
	});
});
