/**
 * Operations on notes. Each one validates first, then writes in a single
 * transaction carrying `origin`, so one user action is one update on the wire
 * and one step for a Y.UndoManager scoped with trackedOrigins.
 */
import * as Y from 'yjs';
import type { Dimension } from '../domain/gassmann.ts';
import { STAKEHOLDER_COLORS, type Stakeholder } from '../domain/stakeholders.ts';
import { removeLinksOf } from './links.ts';
import {
	CanvasError,
	NOTE_DEFAULT_SIZE,
	NOTE_MIN_SIZE,
	NOTE_TEXT_MAX,
	notesMap,
	readNote,
	requireNote,
	type Note,
	type NoteFields,
	type YNote
} from './schema.ts';
import { replaceText } from './text.ts';
import {
	checkBlock,
	checkColor,
	checkDimension,
	checkFinite,
	checkId,
	checkStakeholder,
	checkText,
	newId
} from './validate.ts';

export { CanvasError } from './schema.ts';

export interface NewNote {
	id?: string;
	text?: string;
	x: number;
	y: number;
	w?: number;
	h?: number;
	color?: string;
	block?: string | null;
	dimension?: Dimension | null;
	author: string;
	stakeholder: Stakeholder;
	createdAt?: number;
}

/** Writes a key only when it changes: an unchanged value would still cost an update for every peer. */
function set<K extends keyof NoteFields>(yNote: YNote, key: K, value: NoteFields[K]): void {
	if (yNote.get(key) !== value) yNote.set(key, value);
}

/** A note's plain values, checked and ready to write. */
type NoteValues = Omit<Note, 'id'>;

/** Every key except the shared types (text, useCases), which need their own constructors. */
const SCALAR_KEYS = [
	'x',
	'y',
	'w',
	'h',
	'color',
	'block',
	'dimension',
	'author',
	'stakeholder',
	'createdAt',
	'cluster'
] as const;

function writeNote(doc: Y.Doc, id: string, values: NoteValues): void {
	const yNote: YNote = new Y.Map();
	notesMap(doc).set(id, yNote);
	yNote.set('text', new Y.Text(values.text));
	for (const key of SCALAR_KEYS) yNote.set(key, values[key]);
	yNote.set('useCases', Y.Array.from(values.useCases));
}

export function addNote(doc: Y.Doc, input: NewNote, origin?: unknown): string {
	const id = input.id === undefined ? newId() : checkId(input.id, 'Note id');
	const stakeholder = checkStakeholder(input.stakeholder);
	const values: NoteValues = {
		text: checkText(input.text ?? ''),
		x: checkFinite(input.x, 'x'),
		y: checkFinite(input.y, 'y'),
		w: Math.max(NOTE_MIN_SIZE.w, checkFinite(input.w ?? NOTE_DEFAULT_SIZE.w, 'Width')),
		h: Math.max(NOTE_MIN_SIZE.h, checkFinite(input.h ?? NOTE_DEFAULT_SIZE.h, 'Height')),
		color: input.color === undefined ? STAKEHOLDER_COLORS[stakeholder] : checkColor(input.color),
		block: checkBlock(input.block ?? null),
		dimension: checkDimension(input.dimension ?? null),
		author: checkId(input.author, 'Author'),
		stakeholder,
		createdAt: checkFinite(input.createdAt ?? Date.now(), 'createdAt'),
		cluster: null,
		useCases: []
	};
	if (notesMap(doc).has(id)) throw new CanvasError('conflict', `A note with id "${id}" already exists.`);
	doc.transact(() => writeNote(doc, id, values), origin);
	return id;
}

export function setNoteText(doc: Y.Doc, id: string, text: string, origin?: unknown): void {
	checkText(text);
	const yNote = requireNote(doc, id);
	doc.transact(() => {
		const yText = yNote.get('text');
		// A peer may have written something else under `text`; start a fresh Y.Text then.
		if (yText instanceof Y.Text) replaceText(yText, text);
		else yNote.set('text', new Y.Text(text));
	}, origin);
}

export function moveNote(doc: Y.Doc, id: string, x: number, y: number, origin?: unknown): void {
	checkFinite(x, 'x');
	checkFinite(y, 'y');
	const yNote = requireNote(doc, id);
	doc.transact(() => {
		set(yNote, 'x', x);
		set(yNote, 'y', y);
	}, origin);
}

