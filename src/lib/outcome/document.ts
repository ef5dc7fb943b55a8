/**
 * The outcome of a workshop as a Y.Doc (room `outcome:<workshop id>`):
 * facilitators edit it live, the realtime server projects it into
 * public.outcomes.content in the shape of src/lib/domain/outcome.ts.
 *
 * Every shared type is a top-level one, named here, never a nested type made
 * on first use: two facilitators opening an empty outcome at once would each
 * make their own nested type and one of them would be lost with what was typed
 * into it. Top-level types of the same name are the same type everywhere.
 *
 * - free text (each dimension's, each Atos factor's evidence, lessons, what a
 *   follower city needs): one Y.Text each, so two people typing in the same
 *   field merge;
 * - kept notes, patterns, linked use cases: Y.Maps keyed by what they hold
 *   (picking the same thing twice at once keeps it once), the value carrying
 *   when it was added, for a stable order;
 * - the Atos holds and the S/R/S scores: Y.Maps of plain values;
 * - funding and success factors: Y.Arrays of strings;
 * - the revenue model: three Y.Maps (segments, streams, costs) of row id ->
 *   plain JSON row, the order rows were added in, and `years`.
 */
import * as Y from 'yjs';
import { DIMENSIONS, type Dimension } from '../domain/gassmann.ts';
import { ATOS_FACTORS, emptyOutcome, keptNoteSchema, readOutcome, type AtosFactor, type KeptNote, type Outcome } from '../domain/outcome.ts';
import { costSchema, MAX_YEARS, segmentSchema, streamSchema, type Cost, type Segment, type Stream } from '../domain/revenue-model.ts';
import { SRS, type SrsCriterion } from '../domain/use-cases.ts';

export type TextField = `dimension:${Dimension}` | `atos:${AtosFactor}` | 'lessons' | 'replicationNeeds';
export const TEXT_FIELDS: readonly TextField[] = [
	...DIMENSIONS.map((d) => `dimension:${d}` as const),
	...ATOS_FACTORS.map((f) => `atos:${f}` as const),
	'lessons',
	'replicationNeeds'
];
/** The longest each text may be in the outcome (outcome.ts); longer is cut in the projection. */
const TEXT_MAX: Record<TextField, number> = Object.fromEntries(
	TEXT_FIELDS.map((f) => [f, f.startsWith('atos:') ? 2000 : 4000])
) as Record<TextField, number>;

export const LISTS = ['funding', 'internalFactors', 'externalFactors'] as const;
export type ListName = (typeof LISTS)[number];
const LIST_ITEM_MAX = 300;
const LIST_MAX = 50;

export const REVENUE_KINDS = ['segments', 'streams', 'costs'] as const;
export type RevenueKind = (typeof REVENUE_KINDS)[number];
export type RevenueRow<K extends RevenueKind> = K extends 'segments' ? Segment : K extends 'streams' ? Stream : Cost;
const ROW_SCHEMA = { segments: segmentSchema, streams: streamSchema, costs: costSchema };

/** A picked thing and when it was picked (ms), for its place in the list. */
interface Picked {
	at: number;
}
type StoredNote = KeptNote & Picked;

export const textOf = (doc: Y.Doc, field: TextField) => doc.getText(`text:${field}`);
const keptOf = (doc: Y.Doc, dimension: Dimension) => doc.getMap<StoredNote>(`kept:${dimension}`);
const patternsOf = (doc: Y.Doc) => doc.getMap<Picked>('patterns');
const useCasesOf = (doc: Y.Doc) => doc.getMap<Picked>('useCases');
const atosOf = (doc: Y.Doc) => doc.getMap<boolean | null>('atos');
const scoresOf = (doc: Y.Doc) => doc.getMap<number | string | null>('scores');
const listOf = (doc: Y.Doc, list: ListName) => doc.getArray<string>(`list:${list}`);
const revenueOf = (doc: Y.Doc) => doc.getMap<number>('revenue');
const rowsOf = <K extends RevenueKind>(doc: Y.Doc, kind: K) => doc.getMap<RevenueRow<K>>(`revenue:${kind}`);
/** Row id -> when it was first added: rows keep their order whoever added them. */
const rowOrderOf = (doc: Y.Doc, kind: RevenueKind) => doc.getMap<number>(`revenue:${kind}:added`);

const noteKey = (canvas: string, note: string) => `${canvas}/${note}`;

/** Entries by when they were added, then by key (two picks in the same millisecond). */
function byAdded<T>(entries: [string, T][], at: (value: T, key: string) => number): [string, T][] {
	return entries.sort(([ka, a], [kb, b]) => at(a, ka) - at(b, kb) || (ka < kb ? -1 : ka > kb ? 1 : 0));
}

/** When a pick happens: the clock, but always after everything already in the map (two picks in one millisecond). */
function nextAt(values: Iterable<number | Picked | undefined>): number {
	let last = 0;
	for (const v of values) last = Math.max(last, typeof v === 'number' ? v : (v?.at ?? 0));
	return Math.max(Date.now(), last + 1);
}

