import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNote } from './notes';
import { diffText, noteText, shiftThrough, spliceNoteText, type TextChange, type TextDelta } from './text';

const apply = (before: string, after: string): string => {
	const { index, remove, insert } = diffText(before, after);
	return before.slice(0, index) + insert + before.slice(index + remove);
};

describe('diffText', () => {
	it('finds the one changed middle', () => {
		expect(diffText('Hello world', 'Hello brave world')).toEqual({ index: 6, remove: 0, insert: 'brave ' });
		expect(diffText('Hello brave world', 'Hello world')).toEqual({ index: 6, remove: 6, insert: '' });
		expect(diffText('abc', 'abc')).toEqual({ index: 3, remove: 0, insert: '' });
		expect(diffText('', 'new')).toEqual({ index: 0, remove: 0, insert: 'new' });
		expect(diffText('old', '')).toEqual({ index: 0, remove: 3, insert: '' });
	});

	it('does not let prefix and suffix overlap on repeated letters', () => {
		expect(diffText('aaa', 'aaaa')).toEqual({ index: 3, remove: 0, insert: 'a' });
		expect(diffText('abab', 'ab')).toEqual({ index: 2, remove: 2, insert: '' });
		for (const [a, b] of [['aaa', 'aa'], ['abcabc', 'abc'], ['xyx', 'xyxyx']]) expect(apply(a, b)).toBe(b);
	});

	it('never splits an emoji in two', () => {
		// 👍 and 👎 share their first UTF-16 unit; a naive diff would keep half of it.
		const change = diffText('ok 👍 done', 'ok 👎 done');
		expect(change).toEqual({ index: 3, remove: 2, insert: '👎' });
		expect(diffText('👍', '👍👍').insert).toBe('👍');
		for (const [a, b] of [['a😀b', 'a😁b'], ['😀😀', '😀'], ['x🚲', '🚲'], ['🚲x', '🚴x']]) {
			const { index, remove, insert } = diffText(a, b);
			expect(apply(a, b)).toBe(b);
			for (const part of [a.slice(0, index), a.slice(index, index + remove), a.slice(index + remove), insert])
				expect(part.isWellFormed(), `${a} -> ${b}`).toBe(true);
		}
	});
});

describe('diffText at the caret (one input)', () => {
	it('places a repeated letter where it was typed, not at the end', () => {
		// "aaa" -> "aaaa" with the caret at 2: typed at 1.
		expect(diffText('aaa', 'aaaa', 2)).toEqual({ index: 1, remove: 0, insert: 'a' });
		expect(diffText('aaa', 'aaaa', 4)).toEqual({ index: 3, remove: 0, insert: 'a' });
		// Backspace at 2 in "aaa" leaves the caret at 1.
		expect(diffText('aaa', 'aa', 1)).toEqual({ index: 1, remove: 1, insert: '' });
		expect(diffText('abab', 'ab', 0)).toEqual({ index: 0, remove: 2, insert: '' });
	});

	it('takes typing, paste over a selection and deletion as one splice', () => {
		expect(diffText('Hello world', 'Hello brave world', 12)).toEqual({ index: 6, remove: 0, insert: 'brave ' });
		expect(diffText('hello world', 'hello there', 11)).toEqual({ index: 6, remove: 5, insert: 'there' });
		expect(diffText('bike lanes', 'bike', 4)).toEqual({ index: 4, remove: 6, insert: '' });
		expect(diffText('', 'x', 1)).toEqual({ index: 0, remove: 0, insert: 'x' });
	});

	it('never splits an emoji at the caret either', () => {
		expect(diffText('ok 👍 done', 'ok 👎 done', 5)).toEqual({ index: 3, remove: 2, insert: '👎' });
		expect(diffText('👍', '👍👍', 2).insert).toBe('👍');
	});
});

describe('shiftThrough', () => {
	/** The delta a change made to `text`, as a Y.Text observer sees it. */
	const deltaOf = (text: string, change: (t: Y.Text) => void): TextDelta => {
		const yText = new Y.Doc().getText('t');
		yText.insert(0, text);
		let delta: TextDelta = [];
		yText.observe((event) => (delta = event.delta as TextDelta));
		change(yText);
		return delta;
	};

	it('moves a caret after a remote insertion or deletion, and leaves one before it', () => {
		const insert = deltaOf('bike lanes', (t) => t.insert(0, 'e-'));
		expect(shiftThrough(10, insert)).toBe(12);
		expect(shiftThrough(0, insert)).toBe(0);
		const later = deltaOf('bike lanes', (t) => t.insert(5, 'safe '));
		expect(shiftThrough(4, later)).toBe(4);
		expect(shiftThrough(5, later)).toBe(5);
		expect(shiftThrough(6, later)).toBe(11);
		const removed = deltaOf('bike lanes', (t) => t.delete(0, 5));
		expect(shiftThrough(10, removed)).toBe(5);
		// Inside the deleted part: to where it was.
		expect(shiftThrough(3, removed)).toBe(0);
	});

	it('follows a delta of several parts', () => {
		const delta = deltaOf('abcdef', (t) => t.doc!.transact(() => { t.delete(1, 2); t.insert(2, 'XY'); }));
		// "abcdef" -> "adef" -> "adXYef"
		expect(shiftThrough(6, delta)).toBe(6);
		expect(shiftThrough(4, delta)).toBe(2);
		expect(shiftThrough(2, delta)).toBe(1);
		expect(shiftThrough(0, delta)).toBe(0);
	});
});

describe('spliceNoteText', () => {
	it('merges two people typing in one note character by character', () => {
		const [a, b] = [new Y.Doc(), new Y.Doc()];
		const id = addNote(a, { x: 0, y: 0, text: 'bike lanes', author: 'u1', stakeholder: 'city' });
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		// Each types at once, neither has seen the other's keys yet.
		const type = (doc: Y.Doc, at: number, word: string) =>
			[...word].forEach((ch, i) => spliceNoteText(doc, id, { index: at + i, remove: 0, insert: ch } satisfies TextChange));
		type(a, 0, 'safe ');
		type(b, 10, ' downtown');
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
		expect(noteText(a, id)!.toString()).toBe('safe bike lanes downtown');
		expect(noteText(b, id)!.toString()).toBe('safe bike lanes downtown');
	});

	it('refuses a change past the end or over the length limit, leaving the text as it was', () => {
		const doc = new Y.Doc();
		const id = addNote(doc, { x: 0, y: 0, text: 'abc', author: 'u1', stakeholder: 'city' });
		expect(() => spliceNoteText(doc, id, { index: 2, remove: 5, insert: '' })).toThrow();
		expect(() => spliceNoteText(doc, id, { index: 3, remove: 0, insert: 'x'.repeat(5000) })).toThrow();
		expect(noteText(doc, id)!.toString()).toBe('abc');
		expect(noteText(doc, 'gone')).toBeNull();
	});
});
