import { describe, expect, it } from 'vitest';
import type { Round, Tally } from '$lib/domain/rounds';
import { dotCounts, sameCounts } from './dot-counts';

const round = (over: Partial<Round>): Round => ({
	id: 'r1',
	kind: 'dots',
	status: 'revealed',
	title: 'Which first?',
	canvasId: 'A',
	block: null,
	budget: 3,
	cap: null,
	criteria: [],
	showAuthors: false,
	candidates: [
		{ id: 'c1', noteId: 'n1', label: 'Parking data' },
		{ id: 'c2', noteId: 'n2', label: 'Bike lanes' },
		{ id: 'c3', noteId: null, label: 'Typed by hand' }
	],
	voters: 3,
	eligible: 4,
	openedAt: 1,
	...over
});
const tally: Tally = { kind: 'dots', voters: { citizen: 2, city: 1 }, dots: { c1: { citizen: 3, city: 2 }, c3: { citizen: 1 } } };

describe('dots on notes', () => {
	it('sums every stakeholder type per note; a candidate nobody chose shows 0; one without a note shows nowhere', () => {
		const counts = dotCounts({ rounds: [round({})], results: { r1: tally } }, 'A');
		expect([...counts]).toEqual([
			['n1', 5],
			['n2', 0]
		]);
	});

	it('nothing before reveal, nothing on another canvas, nothing for other kinds of round', () => {
		expect(dotCounts({ rounds: [round({ status: 'closed' })], results: {} }, 'A').size).toBe(0);
		expect(dotCounts({ rounds: [round({})], results: { r1: tally } }, 'B').size).toBe(0);
		const ranking: Tally = { kind: 'ranking', voters: {}, points: {} };
		expect(dotCounts({ rounds: [round({ kind: 'ranking' })], results: { r1: ranking } }, 'A').size).toBe(0);
	});

	it('the latest revealed round on the canvas wins', () => {
		const later = round({ id: 'r2', openedAt: 2, candidates: [{ id: 'd1', noteId: 'n2', label: 'Bike lanes' }] });
		const counts = dotCounts({ rounds: [round({}), later], results: { r1: tally, r2: { kind: 'dots', voters: {}, dots: { d1: { company: 4 } } } } }, 'A');
		expect([...counts]).toEqual([['n2', 4]]);
	});

	it('sameCounts tells equal maps from changed ones', () => {
		expect(sameCounts(new Map([['n1', 2]]), new Map([['n1', 2]]))).toBe(true);
		expect(sameCounts(new Map([['n1', 2]]), new Map([['n1', 3]]))).toBe(false);
		expect(sameCounts(new Map(), new Map([['n1', 0]]))).toBe(false);
	});
});
