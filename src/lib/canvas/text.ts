/**
 * Minimal edits for a Y.Text. Replacing the whole text would delete every
 * character a peer is typing next to; touching only the changed middle lets
 * concurrent edits at other positions survive the merge, character by character.
 */
import * as Y from 'yjs';
import { notesMap, requireNote } from './schema.ts';
import { checkText } from './validate.ts';

export interface TextChange {
	index: number;
	remove: number;
	insert: string;
}

/** A Y.Text change as its observers see it (`event.delta`). */
export type TextDelta = readonly { insert?: unknown; delete?: number; retain?: number }[];

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/**
 * The one splice that turns `before` into `after`, in UTF-16 units as Y.Text counts.
 * With `caret` (where the caret is in `after` once the input happened) an
 * ambiguous change, like one more "a" in "aaa", is placed at the caret, where
 * the person typed, as the Yjs editor bindings do.
 */
export function diffText(before: string, after: string, caret?: number): TextChange {
	const shorter = Math.min(before.length, after.length);
	const common = (from: number, limit: number, at: (i: number) => [number, number]) => {
		let n = from;
		while (n < limit && at(n)[0] === at(n)[1]) n++;
		return n;
	};
	const fromStart = (i: number): [number, number] => [before.charCodeAt(i), after.charCodeAt(i)];
	const fromEnd = (i: number): [number, number] => [before.charCodeAt(before.length - 1 - i), after.charCodeAt(after.length - 1 - i)];
	let start: number;
	let end: number;
	if (caret === undefined) {
		start = common(0, shorter, fromStart);
		end = common(0, shorter - start, fromEnd);
	} else {
		// The unchanged end lies after the caret; the unchanged start fills what is left.
		end = common(0, Math.min(shorter, Math.max(0, after.length - caret)), fromEnd);
		start = common(0, shorter - end, fromStart);
	}
	// Never cut an emoji (a surrogate pair) in two: Yjs would store half a character.
	if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
	if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
	return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

/** Where `position` in the text before a Y.Text change ends up after it. An insertion right at it leaves it before. */
export function shiftThrough(position: number, delta: TextDelta): number {
	let at = 0;
	let moved = position;
	for (const op of delta) {
		if (at >= position) break;
		if (op.retain !== undefined) at += op.retain;
		else if (op.delete !== undefined) {
			moved -= Math.min(op.delete, position - at);
			at += op.delete;
		} else if (typeof op.insert === 'string') moved += op.insert.length;
	}
	return Math.max(0, moved);
}

/** Applies the minimal change; call inside a transaction. */
export function replaceText(yText: Y.Text, after: string): void {
	const { index, remove, insert } = diffText(yText.toString(), after);
	if (remove > 0) yText.delete(index, remove);
	if (insert.length > 0) yText.insert(index, insert);
}

/** A note's shared text, for a text box to follow; null when the note is gone. */
export function noteText(doc: Y.Doc, id: string): Y.Text | null {
	const yText = notesMap(doc).get(id)?.get('text');
	return yText instanceof Y.Text ? yText : null;
}

/** One input in a note's text box, written as the splice it made (never the whole text). */
export function spliceNoteText(doc: Y.Doc, id: string, change: TextChange, origin?: unknown): void {
	const yText = requireNote(doc, id).get('text');
	if (!(yText instanceof Y.Text)) throw new Error(`Note "${id}" has no shared text.`);
	const before = yText.toString();
	const { index, remove, insert } = change;
	if (index < 0 || remove < 0 || index + remove > before.length) throw new RangeError('The change lies outside the note text.');
	checkText(before.slice(0, index) + insert + before.slice(index + remove));
	doc.transact(() => {
		if (remove > 0) yText.delete(index, remove);
		if (insert.length > 0) yText.insert(index, insert);
	}, origin);
}
