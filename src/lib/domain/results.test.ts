import { describe, expect, it } from 'vitest';
import { testRound } from './test-rounds';
import type { Round, Tally } from './rounds';
import {
	CONSENSUS_RULE,
	DIVISION_RULE,
	consensus,
	division,
	groupTops,
	rankCandidates,
	roundResults,
	scoreDisagreements,
	scoreResults,
	votingGroups
} from './results';

const round = (kind: Round['kind'], ids: string[], criteria: string[] = []): Round =>
	testRound(kind, ids.map((id) => ({ id, label: `Note ${id}` })), { criteria, voters: 5, eligible: 6 });
const ids = (list: { candidate: { id: string } }[]) => list.map((x) => x.candidate.id);

describe('dot voting results', () => {
	// Four candidates, so an equal share is 1/4. Two city voters (6 dots) and
	// three citizens (9 dots); company has no voters, so its dot on D is left out;
	// a candidate not in the round is ignored.
	//        A    B    C    D
	// city   3    1    2    0   shares .5   .167 .333 0
	// cit.   3    4    0    2   shares .333 .444 0    .222
	const r = round('dots', ['A', 'B', 'C', 'D']);
	const tally: Tally = {
		kind: 'dots',
		voters: { citizen: 3, city: 2, company: 0 },
		dots: { A: { city: 3, citizen: 3 }, B: { city: 1, citizen: 4 }, C: { city: 2 }, D: { citizen: 2, company: 1 }, zz: { city: 5 } }
	};

	it('keeps the groups with voters, in stakeholder order', () => {
		expect(votingGroups(tally)).toEqual(['city', 'citizen']);
	});

	it('ranks by total dots, ties sharing a place in candidate order, with each group’s part', () => {
		const ranked = rankCandidates(r, tally);
		expect(ranked.map((x) => [x.candidate.id, x.total, x.place])).toEqual([
			['A', 6, 1],
			['B', 5, 2],
			['C', 2, 3],
			['D', 2, 3]
		]);
		expect(ranked[1].parts).toEqual([
			{ stakeholder: 'city', value: 1 },
			{ stakeholder: 'citizen', value: 4 }
		]);
	});

	it('finds consensus where every group gives at least an equal share: only A', () => {
		expect(consensus(r, tally).map((c) => c.id)).toEqual(['A']);
	});

	it('finds division where shares differ by an equal share or more: C (.333) then B (.278)', () => {
		const found = division(r, tally);
		expect(ids(found)).toEqual(['C', 'B']);
		expect(found[0].gap).toBeCloseTo(1 / 3, 12);
		expect(found[0].highest.stakeholder).toBe('city');
		expect(found[0].lowest).toEqual({ stakeholder: 'citizen', value: 0 });
		expect(found[1].gap).toBeCloseTo(4 / 9 - 1 / 6, 12);
		expect(found[1].highest.stakeholder).toBe('citizen');
	});

	it('lists each group’s top three by its own dots', () => {
		expect(groupTops(r, tally).map((g) => [g.stakeholder, g.top.map((t) => `${t.candidate.id}${t.value}`)])).toEqual([
			['city', ['A3', 'C2', 'B1']],
			['citizen', ['B4', 'A3', 'D2']]
		]);
	});

	it('has consensus but no division with a single group', () => {
		const alone: Tally = { kind: 'dots', voters: { citizen: 3 }, dots: { A: { citizen: 6 }, B: { citizen: 3 } } };
		expect(consensus(r, alone).map((c) => c.id)).toEqual(['A', 'B']);
		expect(division(r, alone)).toEqual([]);
	});

	it('has neither with nobody voting', () => {
		const none: Tally = { kind: 'dots', voters: {}, dots: {} };
		expect(consensus(r, none)).toEqual([]);
		expect(division(r, none)).toEqual([]);
		expect(rankCandidates(r, none).every((x) => x.total === 0 && x.place === 1 && x.parts.length === 0)).toBe(true);
	});
});

