import { describe, expect, it } from 'vitest';
import { canAdd, compareHref, parseCompareQuery } from './compare-query.ts';

const WORKSHOP = '2b1f6a3e-8c4d-4e5f-9a6b-7c8d9e0f1a2b';

describe('parseCompareQuery', () => {
	it('reads use cases by slug, in order, once each, and the workshop', () => {
		const q = parseCompareQuery(new URLSearchParams(`u=a-one&u=b-two&u=a-one&workshop=${WORKSHOP}&q=%20parking%20`));
		expect(q).toEqual({ slugs: ['a-one', 'b-two'], workshop: WORKSHOP, q: 'parking', tooMany: false });
	});

	it('keeps the first four and says more were asked for', () => {
		const q = parseCompareQuery(new URLSearchParams('u=a&u=b&u=c&u=d&u=e'));
		expect(q.slugs).toEqual(['a', 'b', 'c', 'd']);
		expect(q.tooMany).toBe(true);
		expect(canAdd(q)).toBe(false);
	});

	it('drops malformed slugs and workshop ids', () => {
		const q = parseCompareQuery(new URLSearchParams('u=../etc&u=ok&u=&workshop=not-a-uuid'));
		expect(q.slugs).toEqual(['ok']);
		expect(q.workshop).toBeNull();
	});
});

describe('compareHref', () => {
	it('writes the address back', () => {
		expect(compareHref(['a', 'b'], WORKSHOP)).toBe(`/compare?u=a&u=b&workshop=${WORKSHOP}`);
		expect(compareHref([], null)).toBe('/compare');
		expect(parseCompareQuery(new URL(`http://x${compareHref(['a', 'b'], null, 'bike lanes')}`).searchParams)).toMatchObject({ slugs: ['a', 'b'], q: 'bike lanes' });
	});
});
