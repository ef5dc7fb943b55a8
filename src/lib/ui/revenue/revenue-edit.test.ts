import { describe, expect, it } from 'vitest';
import type { Cost, RevenueModel, Stream } from '../../domain/revenue-model.ts';
import { applyEdit, orderedSegments, segmentInUse, segmentLabel } from './revenue-edit.ts';

const stream: Stream = {
	id: 's1',
	segment: 'cities',
	name: 'Sensors',
	customers: 3,
	quantity: 2,
	unitPriceCents: 1_500_000,
	recurrence: 'one-off',
	shareBasisPoints: 500,
	fromYear: 1
};
const cost: Cost = { id: 'c1', name: 'Platform', kind: 'opex', amountCents: 100_000, fromYear: 1, toYear: 2 };
const model: RevenueModel = {
	years: 3,
	segments: [
		{ id: 'owners', name: 'Infrastructure owners', parent: null },
		{ id: 'cities', name: 'Cities', parent: 'owners' },
		{ id: 'citizens', name: 'Citizens', parent: null }
	],
	streams: [stream],
	costs: [cost]
};

describe('applyEdit: streams', () => {
	it('reads euros, percentages and counts exactly into the row', () => {
		expect(applyEdit(model, 'streams', stream, 'unitPrice', '15,000.50', 'en')).toEqual({ ok: true, row: { ...stream, unitPriceCents: 1_500_050 } });
		expect(applyEdit(model, 'streams', stream, 'share', '7.5', 'en')).toEqual({ ok: true, row: { ...stream, shareBasisPoints: 750 } });
		expect(applyEdit(model, 'streams', stream, 'customers', '1,200', 'en')).toEqual({ ok: true, row: { ...stream, customers: 1_200 } });
		expect(applyEdit(model, 'streams', stream, 'recurrence', 'annual', 'en')).toEqual({ ok: true, row: { ...stream, recurrence: 'annual' } });
		expect(applyEdit(model, 'streams', stream, 'segment', 'citizens', 'en')).toEqual({ ok: true, row: { ...stream, segment: 'citizens' } });
	});

	it('refuses what cannot be read, or what the schema refuses, saying why', () => {
		expect(applyEdit(model, 'streams', stream, 'unitPrice', '1.234', 'en')).toEqual({ ok: false, error: 'tooManyDecimals' });
		expect(applyEdit(model, 'streams', stream, 'unitPrice', '-3', 'en')).toEqual({ ok: false, error: 'negative' });
		expect(applyEdit(model, 'streams', stream, 'customers', '2.5', 'en')).toEqual({ ok: false, error: 'tooManyDecimals' });
		expect(applyEdit(model, 'streams', stream, 'share', '120', 'en')).toEqual({ ok: false, error: 'tooLarge' });
		expect(applyEdit(model, 'streams', stream, 'name', '   ', 'en')).toEqual({ ok: false, error: 'nameRequired' });
		expect(applyEdit(model, 'streams', stream, 'name', 'x'.repeat(121), 'en')).toEqual({ ok: false, error: 'nameTooLong' });
		expect(applyEdit(model, 'streams', stream, 'segment', 'nobody', 'en')).toEqual({ ok: false, error: 'unknownSegment' });
		expect(applyEdit(model, 'streams', stream, 'fromYear', '11', 'en')).toEqual({ ok: false, error: 'invalid' });
		expect(applyEdit(model, 'streams', stream, 'recurrence', 'weekly', 'en')).toEqual({ ok: false, error: 'invalid' });
		// Each figure fits, but their product would not be shown exactly: refused before it is sent.
		const big = { ...stream, customers: 1_000_000, quantity: 1_000_000 };
		expect(applyEdit(model, 'streams', big, 'unitPrice', '1000000', 'en')).toEqual({ ok: false, error: 'tooLarge' });
	});
});

describe('applyEdit: costs and segments', () => {
	it('keeps a cost’s last year at or after its first', () => {
		expect(applyEdit(model, 'costs', cost, 'fromYear', '3', 'en')).toEqual({ ok: true, row: { ...cost, fromYear: 3, toYear: 3 } });
		expect(applyEdit(model, 'costs', { ...cost, fromYear: 2 }, 'toYear', '1', 'en')).toEqual({ ok: false, error: 'toBeforeFrom' });
		expect(applyEdit(model, 'costs', cost, 'amount', '2 500', 'en')).toEqual({ ok: true, row: { ...cost, amountCents: 250_000 } });
		expect(applyEdit(model, 'costs', cost, 'kind', 'capex', 'en')).toEqual({ ok: true, row: { ...cost, kind: 'capex' } });
	});

	it('nests sub-segments one level deep only', () => {
		const citizens = model.segments[2];
		expect(applyEdit(model, 'segments', citizens, 'parent', 'owners', 'en')).toEqual({ ok: true, row: { ...citizens, parent: 'owners' } });
		expect(applyEdit(model, 'segments', citizens, 'parent', 'cities', 'en')).toEqual({ ok: false, error: 'parentHasParent' });
		expect(applyEdit(model, 'segments', citizens, 'parent', 'citizens', 'en')).toEqual({ ok: false, error: 'ownParent' });
		expect(applyEdit(model, 'segments', model.segments[0], 'parent', 'citizens', 'en')).toEqual({ ok: false, error: 'hasChildren' });
		expect(applyEdit(model, 'segments', model.segments[1], 'parent', '', 'en')).toEqual({ ok: true, row: { ...model.segments[1], parent: null } });
	});

	it('lists segments parent first, labels sub-segments after their parent, and knows which are in use', () => {
		expect(orderedSegments(model).map((s) => s.id)).toEqual(['owners', 'cities', 'citizens']);
		expect(segmentLabel(model, 'cities')).toBe('Infrastructure owners › Cities');
		expect(segmentInUse(model, 'owners')).toBe(true);
		expect(segmentInUse(model, 'cities')).toBe(true);
		expect(segmentInUse(model, 'citizens')).toBe(false);
	});
});