describe('ranking results (Borda)', () => {
	// Three candidates: 2, 1, 0 points by place; each ballot gives 3 in all.
	// city (2): A>B>C twice         A 4  B 2  C 0   shares .667 .333 0
	// developer (1): C>B>A          A 0  B 1  C 2   shares 0    .333 .667
	// citizen (3): B>A>C, B>C>A, A>B>C   A 3  B 5  C 1   shares .333 .556 .111
	const r = round('ranking', ['A', 'B', 'C']);
	const tally: Tally = {
		kind: 'ranking',
		voters: { city: 2, developer: 1, citizen: 3 },
		points: { A: { city: 4, citizen: 3 }, B: { city: 2, developer: 1, citizen: 5 }, C: { developer: 2, citizen: 1 } }
	};

	it('ranks by Borda points: B 8, A 7, C 3', () => {
		expect(rankCandidates(r, tally).map((x) => [x.candidate.id, x.total, x.place])).toEqual([
			['B', 8, 1],
			['A', 7, 2],
			['C', 3, 3]
		]);
	});

	it('counts exactly an equal share as support: B is the consensus', () => {
		expect(consensus(r, tally).map((c) => c.id)).toEqual(['B']);
	});

	it('names A and C (gap 2/3 each, candidate order) as dividing, not B (gap .222)', () => {
		const found = division(r, tally);
		expect(ids(found)).toEqual(['A', 'C']);
		expect(found.map((d) => [d.highest.stakeholder, d.lowest.stakeholder])).toEqual([
			['city', 'developer'],
			['developer', 'city']
		]);
		expect(found[0].gap).toBeCloseTo(2 / 3, 12);
	});

	it('gives each group’s top three, leaving out candidates it gave no points', () => {
		expect(groupTops(r, tally).map((g) => [g.stakeholder, ids(g.top)])).toEqual([
			['city', ['A', 'B']],
			['developer', ['C', 'B']],
			['citizen', ['B', 'A', 'C']]
		]);
	});
});

