// Server-side render of the results: what a screen reader and a page get
// before any script runs. Charts' drawing is checked by eye; this checks
// the tables, the rules, the charts chosen per kind, and that user text stays text.
import { describe, expect, it } from 'vitest';
import { testRound } from '$lib/domain/test-rounds';
import { render } from 'svelte/server';
import type { Round, Tally } from '$lib/domain/rounds';
import { CONSENSUS_RULE, DIVISION_RULE } from '$lib/domain/results';
import RoundResults from './RoundResults.svelte';

const round = (kind: Round['kind'], labels: string[], criteria: string[] = []): Round =>
	testRound(kind, labels.map((label, i) => ({ id: `c${i}`, label })), { criteria, title: 'Vote' });
const html = (r: Round, tally: Tally) => render(RoundResults, { props: { round: r, tally } }).body;
const count = (text: string, part: string) => text.split(part).length - 1;

describe('round results', () => {
	const dots = round('dots', ['<img src=x onerror=alert(1)>', 'Bikes']);
	const tally: Tally = { kind: 'dots', voters: { city: 1, citizen: 2 }, dots: { c0: { city: 3, citizen: 1 }, c1: { citizen: 5 } } };

	it('renders candidate labels as text, never as markup', () => {
		const body = html(dots, tally);
		expect(body).not.toContain('<img');
		expect(body).toContain('&lt;img src=x onerror=alert(1)>');
	});

	it('gives the bars a table with a caption, column headers per group and a row header per candidate', () => {
		const body = html(dots, tally);
		expect(body).toContain('<caption>Dots per candidate, by stakeholder type: the figures</caption>');
		expect(body).toMatch(/<th scope="col">City<\/th>\s*<th scope="col">Citizen<\/th>/);
		expect(count(body, '<th scope="row">')).toBe(2);
		expect(body).toContain('3 of 4 have voted');
	});

	it('prints the consensus and division rules beside the results', () => {
		const body = html(dots, tally);
		expect(body).toContain(CONSENSUS_RULE.dots);
		expect(body).toContain(DIVISION_RULE.dots);
	});

	it('says there is no division when one group voted', () => {
		const body = html(dots, { kind: 'dots', voters: { citizen: 2 }, dots: { c1: { citizen: 6 } } });
		expect(body).toContain('Only one stakeholder type has voted');
	});

	it('says so when nobody has voted, without charts', () => {
		const body = html(dots, { kind: 'dots', voters: {}, dots: {} });
		expect(body).toContain('No votes yet.');
		expect(body).not.toContain('<svg');
	});

	it('shows each group’s top three for a ranking', () => {
		const r = round('ranking', ['A', 'B', 'C', 'D']);
		const body = html(r, { kind: 'ranking', voters: { city: 1 }, points: { c0: { city: 1 }, c1: { city: 3 }, c2: { city: 2 } } });
		expect(body).toContain('Each stakeholder type’s top three');
		expect(body).toMatch(/<ol[^>]*>.*B.*3 points.*C.*2 points.*A.*1 point\b.*<\/ol>/s);
	});

	it('draws a radar and a statistics table per candidate for scores', () => {
		const r = round('scores', ['A', 'B'], ['Scalability', 'Replicability', 'Sustainability']);
		const h = { city: [0, 0, 1, 1, 0] as [number, number, number, number, number] };
		const body = html(r, { kind: 'scores', voters: { city: 2 }, scores: { c0: [h, h, h], c1: [h, h, h] } });
		// The bars and one radar per candidate.
		expect(count(body, '<svg')).toBe(3);
		expect(body).toContain('Scores for “A”: the figures');
		expect(body).toContain('<th scope="col">Spread (standard deviation)</th>');
		expect(count(body, '<th scope="row">Sustainability</th>')).toBe(2);
	});
});
