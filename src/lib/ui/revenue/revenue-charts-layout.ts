/**
 * What the revenue charts draw, apart from pixels: the bars of revenue per
 * segment stacked by stream, and the money per year (CAPEX, OPEX, revenue
 * kept). Pure, so it is tested; the components add d3's scales and draw.
 */
import { totals, type Totals } from '../../domain/revenue.ts';
import type { RevenueModel } from '../../domain/revenue-model.ts';
import { orderedSegments, segmentLabel } from './revenue-edit.ts';

/** Tableau 10: tells ten series apart, colour-blind aware; more streams than that repeat colours, the table names them all. */
export const SERIES_COLORS = ['#4e79a7', '#f28e2b', '#e15759', '#76b7b2', '#59a14f', '#edc948', '#b07aa1', '#ff9da7', '#9c755f', '#bab0ac'];

export interface BarPart {
	streamId: string;
	name: string;
	/** Index into the chart's legend (streams of one name share a colour across segments). */
	key: number;
	/** Revenue over the whole plan, in cents. */
	revenue: number;
	kept: number;
	start: number;
	end: number;
}

export interface SegmentBar {
	/** The segment the streams name (a sub-segment gets its own bar). */
	id: string;
	label: string;
	revenue: number;
	kept: number;
	parts: BarPart[];
}

/**
 * One bar per segment that streams name, in the tables' order (a parent
 * before its sub-segments), each stacked by its streams' revenue over the
 * plan. Streams whose segment is gone come last, under `missing`.
 */
export function segmentBars(model: RevenueModel, sums: Totals = totals(model), missing = '—'): { bars: SegmentBar[]; keys: string[] } {
	const money = new Map(sums.streams.map((s) => [s.id, s]));
	const keys: string[] = [];
	const keyOf = (name: string) => {
		const at = keys.indexOf(name);
		if (at >= 0) return at;
		keys.push(name);
		return keys.length - 1;
	};
	const order = orderedSegments(model).map((s) => s.id);
	const ids = [...order, ...new Set(model.streams.map((s) => s.segment).filter((id) => !order.includes(id)))];
	const bars: SegmentBar[] = [];
	for (const id of ids) {
		const streams = model.streams.filter((s) => s.segment === id);
		if (!streams.length) continue;
		let at = 0;
		const parts = streams.map((s) => {
			const m = money.get(s.id) ?? { revenue: 0, kept: 0 };
			const part = { streamId: s.id, name: s.name, key: keyOf(s.name), revenue: m.revenue, kept: m.kept, start: at, end: at + m.revenue };
			at = part.end;
			return part;
		});
		bars.push({
			id,
			label: segmentLabel(model, id) || missing,
			revenue: at,
			kept: parts.reduce((n, p) => n + p.kept, 0),
			parts
		});
	}
	return { bars, keys };
}

export const YEAR_SERIES = ['capex', 'opex', 'kept'] as const;
export type YearSeries = (typeof YEAR_SERIES)[number];
export const YEAR_COLORS: Record<YearSeries, string> = { capex: '#9c755f', opex: '#e15759', kept: '#4e79a7' };

/** The years of the plan with what is spent and what the operator keeps, and the largest figure (the scale's end). */
export function yearGroups(sums: Totals): { years: { year: number; values: Record<YearSeries, number> }[]; max: number } {
	const years = sums.years.map((y) => ({ year: y.year, values: { capex: y.capex, opex: y.opex, kept: y.kept } }));
	const max = Math.max(0, ...years.flatMap((y) => YEAR_SERIES.map((s) => y.values[s])));
	return { years, max };
}

/** Legend items laid out in rows no wider than `width` (labels measured roughly, 7.4 px a character at 14 px). */
export function legendRows(labels: string[], width: number, char = 7.4): { items: { index: number; x: number; y: number }[]; height: number } {
	let x = 0;
	let y = 0;
	const items = labels.map((label, index) => {
		const w = 20 + label.length * char + 18;
		if (x > 0 && x + w > width) {
			x = 0;
			y += 22;
		}
		const item = { index, x, y };
		x += w;
		return item;
	});
	return { items, height: labels.length ? y + 22 : 0 };
}
