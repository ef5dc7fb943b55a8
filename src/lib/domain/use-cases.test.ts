import { describe, expect, it } from 'vitest';
import { citiesOf, isDomain, isMaturity, isSlug, srsMean } from './use-cases';

describe('use case values', () => {
	it('averages only the scalability, replicability and sustainability scores that are set', () => {
		expect(srsMean({ scalability: 5, replicability: 4, sustainability: 3 })).toBe(4);
		expect(srsMean({ scalability: 2, replicability: null })).toBe(2);
		expect(srsMean({})).toBeNull();
	});

	it('accepts the library domains and maturities only', () => {
		expect(isDomain('smart-data-platform')).toBe(true);
		expect(isDomain('Mobility')).toBe(false);
		expect(isMaturity('replicated')).toBe(true);
		expect(isMaturity('done')).toBe(false);
	});

	it('accepts lower-case kebab slugs only', () => {
		expect(isSlug('munich-mobility-points')).toBe(true);
		for (const bad of ['Munich', 'a--b', '-a', 'a-', 'a b', '../etc', 'x'.repeat(81)]) expect(isSlug(bad)).toBe(false);
	});

	describe('the cities a use case names', () => {
		it('splits a shared project into its cities, in the order written', () => {
			expect(citiesOf('Bologna, Genoa, London, Barcelona')).toEqual(['Bologna', 'Genoa', 'London', 'Barcelona']);
			expect(citiesOf('Vienna / Oulu')).toEqual(['Vienna', 'Oulu']);
			expect(citiesOf('Lyon;Munich')).toEqual(['Lyon', 'Munich']);
		});

		it('keeps a one-city value whole, with the spaces inside a name', () => {
			expect(citiesOf('Oulu')).toEqual(['Oulu']);
			expect(citiesOf('  Santiago   de Compostela ')).toEqual(['Santiago de Compostela']);
		});

		it('does not split at "and" or "&", which are part of real names', () => {
			expect(citiesOf('Brighton & Hove')).toEqual(['Brighton & Hove']);
			expect(citiesOf('Hammersmith and Fulham, Lyon')).toEqual(['Hammersmith and Fulham', 'Lyon']);
		});

		it('names no city for "Any city", and drops empty parts and repeats', () => {
			expect(citiesOf('Any city')).toEqual([]);
			expect(citiesOf('any CITY')).toEqual([]);
			expect(citiesOf('All cities')).toEqual([]);
			expect(citiesOf('Vienna, , Vienna /')).toEqual(['Vienna']);
			expect(citiesOf('')).toEqual([]);
		});
	});
});