describe('scoring results', () => {
	// Two criteria; two city voters and two citizens.
	// A  Scalability     city 4,5   citizen 3,4    all 3,4,4,5  mean 4     median 4    var .5
	//    Sustainability  city 5,5   citizen 1,2    all 1,2,5,5  mean 3.25  median 3.5  var 12.75/4
	// B  Scalability     city 2,3   citizen 5,5    mean 3.75
	//    Sustainability  city 3     citizen 4,4    mean 11/3 (one city voter left it blank)
	const r = round('scores', ['A', 'B'], ['Scalability', 'Sustainability']);
	const tally: Tally = {
		kind: 'scores',
		voters: { city: 2, citizen: 2 },
		scores: {
			A: [
				{ city: [0, 0, 0, 1, 1], citizen: [0, 0, 1, 1, 0] },
				{ city: [0, 0, 0, 0, 2], citizen: [1, 1, 0, 0, 0] }
			],
			B: [
				{ city: [0, 1, 1, 0, 0], citizen: [0, 0, 0, 0, 2] },
				{ city: [0, 0, 1, 0, 0], citizen: [0, 0, 0, 2, 0] }
			]
		}
	};

	it('gives per criterion the mean, median and standard deviation over everyone', () => {
		const [a] = scoreResults(r, tally);
		expect(a.criteria[0].all).toEqual({ count: 4, mean: 4, median: 4, sd: Math.sqrt(0.5) });
		expect(a.criteria[1].all.mean).toBe(3.25);
		expect(a.criteria[1].all.median).toBe(3.5);
		expect(a.criteria[1].all.sd).toBeCloseTo(Math.sqrt(12.75 / 4), 12);
		expect(a.criteria[1].byGroup).toEqual([
			{ stakeholder: 'city', count: 2, mean: 5, median: 5, sd: 0 },
			{ stakeholder: 'citizen', count: 2, mean: 1.5, median: 1.5, sd: 0.5 }
		]);
	});

	it('ranks by the mean of the criteria means, parts adding up to it', () => {
		const ranked = rankCandidates(r, tally);
		expect(ids(ranked)).toEqual(['B', 'A']);
		// B: (3.75 + 11/3) / 2; city's part (5/4 + 3/3) / 2, citizen's (10/4 + 8/3) / 2.
		expect(ranked[0].total).toBeCloseTo((3.75 + 11 / 3) / 2, 12);
		expect(ranked[0].parts[0].value).toBeCloseTo(1.125, 12);
		expect(ranked[0].parts[1].value).toBeCloseTo((2.5 + 8 / 3) / 2, 12);
		// A: (4 + 3.25) / 2; city (9/4 + 10/4) / 2, citizen (7/4 + 3/4) / 2.
		expect(ranked[1].total).toBeCloseTo(3.625, 12);
		expect(ranked[1].parts.map((p) => p.value)).toEqual([2.375, 1.25]);
	});

	it('finds no consensus (A: citizens 2.5; B: city 2.75) and both divided, A (2.25) before B (1.75)', () => {
		expect(consensus(r, tally)).toEqual([]);
		const found = division(r, tally);
		expect(found.map((d) => [d.candidate.id, d.highest.stakeholder, d.lowest.stakeholder, d.gap])).toEqual([
			['A', 'city', 'citizen', 2.25],
			['B', 'citizen', 'city', 1.75]
		]);
	});

	it('names where groups disagree most on one criterion, ties in candidate order', () => {
		// A Sust. 5 vs 1.5; B Scal. 5 vs 2.5; A Scal. 4.5 vs 3.5 and B Sust. 4 vs 3 tie at 1.
		const found = scoreDisagreements(scoreResults(r, tally));
		expect(found.map((d) => [d.candidate.id, d.criterion, d.gap])).toEqual([
			['A', 'Sustainability', 3.5],
			['B', 'Scalability', 2.5],
			['A', 'Scalability', 1]
		]);
		expect(found[0].highest).toEqual({ stakeholder: 'city', mean: 5 });
	});

	it('gives each group its candidates by its own mean score', () => {
		expect(groupTops(r, tally).map((g) => [g.stakeholder, g.top.map((t) => [t.candidate.id, t.value])])).toEqual([
			['city', [['A', 4.75], ['B', 2.75]]],
			['citizen', [['B', 4.5], ['A', 2.5]]]
		]);
	});

	it('counts a mean of at least 3.5 as support', () => {
		const alone: Tally = { kind: 'scores', voters: { citizen: 2 }, scores: { A: [{ citizen: [0, 0, 1, 0, 1] }, { citizen: [0, 0, 1, 1, 0] }] } };
		// A: (4 + 3.5) / 2 = 3.75; B has no scores at all.
		expect(consensus(r, alone).map((c) => c.id)).toEqual(['A']);
		expect(division(r, alone)).toEqual([]);
	});
});

describe('round results', () => {
	it('bundles everything, with scores only for a scoring round', () => {
		const r = round('dots', ['A', 'B']);
		const all = roundResults(r, { kind: 'dots', voters: { city: 1 }, dots: { B: { city: 3 } } });
		expect(all.kind).toBe('dots');
		expect(ids(all.ranked)).toEqual(['B', 'A']);
		expect(all.scores).toEqual([]);
		expect(all.disagreements).toEqual([]);
		expect(all.consensus.map((c) => c.id)).toEqual(['B']);
	});

	it('states each rule with its threshold', () => {
		expect(CONSENSUS_RULE.scores).toContain('3.5 of 5');
		expect(DIVISION_RULE.scores).toContain('1 point');
		expect(DIVISION_RULE.dots).toContain('single group');
	});
});
