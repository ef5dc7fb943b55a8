import { describe, expect, it } from 'vitest';
import { icityTable6 } from '../../../test/support/icity.ts';
import { emptyOutcome } from '../../lib/domain/outcome.ts';
import { outcomeColumn, revenueSummary, useCaseColumn, type UseCaseRow } from './compare-columns.ts';

const EUR = 100;
const row: UseCaseRow = {
	slug: 'smart-parking',
	title: 'Smart parking',
	city: 'Munich',
	country: 'Germany',
	who: 'Drivers',
	what: 'Free bays',
	how: 'Sensors',
	why: 'Fees',
	scalability: 4,
	replicability: null,
	sustainability: 3,
	revenue_model: null,
	patterns: ['Pay per use', 'Freemium']
};

describe('revenueSummary', () => {
	it('sums a stored model', () => {
		expect(revenueSummary(icityTable6())).toEqual({
			summary: { years: 3, streams: 11, total: { revenue: 938_000 * EUR, kept: 54_660 * EUR, capex: 200_000 * EUR, opex: 180_000 * EUR } },
			tooLarge: false
		});
	});

	it('has no revenue model for nothing, an unreadable value, or an empty model', () => {
		for (const value of [null, undefined, {}, 'x', { years: 3, segments: [], streams: [], costs: [] }, { ...icityTable6(), years: 99 }]) {
			expect(revenueSummary(value)).toEqual({ summary: null, tooLarge: false });
		}
	});

	it('says when the figures are too large to add up exactly', () => {
		const model = icityTable6();
		model.streams[0] = { ...model.streams[0], customers: 1_000_000, quantity: 1_000_000, unitPriceCents: 1_000_000_000_000 };
		expect(revenueSummary(model)).toEqual({ summary: null, tooLarge: true });
	});
});

describe('columns', () => {
	it('shapes a use case', () => {
		const column = useCaseColumn(row);
		expect(column).toMatchObject({ key: 'smart-parking', place: 'Munich, Germany', href: '/library/smart-parking', patterns: ['Freemium', 'Pay per use'], revenue: null });
		expect(column.dimensions.who).toEqual({ text: 'Drivers', notes: [] });
		expect(column.scores).toEqual({ scalability: 4, replicability: null, sustainability: 3 });
	});

	it('shapes an outcome: dimension text with its kept notes, pattern names, scores, revenue', () => {
		const outcome = emptyOutcome();
		outcome.dimensions.what = { text: 'Parking made easy', notes: [{ canvas: '2b1f6a3e-8c4d-4e5f-9a6b-7c8d9e0f1a2b', note: 'n1', text: 'Live bay map' }] };
		outcome.patterns = [7, 3, 999];
		outcome.scores = { scalability: 5, replicability: 4, sustainability: null, round: null };
		outcome.revenue = icityTable6();
		const column = outcomeColumn({ id: 'w1', title: 'Parking workshop', host: 'City of Oulu' }, outcome, new Map([[3, 'Subscription'], [7, 'Crowdsourcing']]));
		expect(column).toMatchObject({ key: 'workshop', kind: 'workshop', place: 'City of Oulu', href: '/w/w1', patterns: ['Crowdsourcing', 'Subscription'] });
		expect(column.dimensions.what).toEqual({ text: 'Parking made easy', notes: ['Live bay map'] });
		expect(column.scores.scalability).toBe(5);
		expect(column.revenue?.total.kept).toBe(54_660 * EUR);
	});
});
