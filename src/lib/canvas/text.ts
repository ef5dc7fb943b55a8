/**
 * Minimal edits for a Y.Text. Replacing the whole text would delete every
 * character a peer is typing next to; touching only the changed middle lets
 * concurrent edits at other positions survive the merge.
 */
import type * as Y from 'yjs';

export interface TextChange {
	index: number;
	remove: number;
	insert: string;
}

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The one splice that turns `before` into `after`, in UTF-16 units as Y.Text counts. */
export function diffText(before: string, after: string): TextChange {
	const shorter = Math.min(before.length, after.length);
	let start = 0;
	while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
	// Never cut an emoji (a surrogate pair) in two: Yjs would store half a character.
	if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
	let end = 0;
	while (
		end < shorter - start &&
		before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
	)
		end++;
	if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
	return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

/** Applies the minimal change; call inside a transaction. */
export function replaceText(yText: Y.Text, after: string): void {
	const { index, remove, insert } = diffText(yText.toString(), after);
	if (remove > 0) yText.delete(index, remove);
	if (insert.length > 0) yText.insert(index, insert);
}
