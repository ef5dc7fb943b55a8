import { describe, expect, it } from 'vitest';
import { activeFilterCount, hasFilters, libraryQueryString, parseLibraryQuery } from './library-query';

const parse = (s: string) => parseLibraryQuery(new URLSearchParams(s));

describe('library search in the URL', () => {
	it('reads a shared search with its filters', () => {
		const { query, problems } = parse('q=parking&domain=mobility&city=Munich&maturity=pilot&pattern=pay-per-use&page=2');
		expect(query).toEqual({ q: 'parking', domain: 'mobility', city: 'Munich', maturity: 'pilot', pattern: 'pay-per-use', page: 2 });
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
});