// --- One function per intent. Each is one transaction. ---

/** Replaces `remove` characters at `index` with `insert` in a free text (what a keystroke or a paste does). */
export function editText(doc: Y.Doc, field: TextField, index: number, remove: number, insert: string) {
	const text = textOf(doc, field);
	doc.transact(() => {
		if (remove > 0) text.delete(index, remove);
		if (insert) text.insert(index, insert);
	});
}

/** Keeps a canvas note for a dimension: a copy, since the canvas may change later. */
export function keepNote(doc: Y.Doc, dimension: Dimension, note: KeptNote) {
	const kept = keptOf(doc, dimension);
	const key = noteKey(note.canvas, note.note);
	const had = kept.get(key);
	doc.transact(() => kept.set(key, { canvas: note.canvas, note: note.note, text: note.text, at: had?.at ?? nextAt(kept.values()) }));
}

export function dropNote(doc: Y.Doc, dimension: Dimension, canvas: string, note: string) {
	doc.transact(() => keptOf(doc, dimension).delete(noteKey(canvas, note)));
}

export function pickPattern(doc: Y.Doc, id: number) {
	const patterns = patternsOf(doc);
	if (!patterns.has(String(id))) doc.transact(() => patterns.set(String(id), { at: nextAt(patterns.values()) }));
}

export function unpickPattern(doc: Y.Doc, id: number) {
	doc.transact(() => patternsOf(doc).delete(String(id)));
}

export function linkUseCase(doc: Y.Doc, id: string) {
	const useCases = useCasesOf(doc);
	if (!useCases.has(id)) doc.transact(() => useCases.set(id, { at: nextAt(useCases.values()) }));
}

export function unlinkUseCase(doc: Y.Doc, id: string) {
	doc.transact(() => useCasesOf(doc).delete(id));
}

/** Whether an Atos factor holds: yes, no, or not known (null). */
export function setAtosHolds(doc: Y.Doc, factor: AtosFactor, holds: boolean | null) {
	doc.transact(() => atosOf(doc).set(factor, holds));
}

/** A score set by hand: the scores no longer come from a round. */
export function setScore(doc: Y.Doc, criterion: SrsCriterion, value: number | null) {
	doc.transact(() => {
		scoresOf(doc).set(criterion, value);
		scoresOf(doc).set('round', null);
	});
}

/** Takes all three scores from a revealed scoring round (a criterion without a result stays unscored). */
export function takeScoresFromRound(doc: Y.Doc, round: string, scores: Record<SrsCriterion, number | null>) {
	doc.transact(() => {
		for (const c of SRS) scoresOf(doc).set(c, scores[c]);
		scoresOf(doc).set('round', round);
	});
}

export function addListItem(doc: Y.Doc, list: ListName, text: string) {
	const value = text.trim();
	if (!value) return;
	doc.transact(() => listOf(doc, list).push([value]));
}

/** Replaces one item; an item emptied is removed. */
export function editListItem(doc: Y.Doc, list: ListName, index: number, text: string) {
	const items = listOf(doc, list);
	if (index < 0 || index >= items.length) return;
	const value = text.trim();
	doc.transact(() => {
		items.delete(index, 1);
		if (value) items.insert(index, [value]);
	});
}

export function removeListItem(doc: Y.Doc, list: ListName, index: number) {
	const items = listOf(doc, list);
	if (index >= 0 && index < items.length) doc.transact(() => items.delete(index, 1));
}

/** Adds or replaces one row of the revenue model (a whole row: its fields change together). */
export function putRevenueRow<K extends RevenueKind>(doc: Y.Doc, kind: K, row: RevenueRow<K>) {
	doc.transact(() => {
		rowsOf(doc, kind).set(row.id, { ...row });
		const order = rowOrderOf(doc, kind);
		if (!order.has(row.id)) order.set(row.id, nextAt(order.values()));
	});
}

export function removeRevenueRow(doc: Y.Doc, kind: RevenueKind, id: string) {
	doc.transact(() => {
		rowsOf(doc, kind).delete(id);
		rowOrderOf(doc, kind).delete(id);
	});
}

export function setRevenueYears(doc: Y.Doc, years: number) {
	const value = Math.min(MAX_YEARS, Math.max(1, Math.round(years)));
	doc.transact(() => revenueOf(doc).set('years', value));
}

// --- Reading ---

function projectRows<K extends RevenueKind>(doc: Y.Doc, kind: K): RevenueRow<K>[] {
	const order = rowOrderOf(doc, kind);
	const rows: RevenueRow<K>[] = [];
	for (const [, row] of byAdded([...rowsOf(doc, kind).entries()], (_, id) => order.get(id) ?? Number.MAX_SAFE_INTEGER)) {
		// A malformed row (an older client, a bad write) is left out, not the whole model.
		const parsed = ROW_SCHEMA[kind].safeParse(row);
		if (parsed.success) rows.push(parsed.data as RevenueRow<K>);
	}
	return rows;
}

