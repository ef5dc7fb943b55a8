/**
 * One edit of one field of the revenue model's tables, read from what was
 * typed or chosen: the row as it would be, checked by the model's zod schema,
 * or the reason it is refused (a key of the catalogue's `revenue.errors`).
 * Pure, so the editor only shows and sends.
 */
import { parseEuros, parsePercent, parseWhole, type ParseError } from '../../domain/money.ts';
import { totals } from '../../domain/revenue.ts';
import {
	costSchema,
	COST_KINDS,
	RECURRENCES,
	segmentSchema,
	streamSchema,
	type Cost,
	type RevenueModel,
	type Segment,
	type Stream
} from '../../domain/revenue-model.ts';

export type Kind = 'segments' | 'streams' | 'costs';
export type Row = Segment | Stream | Cost;

export type EditError =
	| ParseError
	| 'nameRequired'
	| 'nameTooLong'
	| 'toBeforeFrom'
	| 'unknownSegment'
	| 'ownParent'
	| 'parentHasParent'
	| 'hasChildren'
	| 'invalid';

export type EditResult = { ok: true; row: Row } | { ok: false; error: EditError };

const MAX_COUNT = 1_000_000;

/** The zod messages of revenue-model.ts that the catalogue explains; any other is "invalid". */
const SCHEMA_ERRORS = new Set<string>(['nameRequired', 'nameTooLong', 'tooLarge', 'notNegative']);

function validated(kind: Kind, row: Row): EditResult {
	const schema = kind === 'segments' ? segmentSchema : kind === 'streams' ? streamSchema : costSchema;
	const parsed = schema.safeParse(row);
	if (parsed.success) return { ok: true, row: parsed.data };
	const message = parsed.error.issues[0]?.message ?? '';
	return { ok: false, error: SCHEMA_ERRORS.has(message) ? (message as EditError) : 'invalid' };
}

const year = (text: string) => Number.parseInt(text, 10);

function number(result: ReturnType<typeof parseEuros>, apply: (value: number) => Row): EditResult | Row {
	return result.ok ? apply(result.value) : { ok: false, error: result.error };
}

/**
 * The row after `field` takes `text`, or why not. A segment's parent must be
 * a top-level segment other than itself (one level deep); a cost's last year
 * is never before its first (moving the first past it moves it along).
 */
export function applyEdit(model: RevenueModel, kind: Kind, row: Row, field: string, text: string, locale: string): EditResult {
	let next: Row | EditResult;
	if (kind === 'segments') {
		const segment = row as Segment;
		if (field === 'name') next = { ...segment, name: text };
		else if (field === 'parent') {
			const parent = text || null;
			if (parent === segment.id) return { ok: false, error: 'ownParent' };
			if (parent && model.segments.find((s) => s.id === parent)?.parent) return { ok: false, error: 'parentHasParent' };
			if (parent && !model.segments.some((s) => s.id === parent)) return { ok: false, error: 'unknownSegment' };
			if (parent && model.segments.some((s) => s.parent === segment.id)) return { ok: false, error: 'hasChildren' };
			next = { ...segment, parent };
		} else return { ok: false, error: 'invalid' };
	} else if (kind === 'streams') {
		const stream = row as Stream;
		switch (field) {
			case 'segment':
				if (!model.segments.some((s) => s.id === text)) return { ok: false, error: 'unknownSegment' };
				next = { ...stream, segment: text };
				break;
			case 'name':
				next = { ...stream, name: text };
				break;
			case 'customers':
				next = number(parseWhole(text, locale, MAX_COUNT), (v) => ({ ...stream, customers: v }));
				break;
			case 'quantity':
				next = number(parseWhole(text, locale, MAX_COUNT), (v) => ({ ...stream, quantity: v }));
				break;
			case 'unitPrice':
				next = number(parseEuros(text, locale), (v) => ({ ...stream, unitPriceCents: v }));
				break;
			case 'share':
				next = number(parsePercent(text, locale), (v) => ({ ...stream, shareBasisPoints: v }));
				break;
			case 'recurrence':
				if (!(RECURRENCES as readonly string[]).includes(text)) return { ok: false, error: 'invalid' };
				next = { ...stream, recurrence: text as Stream['recurrence'] };
				break;
			case 'fromYear':
				next = { ...stream, fromYear: year(text) };
				break;
			default:
				return { ok: false, error: 'invalid' };
		}
	} else {
		const cost = row as Cost;
		switch (field) {
			case 'name':
				next = { ...cost, name: text };
				break;
			case 'kind':
				if (!(COST_KINDS as readonly string[]).includes(text)) return { ok: false, error: 'invalid' };
				next = { ...cost, kind: text as Cost['kind'] };
				break;
			case 'amount':
				next = number(parseEuros(text, locale), (v) => ({ ...cost, amountCents: v }));
				break;
			case 'fromYear': {
				const from = year(text);
				next = { ...cost, fromYear: from, toYear: Math.max(from, cost.toYear) };
				break;
			}
			case 'toYear': {
				const to = year(text);
				if (to < cost.fromYear) return { ok: false, error: 'toBeforeFrom' };
				next = { ...cost, toYear: to };
				break;
			}
			default:
				return { ok: false, error: 'invalid' };
		}
	}
	if ('ok' in next) return next;
	const result = validated(kind, next);
	return result.ok && !fits(withRow(model, kind, result.row)) ? { ok: false, error: 'tooLarge' } : result;
}

/** The model with one row put in (replacing the row of the same id, or added last). */
export function withRow(model: RevenueModel, kind: Kind, row: Row): RevenueModel {
	const rows = model[kind] as Row[];
	const next = rows.some((r) => r.id === row.id) ? rows.map((r) => (r.id === row.id ? row : r)) : [...rows, row];
	return { ...model, [kind]: next };
}

/** Whether every total of the model is a safe number (totals() refuses one that is not). */
function fits(model: RevenueModel): boolean {
	try {
		totals(model);
		return true;
	} catch {
		return false;
	}
}

/** Whether a segment can go: not while streams or sub-segments name it. */
export function segmentInUse(model: RevenueModel, id: string): boolean {
	return model.streams.some((s) => s.segment === id) || model.segments.some((s) => s.parent === id);
}

/** A new row's id: random, so two facilitators adding at once never collide. */
export const newId = () => crypto.randomUUID();

/** A segment's name as the tables show it: a sub-segment after its parent ("Owners › Cities"). */
export function segmentLabel(model: RevenueModel, id: string): string {
	const segment = model.segments.find((s) => s.id === id);
	if (!segment) return '';
	const parent = segment.parent ? model.segments.find((s) => s.id === segment.parent) : undefined;
	return parent ? `${parent.name} › ${segment.name}` : segment.name;
}

/** Segments in the order the tables list them: each top-level one followed by its sub-segments. */
export function orderedSegments(model: RevenueModel): Segment[] {
	const tops = model.segments.filter((s) => !s.parent || !model.segments.some((p) => p.id === s.parent));
	return tops.flatMap((top) => [top, ...model.segments.filter((s) => s.parent === top.id)]);
}
