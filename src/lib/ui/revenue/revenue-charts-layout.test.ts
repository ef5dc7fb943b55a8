import { describe, expect, it } from 'vitest';
import { icityTable6 } from '../../../../test/support/icity.ts';
import { totals } from '../../domain/revenue.ts';
import { legendRows, segmentBars, yearGroups } from './revenue-charts-layout.ts';

const EUR = 100;

describe('segmentBars (iCity Table 6)', () => {
	it('gives each sub-segment a bar with Table 6’s sums, stacked by its streams', () => {
		const { bars } = segmentBars(icityTable6());
		expect(bars.map((b) => [b.label, b.revenue, b.kept])).toEqual([
			['Infrastructure owners › Cities', 550_000 * EUR, 27_500 * EUR],
			['Infrastructure owners › Companies', 360_000 * EUR, 25_200 * EUR],
			['Infrastructure owners › Social interest', 28_000 * EUR, 1_960 * EUR]
		]);
		const cities = bars[0].parts;
		expect(cities.map((p) => [p.name, p.start, p.end])).toEqual([
			['Sensors', 0, 90_000 * EUR],
			['Devices', 90_000 * EUR, 110_000 * EUR],
			['Communications', 110_000 * EUR, 170_000 * EUR],
			['Information systems', 170_000 * EUR, 350_000 * EUR],
			['Data', 350_000 * EUR, 550_000 * EUR]
		]);
	});

	it('gives streams of one name one colour across segments', () => {
		const { bars, keys } = segmentBars(icityTable6());
		expect(keys).toEqual(['Sensors', 'Devices', 'Communications', 'Information systems', 'Data']);
		expect(bars[2].parts.map((p) => p.key)).toEqual([0, 1]);
	});

	it('keeps streams whose segment is gone, under a bar of their own', () => {
		const model = icityTable6();
		model.segments = model.segments.filter((s) => s.id !== 'social');
		const { bars } = segmentBars(model, totals(model), 'No segment');
		expect(bars.at(-1)).toMatchObject({ id: 'social', label: 'No segment', revenue: 28_000 * EUR });
	});

	it('draws nothing for a model without streams', () => {
		expect(segmentBars({ years: 3, segments: [{ id: 'a', name: 'A', parent: null }], streams: [], costs: [] }).bars).toEqual([]);
	});
});

describe('yearGroups', () => {
	it('gives CAPEX, OPEX and revenue kept per year, and the largest', () => {
		const { years, max } = yearGroups(totals(icityTable6()));
		expect(years).toEqual([
			{ year: 1, values: { capex: 200_000 * EUR, opex: 60_000 * EUR, kept: 54_660 * EUR } },
			{ year: 2, values: { capex: 0, opex: 60_000 * EUR, kept: 0 } },
			{ year: 3, values: { capex: 0, opex: 60_000 * EUR, kept: 0 } }
		]);
		expect(max).toBe(200_000 * EUR);
	});
});

describe('legendRows', () => {
	it('wraps items onto a new row when the next would not fit', () => {
		const { items, height } = legendRows(['CAPEX', 'OPEX', 'Revenue kept'], 150);
		expect(items.map((i) => i.y)).toEqual([0, 0, 22]);
		expect(height).toBe(44);
		expect(legendRows([], 100).height).toBe(0);
	});
});
