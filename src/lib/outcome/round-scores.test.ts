import { describe, expect, it } from 'vitest';
import type { Histogram, Round, Tally } from '../domain/rounds';
import { matchCriteria, matchedAll, scoresFromRound, scoringRounds, topCandidate } from './round-scores';

const round: Round = {
	id: 'r1', kind: 'scores', status: 'revealed', title: 'Score the ideas', canvasId: null, block: null, budget: 3, cap: null,
	criteria: ['Sustainability', 'Cost', 'scalability '], showAuthors: true,
	candidates: [{ id: 'a', noteId: 'n1', label: 'Parking map' }, { id: 'b', noteId: 'n2', label: 'Open data' }],
	voters: 3, eligible: 3, openedAt: 0
};
/** A histogram of the given scores. */
const h = (...scores: number[]): Histogram => {
	const out: Histogram = [0, 0, 0, 0, 0];
	for (const s of scores) out[s - 1]++;
	return out;
};
const tally: Tally = {
	kind: 'scores',
	voters: { citizen: 2, city: 1 },
	scores: {
		a: [{ citizen: h(2, 3), city: h(4) }, { citizen: h(5, 5) }, { citizen: h(4, 5), city: h(4) }],
		b: [{ citizen: h(5, 5), city: h(5) }, { citizen: h(5, 5) }, { citizen: h(5, 5), city: h(5) }]
	}
};

describe('scores from a round', () => {
	it('maps criteria by name, whatever the case and spacing', () => {
		const map = matchCriteria(round.criteria);
		expect(map).toEqual({ scalability: 2, replicability: null, sustainability: 0 });
		expect(matchedAll(map)).toBe(false);
		expect(matchedAll(matchCriteria(['Scalability', 'Replicability', 'Sustainability']))).toBe(true);
	});

	it("takes a candidate's mean per criterion, rounded half up, and nothing where no criterion maps", () => {
		// a: sustainability (2+3+4)/3 = 3, scalability (4+5+4)/3 = 4.33
		expect(scoresFromRound(round, tally, 'a', matchCriteria(round.criteria))).toEqual({ scalability: 4, replicability: null, sustainability: 3 });
		// The facilitator says "Cost" stands for replicability: 5.
		expect(scoresFromRound(round, tally, 'a', { scalability: 2, replicability: 1, sustainability: 0 }).replicability).toBe(5);
		const half: Tally = { kind: 'scores', voters: { citizen: 2 }, scores: { a: [{ citizen: h(3, 4) }, {}, {}] } };
		expect(scoresFromRound(round, half, 'a', { scalability: 1, replicability: null, sustainability: 0 })).toEqual({ scalability: null, replicability: null, sustainability: 4 });
	});

	it('defaults to the first place and lists only revealed scoring rounds with results', () => {
		expect(topCandidate(round, tally)).toBe('b');
		const open = { ...round, id: 'r2', status: 'open' as const };
		const dots = { ...round, id: 'r3', kind: 'dots' as const };
		const found = scoringRounds([round, open, dots, { ...round, id: 'r4' }], { r1: tally, r2: tally, r3: tally });
		expect(found.map((f) => f.round.id)).toEqual(['r1']);
	});
});
