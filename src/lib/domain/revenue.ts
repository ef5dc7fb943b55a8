import type { Cost, RevenueModel, Segment, Stream } from './revenue-model.ts';

/**
 * The arithmetic of the revenue and cost model (iCity D7.2): a stream earns
 * customers x quantity x unit price; the operator keeps its share of that;
 * one-off streams fall in their year, annual ones in every year from theirs;
 * CAPEX is spent once, OPEX every year of its span. All in integer cents,
 * computed in BigInt so no product or sum rounds; a figure that does not fit
 * a safe JavaScript number is refused with a RangeError rather than shown wrong.
 */

export interface Money {
	/** What customers pay, in cents. */
	revenue: number;
	/** The operator's share of it, in cents. */
	kept: number;
}

export interface YearTotals extends Money {
	year: number;
	capex: number;
	opex: number;
}

export interface Totals {
	streams: (Money & { id: string })[];
	/** Per top-level segment (its sub-segments' streams included), in the model's order. */
	segments: (Money & { id: string })[];
	years: YearTotals[];
	total: Money & { capex: number; opex: number };
}

const BASIS = 10_000n;

function safe(value: bigint): number {
	if (value > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError('tooLarge');
	return Number(value);
}

const streamRevenue = (s: Stream) => BigInt(s.customers) * BigInt(s.quantity) * BigInt(s.unitPriceCents);

/** Share of an amount in basis points, rounded half up to the cent (amounts are never negative). */
function share(amount: bigint, basisPoints: number): bigint {
	return (amount * BigInt(basisPoints) * 2n + BASIS) / (2n * BASIS);
}

/** One stream's revenue for one year of the plan (customers x quantity x price). */
export function streamMoney(stream: Stream): Money {
	const revenue = streamRevenue(stream);
	return { revenue: safe(revenue), kept: safe(share(revenue, stream.shareBasisPoints)) };
}

/** The years in which a stream earns, within a plan of `years` years. */
export function earningYears(stream: Stream, years: number): number[] {
	if (stream.fromYear > years) return [];
	if (stream.recurrence === 'one-off') return [stream.fromYear];
	return Array.from({ length: years - stream.fromYear + 1 }, (_, i) => stream.fromYear + i);
}

/** The years in which a cost is spent, within a plan of `years` years. */
export function spendingYears(cost: Cost, years: number): number[] {
	if (cost.fromYear > years) return [];
	if (cost.kind === 'capex') return [cost.fromYear];
	const last = Math.min(Math.max(cost.toYear, cost.fromYear), years);
	return Array.from({ length: last - cost.fromYear + 1 }, (_, i) => cost.fromYear + i);
}

/** The top-level segment a segment belongs to (itself when it has no parent). */
export function topSegment(segments: Segment[], id: string): string {
	const segment = segments.find((s) => s.id === id);
	return segment?.parent && segments.some((s) => s.id === segment.parent) ? segment.parent : id;
}

/**
 * Totals per stream (over the whole plan), per top-level segment, per year,
 * and overall. A stream whose segment is gone still counts in the years and
 * the total, under its own segment id.
 */
export function totals(model: RevenueModel): Totals {
	const years = Array.from({ length: model.years }, (_, i) => ({ year: i + 1, revenue: 0n, kept: 0n, capex: 0n, opex: 0n }));
	const bySegment = new Map<string, { revenue: bigint; kept: bigint }>();
	for (const s of model.segments) if (!s.parent) bySegment.set(s.id, { revenue: 0n, kept: 0n });
	const streams = model.streams.map((stream) => {
		const once = streamRevenue(stream);
		const onceKept = share(once, stream.shareBasisPoints);
		const active = earningYears(stream, model.years);
		for (const y of active) {
			years[y - 1].revenue += once;
			years[y - 1].kept += onceKept;
		}
		const revenue = once * BigInt(active.length);
		const kept = onceKept * BigInt(active.length);
		const top = topSegment(model.segments, stream.segment);
		const segment = bySegment.get(top) ?? { revenue: 0n, kept: 0n };
		segment.revenue += revenue;
		segment.kept += kept;
		bySegment.set(top, segment);
		return { id: stream.id, revenue: safe(revenue), kept: safe(kept) };
	});
	for (const cost of model.costs) {
		for (const y of spendingYears(cost, model.years)) years[y - 1][cost.kind] += BigInt(cost.amountCents);
	}
	const sum = (key: 'revenue' | 'kept' | 'capex' | 'opex') => safe(years.reduce((a, y) => a + y[key], 0n));
	return {
		streams,
		segments: [...bySegment].map(([id, m]) => ({ id, revenue: safe(m.revenue), kept: safe(m.kept) })),
		years: years.map((y) => ({ year: y.year, revenue: safe(y.revenue), kept: safe(y.kept), capex: safe(y.capex), opex: safe(y.opex) })),
		total: { revenue: sum('revenue'), kept: sum('kept'), capex: sum('capex'), opex: sum('opex') }
	};
}
