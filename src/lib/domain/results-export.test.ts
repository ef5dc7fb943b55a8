import { describe, expect, it } from 'vitest';
import { testRound } from './test-rounds';
import type { Round, Tally } from './rounds';
import { csvCell, resultsCsv, resultsFileName, resultsJson } from './results-export';

const round = (kind: Round['kind'], labels: string[], criteria: string[] = []): Round =>
	testRound(kind, labels.map((label, i) => ({ id: `c${i}`, label })), { criteria });

describe('CSV cells', () => {
	it('neutralises what a spreadsheet would run as a formula', () => {
		expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(csvCell('+1')).toBe("'+1");
		expect(csvCell('-1+2')).toBe("'-1+2");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('\t=1')).toBe("'\t=1");
		expect(csvCell('\r=1')).toBe(`"'\r=1"`);
	});

	it('quotes commas, quotes and line breaks, and leaves plain text alone', () => {
		expect(csvCell('Parking, smart')).toBe('"Parking, smart"');
		expect(csvCell('say "hi"')).toBe('"say ""hi"""');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
		expect(csvCell('Bike sharing')).toBe('Bike sharing');
		expect(csvCell('a = b')).toBe('a = b');
	});

	it('writes numbers with at most four decimals and null as empty', () => {
		expect(csvCell(1 / 3)).toBe('0.3333');
		expect(csvCell(6)).toBe('6');
		expect(csvCell(null)).toBe('');
	});
});

describe('results as CSV', () => {
	it('gives a row per candidate and voting group, then its total, in ranked order', () => {
		const r = round('dots', ['=cmd()', 'Bike, shared']);
		const tally: Tally = { kind: 'dots', voters: { citizen: 2, city: 1 }, dots: { c0: { city: 1, citizen: 1 }, c1: { city: 2, citizen: 5 } } };
		expect(resultsCsv(r, tally)).toBe(
			[
				'place,candidate,stakeholder,voters,dots,share',
				'1,"Bike, shared",city,1,2,0.6667',
				'1,"Bike, shared",citizen,2,5,0.8333',
				'1,"Bike, shared",total,3,7,0.7778',
				"2,'=cmd(),city,1,1,0.3333",
				"2,'=cmd(),citizen,2,1,0.1667",
				"2,'=cmd(),total,3,2,0.2222",
				''
			].join('\r\n')
		);
	});

	it('gives scores a group mean and, per criterion, mean, median and standard deviation', () => {
		const r = round('scores', ['Lights'], ['Scale', '@Cost']);
		const tally: Tally = {
			kind: 'scores',
			voters: { city: 1, citizen: 2 },
			scores: { c0: [{ city: [0, 0, 0, 1, 0], citizen: [0, 1, 0, 1, 0] }, { city: [0, 0, 0, 0, 1], citizen: [1, 0, 0, 0, 1] }] }
		};
		const lines = resultsCsv(r, tally).split('\r\n');
		expect(lines[0]).toBe("place,candidate,stakeholder,voters,mean score,Scale: mean,Scale: median,Scale: sd,'@Cost: mean,'@Cost: median,'@Cost: sd");
		// city: 4 and 5, mean 4.5; citizens: 2,4 (mean 3, sd 1) and 1,5 (mean 3, sd 2), mean 3.
		expect(lines[1]).toBe('1,Lights,city,1,4.5,4,4,0,5,5,0');
		expect(lines[2]).toBe('1,Lights,citizen,2,3,3,3,1,3,3,2');
		// all: Scale 2,4,4 (mean 10/3, median 4); Cost 1,5,5 (mean 11/3, median 5); total (10/3 + 11/3) / 2 = 3.5.
		expect(lines[3]).toMatch(/^1,Lights,total,3,3\.5,3\.3333,4,0\.9428,3\.6667,5,1\.8856$/);
		expect(lines).toHaveLength(5);
	});
});

describe('results as JSON', () => {
	it('carries the round, ranked candidates with parts and support, and the rules', () => {
		const r = round('ranking', ['A', 'B']);
		const tally: Tally = { kind: 'ranking', voters: { city: 1, developer: 1 }, points: { c0: { developer: 1 }, c1: { city: 1 } } };
		const data = JSON.parse(resultsJson(r, tally));
		expect(data.round).toMatchObject({ id: 'r1', kind: 'ranking', title: 'Which service first?' });
		expect(data.voters).toEqual({ city: 1, developer: 1 });
		expect(data.candidates).toEqual([
			{ id: 'c0', label: 'A', place: 1, total: 1, parts: { city: 0, developer: 1 }, support: { city: 0, developer: 1 } },
			{ id: 'c1', label: 'B', place: 1, total: 1, parts: { city: 1, developer: 0 }, support: { city: 1, developer: 0 } }
		]);
		expect(data.consensus.candidates).toEqual([]);
		expect(data.division.candidates.map((d: { id: string }) => d.id)).toEqual(['c0', 'c1']);
		expect(data.division.rule).toMatch(/^Division:/);
		expect(data.scores).toBeUndefined();
	});
});

describe('file names', () => {
	it('keeps letters and digits of the title, nothing that could be a path', () => {
		expect(resultsFileName({ title: 'Which service first?' }, 'csv')).toBe('results-which-service-first.csv');
		expect(resultsFileName({ title: '../../Café Ø' }, 'json')).toBe('results-cafe.json');
		expect(resultsFileName({ title: '' }, 'png')).toBe('results-round.png');
	});
});