/** The outcome the document holds, always in the shape of outcome.ts (too long is cut, malformed left out). */
export function projectOutcome(doc: Y.Doc): Outcome {
	const text = (field: TextField) => textOf(doc, field).toString().slice(0, TEXT_MAX[field]);
	const picked = (map: Y.Map<Picked>) => byAdded([...map.entries()], (v) => v?.at ?? 0).map(([key]) => key);
	const atos = atosOf(doc);
	const scores = scoresOf(doc);
	const score = (c: SrsCriterion) => {
		const v = scores.get(c);
		return typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= 5 ? v : null;
	};
	const round = scores.get('round');
	const years = revenueOf(doc).get('years');
	const list = (name: ListName) =>
		listOf(doc, name)
			.toArray()
			.map((s) => (typeof s === 'string' ? s.trim().slice(0, LIST_ITEM_MAX) : ''))
			.filter(Boolean)
			.slice(0, LIST_MAX);

	const candidate: Outcome = {
		dimensions: Object.fromEntries(
			DIMENSIONS.map((d) => [
				d,
				{
					text: text(`dimension:${d}`),
					notes: byAdded([...keptOf(doc, d).entries()], (v) => v?.at ?? 0)
						.map(([, v]) => keptNoteSchema.safeParse(v && { canvas: v.canvas, note: v.note, text: v.text }))
						.flatMap((p) => (p.success ? [p.data] : []))
						.slice(0, 200)
				}
			])
		) as Outcome['dimensions'],
		patterns: picked(patternsOf(doc))
			.map(Number)
			.filter((n) => Number.isInteger(n) && n > 0)
			.slice(0, 55),
		useCases: picked(useCasesOf(doc)).slice(0, 50),
		atos: Object.fromEntries(
			ATOS_FACTORS.map((f) => {
				const holds = atos.get(f);
				return [f, { holds: typeof holds === 'boolean' ? holds : null, evidence: text(`atos:${f}`) }];
			})
		) as Outcome['atos'],
		scores: {
			scalability: score('scalability'),
			replicability: score('replicability'),
			sustainability: score('sustainability'),
			round: typeof round === 'string' ? round : null
		},
		funding: list('funding'),
		internalFactors: list('internalFactors'),
		externalFactors: list('externalFactors'),
		lessons: text('lessons'),
		replicationNeeds: text('replicationNeeds'),
		revenue: {
			years: typeof years === 'number' ? years : emptyOutcome().revenue.years,
			segments: projectRows(doc, 'segments'),
			streams: projectRows(doc, 'streams'),
			costs: projectRows(doc, 'costs')
		}
	};
	// The last guard: whatever slipped through falls back to empty, field by field.
	return readOutcome(candidate);
}

/** True when the document holds nothing yet (a new room, before seeding). */
export function isEmptyOutcome(doc: Y.Doc): boolean {
	return doc.store.clients.size === 0;
}

/**
 * Writes a stored outcome into an empty document, in one transaction: how a
 * room starts from a draft outcome (a workshop started from a use case).
 * Kept order is the outcome's order.
 */
export function seedOutcome(doc: Y.Doc, value: Outcome, origin: unknown = null) {
	const outcome = readOutcome(value);
	doc.transact(() => {
		let at = 1;
		for (const d of DIMENSIONS) {
			textOf(doc, `dimension:${d}`).insert(0, outcome.dimensions[d].text);
			for (const note of outcome.dimensions[d].notes) keptOf(doc, d).set(noteKey(note.canvas, note.note), { ...note, at: at++ });
		}
		for (const id of outcome.patterns) patternsOf(doc).set(String(id), { at: at++ });
		for (const id of outcome.useCases) useCasesOf(doc).set(id, { at: at++ });
		for (const f of ATOS_FACTORS) {
			if (outcome.atos[f].holds !== null) atosOf(doc).set(f, outcome.atos[f].holds);
			textOf(doc, `atos:${f}`).insert(0, outcome.atos[f].evidence);
		}
		for (const c of SRS) if (outcome.scores[c] !== null) scoresOf(doc).set(c, outcome.scores[c]);
		if (outcome.scores.round) scoresOf(doc).set('round', outcome.scores.round);
		for (const name of LISTS) if (outcome[name].length) listOf(doc, name).push(outcome[name]);
		textOf(doc, 'lessons').insert(0, outcome.lessons);
		textOf(doc, 'replicationNeeds').insert(0, outcome.replicationNeeds);
		revenueOf(doc).set('years', outcome.revenue.years);
		for (const kind of REVENUE_KINDS) {
			for (const row of outcome.revenue[kind]) {
				rowsOf(doc, kind).set(row.id, { ...row } as RevenueRow<typeof kind>);
				rowOrderOf(doc, kind).set(row.id, at++);
			}
		}
	}, origin);
}

/** Calls `listener` after every change to the document (local or remote). */
export function observeOutcome(doc: Y.Doc, listener: () => void): () => void {
	doc.on('update', listener);
	return () => doc.off('update', listener);
}
