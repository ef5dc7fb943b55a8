// Server-side render of the report's outcome section: what the page and its
// PDF hold, every user text as text.
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { emptyOutcome } from '$lib/domain/outcome';
import ReportOutcome from './ReportOutcome.svelte';

const html = (outcome: ReturnType<typeof emptyOutcome> | null, patterns: string[] = [], useCases: { title: string; slug: string }[] = []) =>
	render(ReportOutcome, { props: { outcome, patterns, useCases } }).body;

describe('the report outcome', () => {
	it('says so when nothing has been written', () => {
		expect(html(null)).toContain('No outcome has been written yet.');
		expect(html(emptyOutcome())).toContain('No outcome has been written yet.');
	});

	it('draws the dimensions, the check, the scores and the revenue totals, user text as text', () => {
		const outcome = emptyOutcome();
		outcome.dimensions.who.text = '<img src=x onerror=alert(1)> commuters';
		outcome.dimensions.what.notes = [{ canvas: '00000000-0000-4000-8000-000000000001', note: 'n1', text: 'Live <b>occupancy</b>' }];
		outcome.atos['public-interest'] = { holds: true, evidence: 'Less cruising for parking' };
		outcome.scores.scalability = 4;
		outcome.funding = ['EU Horizon grant'];
		outcome.revenue = {
			years: 1,
			segments: [{ id: 's1', name: 'Cities', parent: null }],
			streams: [{ id: 'st1', segment: 's1', name: 'Sensors', customers: 3, quantity: 2, unitPriceCents: 1_500_000, recurrence: 'one-off', shareBasisPoints: 500, fromYear: 1 }],
			costs: []
		};
		const body = html(outcome, ['Pay per use'], [{ title: 'Smart parking', slug: 'smart-parking' }]);
		expect(body).not.toContain('<img');
		expect(body).toContain('&lt;img src=x onerror=alert(1)> commuters');
		expect(body).toContain('Live &lt;b>occupancy&lt;/b>');
		expect(body).toMatch(/<th scope="row"[^>]*>Public interest<\/th><td[^>]*>Yes<\/td>/);
		expect(body).toContain('4 of 5');
		expect(body).toContain('EU Horizon grant');
		expect(body).toContain('Pay per use');
		expect(body).toContain('href="/library/smart-parking"');
		// iCity table 6: 3 x 2 x 15,000 EUR, 5 % kept.
		expect(body).toContain('€90,000.00');
		expect(body).toContain('€4,500.00');
		expect(body).toContain('Sensors (5%)');
	});
});
