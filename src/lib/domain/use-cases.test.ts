import { describe, expect, it } from 'vitest';
import { isDomain, isMaturity, isSlug, srsMean } from './use-cases';

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
});
