/**
 * What a text field's change means for its Y.Text, and what a remote change
 * means for the caret: pure, so the binding (text-binding.ts) stays small.
 */

export interface TextChange {
	index: number;
	remove: number;
	insert: string;
}

/**
 * The one replaced range between two values: longest common prefix, then the
 * longest common suffix of the rest. A keystroke, a deletion or a paste is one
 * such range; typing never has to resend the whole text.
 */
export function diffText(before: string, after: string): TextChange | null {
	if (before === after) return null;
	let start = 0;
	const max = Math.min(before.length, after.length);
	while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
	let end = 0;
	while (end < max - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
	// Never split a surrogate pair: widen the range to whole characters.
	if (start > 0 && isHigh(before.charCodeAt(start - 1))) start--;
	if (end > 0 && isLow(before.charCodeAt(before.length - end))) end--;
	return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) };
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** One step of a Yjs text delta. */
export type DeltaStep = { retain: number } | { insert: string | object } | { delete: number };

/**
 * Where a caret at `index` belongs after someone else's change: text inserted
 * before it pushes it on, text deleted before it pulls it back. An insert
 * exactly at the caret goes before it only when `before` says so (the other
 * person typed at the same place: they stay ahead of what we type next).
 */
export function shiftIndex(index: number, delta: readonly DeltaStep[], before = false): number {
	let position = 0;
	let result = index;
	for (const step of delta) {
		if (position > index || (position === index && !before && !('delete' in step))) break;
		if ('retain' in step) position += step.retain;
		else if ('insert' in step) {
			const length = typeof step.insert === 'string' ? step.insert.length : 1;
			result += length;
			position += length;
			index += length;
		} else {
			const removed = Math.min(step.delete, index - position);
			result -= removed;
			index -= removed;
		}
	}
	return result;
}
