/**
 * The shape of one canvas's Y.Doc. The names and keys are fixed by the issue
 * and shared with the realtime server's projection, so change them only with
 * a migration of stored documents.
 */
import * as Y from 'yjs';
import { isDimension, type Dimension } from '../domain/gassmann.ts';
import { isStakeholder, STAKEHOLDER_COLORS, type Stakeholder } from '../domain/stakeholders.ts';

export const NOTES = 'notes';
export const CLUSTERS = 'clusters';
export const LINKS = 'links';

export const NOTE_DEFAULT_SIZE = { w: 180, h: 120 } as const;
/** Smaller than this a note can no longer be read or grabbed on a touch screen. */
export const NOTE_MIN_SIZE = { w: 60, h: 40 } as const;
/** Counted in Unicode code points, as Postgres's char_length counts them. */
export const NOTE_TEXT_MAX = 2000;
export const CLUSTER_NAME_MAX = 80;

/** What each key of a note's Y.Map holds. */
export interface NoteFields {
	text: Y.Text;
	x: number;
	y: number;
	w: number;
	h: number;
	color: string;
	block: string | null;
	dimension: Dimension | null;
	author: string;
	stakeholder: Stakeholder;
	createdAt: number;
	cluster: string | null;
	useCases: Y.Array<string>;
}
export type YNote = Y.Map<NoteFields[keyof NoteFields]>;
export type YCluster = Y.Map<string>;

/** A plain snapshot of a note: safe to hand to Svelte state or JSON. */
export type Note = Omit<NoteFields, 'text' | 'useCases'> & { id: string; text: string; useCases: string[] };

export interface Cluster {
	id: string;
	name: string;
	color: string;
}

export interface Link {
	id: string;
	from: string;
	to: string;
}

export type CanvasErrorCode = 'unknown-note' | 'unknown-cluster' | 'unknown-link' | 'invalid-input' | 'conflict';

/**
 * Thrown before anything is written, so a failed operation leaves the document
 * untouched. `code` lets the UI pick a message from its catalogue.
 */
export class CanvasError extends Error {
	readonly code: CanvasErrorCode;
	constructor(code: CanvasErrorCode, message: string) {
		super(message);
		this.name = 'CanvasError';
		this.code = code;
	}
}

export const notesMap = (doc: Y.Doc): Y.Map<YNote> => doc.getMap<YNote>(NOTES);
export const clustersMap = (doc: Y.Doc): Y.Map<YCluster> => doc.getMap<YCluster>(CLUSTERS);
export const linksArray = (doc: Y.Doc): Y.Array<Link> => doc.getArray<Link>(LINKS);

/** The shared types an undo manager for a canvas should track. */
export const canvasScope = (doc: Y.Doc): [Y.Map<YNote>, Y.Map<YCluster>, Y.Array<Link>] => [
	notesMap(doc),
	clustersMap(doc),
	linksArray(doc)
];

const HEX_COLOR = /^#[0-9a-f]{6}$/i;
export const isColor = (value: unknown): value is string => typeof value === 'string' && HEX_COLOR.test(value);

const finiteOr = (value: unknown, fallback: number): number =>
	typeof value === 'number' && Number.isFinite(value) ? value : fallback;
const stringOrNull = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/**
 * Reads a note into a plain object. It never throws: any peer can write any
 * value into the shared map (the server only checks who may write, not what),
 * so a malformed field falls back to a safe default instead of breaking
 * every other participant's canvas.
 */
export function readNote(yNote: YNote, id: string): Note {
	const get = (key: keyof NoteFields): unknown => yNote.get(key);
	const text = get('text');
	const stakeholder = get('stakeholder');
	const safeStakeholder: Stakeholder = isStakeholder(stakeholder) ? stakeholder : 'other';
	const color = get('color');
	const dimension = get('dimension');
	const useCases = get('useCases');
	return {
		id,
		text: text instanceof Y.Text ? text.toString() : typeof text === 'string' ? text : '',
		x: finiteOr(get('x'), 0),
		y: finiteOr(get('y'), 0),
		w: Math.max(NOTE_MIN_SIZE.w, finiteOr(get('w'), NOTE_DEFAULT_SIZE.w)),
		h: Math.max(NOTE_MIN_SIZE.h, finiteOr(get('h'), NOTE_DEFAULT_SIZE.h)),
		color: isColor(color) ? color.toLowerCase() : STAKEHOLDER_COLORS[safeStakeholder],
		block: stringOrNull(get('block')),
		dimension: isDimension(dimension) ? dimension : null,
		author: typeof get('author') === 'string' ? (get('author') as string) : '',
		stakeholder: safeStakeholder,
		createdAt: finiteOr(get('createdAt'), 0),
		cluster: stringOrNull(get('cluster')),
		// Two peers linking the same use case at once both append it; show it once.
		useCases:
			useCases instanceof Y.Array
				? [...new Set(useCases.toArray().filter((u): u is string => typeof u === 'string'))]
				: []
	};
}

const byCreation = (a: Note, b: Note): number =>
	a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Every note, oldest first; ties broken by id so every peer sees the same order. */
export function listNotes(doc: Y.Doc): Note[] {
	const notes: Note[] = [];
	notesMap(doc).forEach((yNote, id) => {
		if (yNote instanceof Y.Map) notes.push(readNote(yNote, id));
	});
	return notes.sort(byCreation);
}

export function getNote(doc: Y.Doc, id: string): Note | undefined {
	const yNote = notesMap(doc).get(id);
	return yNote instanceof Y.Map ? readNote(yNote, id) : undefined;
}

/** The live Y.Map of a note, or a CanvasError naming the missing id. */
export function requireNote(doc: Y.Doc, id: string): YNote {
	const yNote = typeof id === 'string' ? notesMap(doc).get(id) : undefined;
	if (!(yNote instanceof Y.Map)) throw new CanvasError('unknown-note', `No note with id "${String(id)}" on this canvas.`);
	return yNote;
}
