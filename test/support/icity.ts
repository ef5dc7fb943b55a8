/**
 * iCity D7.2 Table 6 (infrastructure integration: owners' sub-segments, one-off
 * sales, share kept 5 or 7 %), with Table 12's platform costs over three years,
 * for the revenue charts' tests and screenshots.
 */
import type { RevenueModel, Stream } from '../../src/lib/domain/revenue-model.ts';

const EUR = 100;

export function icityTable6(): RevenueModel {
	const stream = (segment: string, name: string, customers: number, quantity: number, price: number, percent: number): Stream => ({
		id: `${segment}-${name.toLowerCase().replace(/\W+/g, '-')}`,
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
		years: 3,
		segments: [
			{ id: 'owners', name: 'Infrastructure owners', parent: null },
			{ id: 'cities', name: 'Cities', parent: 'owners' },
			{ id: 'companies', name: 'Companies', parent: 'owners' },
			{ id: 'social', name: 'Social interest', parent: 'owners' }
		],
		streams: [
			stream('cities', 'Sensors', 3, 2, 15_000, 5),
			stream('cities', 'Devices', 2, 1, 10_000, 5),
			stream('cities', 'Communications', 4, 1, 15_000, 5),
			stream('cities', 'Information systems', 4, 3, 15_000, 5),
			stream('cities', 'Data', 4, 5, 10_000, 5),
			stream('companies', 'Sensors', 4, 1, 15_000, 7),
			stream('companies', 'Devices', 4, 1, 10_000, 7),
			stream('companies', 'Information systems', 4, 3, 15_000, 7),
			stream('companies', 'Data', 4, 2, 10_000, 7),
			stream('social', 'Sensors', 2, 1, 6_000, 7),
			stream('social', 'Devices', 2, 1, 8_000, 7)
		],
		costs: [
			{ id: 'platform', name: 'Platform set-up', kind: 'capex', amountCents: 200_000 * EUR, fromYear: 1, toYear: 1 },
			{ id: 'operations', name: 'Operations', kind: 'opex', amountCents: 60_000 * EUR, fromYear: 1, toYear: 3 }
		]
	};
}
