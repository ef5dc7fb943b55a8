import { describe, expect, it } from 'vitest';
import { searchPatterns } from './patterns';

const patterns = [
	{ id: 1, name: 'Add-on', description: 'A low-priced core offer with paid extras, e.g. a free parking app.' },
	{ id: 18, name: 'Freemium', description: 'A basic version free, a premium one paid.' },
	{ id: 48, name: 'Subscription', description: 'Pay regularly for a service, e.g. a parking pass.' }
];

describe('pattern search', () => {
	it('lists all patterns for an empty query', () => {
		expect(searchPatterns(patterns, '  ').map((p) => p.id)).toEqual([1, 18, 48]);
	});

	it('needs every word, ignores case and accents, and puts name matches first', () => {
		expect(searchPatterns(patterns, 'FREE').map((p) => p.id)).toEqual([18, 1]);
		expect(searchPatterns(patterns, 'parking pass').map((p) => p.id)).toEqual([48]);
		expect(searchPatterns(patterns, 'frée').map((p) => p.id)).toEqual([18, 1]);
		expect(searchPatterns(patterns, 'nothing like it')).toEqual([]);
	});
});
