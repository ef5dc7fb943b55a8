import { describe, expect, it } from 'vitest';
import { bordaPoints, canAddDot, dotsLeft, isCompleteRanking, moveInOrder } from './voting';

const candidates = [
	{ id: 'a', noteId: null, label: 'A' },
	{ id: 'b', noteId: null, label: 'B' },
	{ id: 'c', noteId: null, label: 'C' }
];

describe('dots', () => {
	it('counts the dots left from the budget and what is given', () => {
		expect(dotsLeft(3, {})).toBe(3);
		expect(dotsLeft(3, { a: 1, b: 1 })).toBe(1);
		expect(dotsLeft(5, { a: 2, b: 3 })).toBe(0);
	});

	it('never says fewer than zero, even with more given than the budget', () => {
		expect(dotsLeft(3, { a: 4 })).toBe(0);
	});

	it('allows a dot while the budget lasts and there is no cap', () => {
		expect(canAddDot({ budget: 3, cap: null }, { a: 2 }, 'a')).toEqual({ ok: true });
	});

	it('refuses a dot past the budget', () => {
		expect(canAddDot({ budget: 3, cap: null }, { a: 2, b: 1 }, 'c')).toEqual({ ok: false, reason: 'budget' });
	});

	it('refuses a dot past the cap on that candidate only', () => {
		const round = { budget: 3, cap: 1 };
		expect(canAddDot(round, { a: 1 }, 'a')).toEqual({ ok: false, reason: 'cap' });
		expect(canAddDot(round, { a: 1 }, 'b')).toEqual({ ok: true });
	});

	it('names the budget when both the budget and the cap are reached', () => {
		expect(canAddDot({ budget: 2, cap: 1 }, { a: 1, b: 1 }, 'a')).toEqual({ ok: false, reason: 'budget' });
	});
});

describe('Borda', () => {
	it('gives n - place: first of four 3, last 0', () => {
		expect([1, 2, 3, 4].map((place) => bordaPoints(place, 4))).toEqual([3, 2, 1, 0]);
	});

	it('refuses a place outside the list', () => {
		expect(() => bordaPoints(0, 3)).toThrow(RangeError);
		expect(() => bordaPoints(4, 3)).toThrow(RangeError);
		expect(() => bordaPoints(1.5, 3)).toThrow(RangeError);
	});
});

describe('ranking order', () => {
	const order = ['a', 'b', 'c', 'd'];

	it('moves a candidate up and down by the given places', () => {
		expect(moveInOrder(order, 'c', -1)).toEqual(['a', 'c', 'b', 'd']);
		expect(moveInOrder(order, 'a', 2)).toEqual(['b', 'c', 'a', 'd']);
	});

	it('stops at either end', () => {
		expect(moveInOrder(order, 'a', -1)).toEqual(order);
		expect(moveInOrder(order, 'c', 10)).toEqual(['a', 'b', 'd', 'c']);
		expect(moveInOrder(order, 'b', -10)).toEqual(['b', 'a', 'c', 'd']);
	});

	it('leaves the order alone for an unknown id, and never changes its input', () => {
		expect(moveInOrder(order, 'z', 1)).toEqual(order);
		moveInOrder(order, 'a', 1);
		expect(order).toEqual(['a', 'b', 'c', 'd']);
	});

	it('knows a complete ranking: every candidate once, nothing else', () => {
		const round = { candidates };
		expect(isCompleteRanking(round, ['c', 'a', 'b'])).toBe(true);
		expect(isCompleteRanking(round, ['c', 'a'])).toBe(false);
		expect(isCompleteRanking(round, ['c', 'a', 'a'])).toBe(false);
		expect(isCompleteRanking(round, ['c', 'a', 'x'])).toBe(false);
		expect(isCompleteRanking(round, ['c', 'a', 'b', 'x'])).toBe(false);
	});
});