/** Sizes below the minimum are raised to it, so a resize drag can overshoot without an error. */
export function resizeNote(doc: Y.Doc, id: string, w: number, h: number, origin?: unknown): void {
	const width = Math.max(NOTE_MIN_SIZE.w, checkFinite(w, 'Width'));
	const height = Math.max(NOTE_MIN_SIZE.h, checkFinite(h, 'Height'));
	const yNote = requireNote(doc, id);
	doc.transact(() => {
		set(yNote, 'w', width);
		set(yNote, 'h', height);
	}, origin);
}

export function setNoteColor(doc: Y.Doc, id: string, color: string, origin?: unknown): void {
	const safeColor = checkColor(color);
	const yNote = requireNote(doc, id);
	doc.transact(() => set(yNote, 'color', safeColor), origin);
}

/**
 * Places a note in a template block. The dimension is set exactly as given:
 * deriving it from the block (BLOCK_DIMENSION) is the caller's choice.
 */
export function setNoteBlock(
	doc: Y.Doc,
	id: string,
	block: string | null,
	dimension: Dimension | null,
	origin?: unknown
): void {
	const safeBlock = checkBlock(block);
	const safeDimension = checkDimension(dimension);
	const yNote = requireNote(doc, id);
	doc.transact(() => {
		set(yNote, 'block', safeBlock);
		set(yNote, 'dimension', safeDimension);
	}, origin);
}

export function tagNote(doc: Y.Doc, id: string, dimension: Dimension | null, origin?: unknown): void {
	const safeDimension = checkDimension(dimension);
	const yNote = requireNote(doc, id);
	doc.transact(() => set(yNote, 'dimension', safeDimension), origin);
}

/** Deletes the note and every link touching it, so no arrow points at nothing. */
export function deleteNote(doc: Y.Doc, id: string, origin?: unknown): void {
	requireNote(doc, id);
	doc.transact(() => {
		notesMap(doc).delete(id);
		removeLinksOf(doc, id);
	}, origin);
}

/** The note's use-case list, replaced by a fresh one if a peer wrote something else there. */
function useCasesOf(yNote: YNote): Y.Array<string> {
	const list = yNote.get('useCases');
	if (list instanceof Y.Array) return list as Y.Array<string>;
	const fresh = new Y.Array<string>();
	yNote.set('useCases', fresh);
	return fresh;
}

/** Ties a note to a use case from the library; linking twice keeps one link. */
export function linkUseCase(doc: Y.Doc, id: string, useCaseId: string, origin?: unknown): void {
	checkId(useCaseId, 'Use case id');
	const yNote = requireNote(doc, id);
	const list = yNote.get('useCases');
	if (list instanceof Y.Array && list.toArray().includes(useCaseId)) return;
	doc.transact(() => useCasesOf(yNote).push([useCaseId]), origin);
}

/** Removes every copy: two peers linking the same use case at once leave two entries. */
export function unlinkUseCase(doc: Y.Doc, id: string, useCaseId: string, origin?: unknown): void {
	checkId(useCaseId, 'Use case id');
	const yNote = requireNote(doc, id);
	const list = yNote.get('useCases');
	if (!(list instanceof Y.Array)) return;
	const entries = list.toArray();
	if (!entries.includes(useCaseId)) return;
	doc.transact(() => {
		for (let i = entries.length - 1; i >= 0; i--) if (entries[i] === useCaseId) list.delete(i, 1);
	}, origin);
}

/**
 * Copies text, size, color, block, dimension, cluster and use cases; the copy
 * belongs to whoever duplicated it, is new (createdAt now) and has no links.
 */
export function duplicateNote(
	doc: Y.Doc,
	id: string,
	author: string,
	stakeholder: Stakeholder,
	offset = 24,
	origin?: unknown
): string {
	const shift = checkFinite(offset, 'Offset');
	const source = readNote(requireNote(doc, id), id);
	const copyId = newId();
	const values: NoteValues = {
		...source,
		// Concurrent typing can merge past the limit; the copy is cut to it rather than refused.
		text: [...source.text].slice(0, NOTE_TEXT_MAX).join(''),
		x: source.x + shift,
		y: source.y + shift,
		author: checkId(author, 'Author'),
		stakeholder: checkStakeholder(stakeholder),
		createdAt: Date.now()
	};
	doc.transact(() => writeNote(doc, copyId, values), origin);
	return copyId;
}
