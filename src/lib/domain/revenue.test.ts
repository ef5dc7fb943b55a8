import { describe, expect, it } from 'vitest';
import type { RevenueModel, Stream } from './revenue-model.ts';
import { earningYears, spendingYears, streamMoney, totals } from './revenue.ts';

const EUR = 100; // cents

/** iCity D7.2 Table 6, infrastructure integration: segment infrastructure owners, one-off. */
function table6(): RevenueModel {
	const stream = (segment: string, name: string, customers: number, quantity: number, price: number, percent: number): Stream => ({
		id: `${segment}-${name}`,
		segment,
		name,
		customers,
		quantity,
		unitPriceCents: price * EUR,
		recurrence: 'one-off',
		shareBasisPoints: percent * 100,
		fromYear: 1
	});
	return {
		years: 1,
		segments: [
			{ id: 'owners', name: 'Infrastructure owners', parent: null },
			{ id: 'cities', name: 'Cities', parent: 'owners' },
			{ id: 'companies', name: 'Companies', parent: 'owners' },
			{ id: 'social', name: 'Social interest', parent: 'owners' }
		],
		streams: [
			stream('cities', 'sensors', 3, 2, 15_000, 5),
			stream('cities', 'devices', 2, 1, 10_000, 5),
			stream('cities', 'communications', 4, 1, 15_000, 5),
			stream('cities', 'is', 4, 3, 15_000, 5),
			stream('cities', 'data', 4, 5, 10_000, 5),
			stream('companies', 'sensors', 4, 1, 15_000, 7),
			stream('companies', 'devices', 4, 1, 10_000, 7),
			stream('companies', 'is', 4, 3, 15_000, 7),
			stream('companies', 'data', 4, 2, 10_000, 7),
			stream('social', 'sensors', 2, 1, 6_000, 7),
			stream('social', 'devices', 2, 1, 8_000, 7)
		],
		costs: []
	};
}

describe('revenue model: iCity Table 6 (infrastructure integration)', () => {
	it('a stream earns customers x quantity x price and keeps its share: cities, sensors 3 x 2 x 15,000 = 90,000, 5 % = 4,500', () => {
		const sensors = table6().streams[0];
		expect(streamMoney(sensors)).toEqual({ revenue: 90_000 * EUR, kept: 4_500 * EUR });
	});

	it('per stream, as the table prints them', () => {
		const byId = new Map(totals(table6()).streams.map((s) => [s.id, s]));
		expect(byId.get('cities-data')).toEqual({ id: 'cities-data', revenue: 200_000 * EUR, kept: 10_000 * EUR });
		expect(byId.get('companies-is')).toEqual({ id: 'companies-is', revenue: 180_000 * EUR, kept: 12_600 * EUR });
		expect(byId.get('social-devices')).toEqual({ id: 'social-devices', revenue: 16_000 * EUR, kept: 1_120 * EUR });
	});

	it('sub-segment sums match the table: cities 550,000 / 27,500; companies 360,000 / 25,200; social interest 28,000 / 1,960', () => {
		const sub = (id: string) => {
			const streams = totals({ ...table6(), segments: table6().segments.map((s) => ({ ...s, parent: null })) }).segments;
			return streams.find((s) => s.id === id);
		};
		expect(sub('cities')).toMatchObject({ revenue: 550_000 * EUR, kept: 27_500 * EUR });
		expect(sub('companies')).toMatchObject({ revenue: 360_000 * EUR, kept: 25_200 * EUR });
		expect(sub('social')).toMatchObject({ revenue: 28_000 * EUR, kept: 1_960 * EUR });
	});

	it('sub-segments roll up into their segment', () => {
		const t = totals(table6());
		expect(t.segments).toEqual([{ id: 'owners', revenue: 938_000 * EUR, kept: 54_660 * EUR }]);
		expect(t.total).toEqual({ revenue: 938_000 * EUR, kept: 54_660 * EUR, capex: 0, opex: 0 });
	});
});

describe('revenue model: iCity Table 12 (annual fee) over three years', () => {
	const fee = (id: string, customers: number, price: number): Stream => ({
		id,
		segment: id,
		name: id,
		customers,
		quantity: 1,
		unitPriceCents: price * EUR,
		recurrence: 'annual',
		shareBasisPoints: 10_000,
		fromYear: 1
	});
	const model: RevenueModel = {
		years: 3,
		segments: ['cities', 'companies', 'social', 'sme', 'corporate', 'developers'].map((id) => ({ id, name: id, parent: null })),
		streams: [
			fee('cities', 4, 5_000),
			fee('companies', 4, 7_500),
			fee('social', 2, 0),
			fee('sme', 5, 3_000),
			fee('corporate', 5, 10_000),
			fee('developers', 15, 1_000)
		],
		costs: [
			{ id: 'platform', name: 'Platform set-up', kind: 'capex', amountCents: 200_000 * EUR, fromYear: 1, toYear: 1 },
			{ id: 'operations', name: 'Operations', kind: 'opex', amountCents: 60_000 * EUR, fromYear: 1, toYear: 3 }
		]
	};

	it('each year earns the table total, 130,000 (20,000 + 30,000 + 0 + 15,000 + 50,000 + 15,000)', () => {
		const t = totals(model);
		expect(t.years.map((y) => y.revenue)).toEqual([130_000 * EUR, 130_000 * EUR, 130_000 * EUR]);
		expect(t.segments.find((s) => s.id === 'corporate')?.revenue).toBe(150_000 * EUR);
		expect(t.total.revenue).toBe(390_000 * EUR);
	});

	it('CAPEX falls once, OPEX every year', () => {
		const t = totals(model);
		expect(t.years.map((y) => [y.capex, y.opex])).toEqual([
			[200_000 * EUR, 60_000 * EUR],
			[0, 60_000 * EUR],
			[0, 60_000 * EUR]
		]);
		expect(t.total).toMatchObject({ capex: 200_000 * EUR, opex: 180_000 * EUR });
	});
});

describe('revenue model: edges', () => {
	const stream: Stream = { id: 's', segment: 'x', name: 's', customers: 1, quantity: 1, unitPriceCents: 1, recurrence: 'annual', shareBasisPoints: 5000, fromYear: 2 };

	it('rounds a share half up to the cent', () => {
		expect(streamMoney({ ...stream, unitPriceCents: 1 }).kept).toBe(1); // 0.5 cent
		expect(streamMoney({ ...stream, unitPriceCents: 1, shareBasisPoints: 4999 }).kept).toBe(0);
	});

	it('years a stream or a cost falls in, clipped to the plan', () => {
		expect(earningYears(stream, 4)).toEqual([2, 3, 4]);
		expect(earningYears({ ...stream, recurrence: 'one-off' }, 4)).toEqual([2]);
		expect(earningYears(stream, 1)).toEqual([]);
		expect(spendingYears({ id: 'c', name: 'c', kind: 'opex', amountCents: 1, fromYear: 2, toYear: 9 }, 3)).toEqual([2, 3]);
	});

	it('refuses a figure too large to show exactly', () => {
		const huge = { ...stream, customers: 1_000_000, quantity: 1_000_000, unitPriceCents: 1_000_000_000_000 };
		expect(() => streamMoney(huge)).toThrow(RangeError);
	});
});
