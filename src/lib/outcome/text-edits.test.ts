import { describe, expect, it } from 'vitest';
import { diffText, shiftIndex } from './text-edits';

const apply = (text: string, c: ReturnType<typeof diffText>) => (c ? text.slice(0, c.index) + c.insert + text.slice(c.index + c.remove) : text);

describe('a text field change', () => {
	it('is one replaced range', () => {
		expect(diffText('abc', 'abc')).toBeNull();
		expect(diffText('Commuters', 'Commuters who')).toEqual({ index: 9, remove: 0, insert: ' who' });
		expect(diffText('Commuters', 'Comters')).toEqual({ index: 3, remove: 2, insert: '' });
		expect(diffText('Start small.', 'Start early.')).toEqual({ index: 6, remove: 5, insert: 'early' });
		// A repeated letter: the change is placed at the end of the run, either way the result is right.
		expect(apply('aaa', diffText('aaa', 'aaaa'))).toBe('aaaa');
	});

	it('never splits an emoji', () => {
		const change = diffText('a😀b', 'a😃b')!;
		expect(change).toEqual({ index: 1, remove: 2, insert: '😃' });
		for (const [a, b] of [['😀', '😀😀'], ['x😀', '😀'], ['😀😃', '😃']]) expect(apply(a, diffText(a, b))).toBe(b);
	});
});

describe('the caret after a remote change', () => {
	it('moves on for text inserted before it, stays for text after it', () => {
		expect(shiftIndex(5, [{ insert: 'abc' }])).toBe(8);
		expect(shiftIndex(5, [{ retain: 2 }, { insert: 'abc' }])).toBe(8);
		expect(shiftIndex(5, [{ retain: 6 }, { insert: 'abc' }])).toBe(5);
	});

	it('moves back for text deleted before it, and to the start of a deletion around it', () => {
		expect(shiftIndex(5, [{ delete: 2 }])).toBe(3);
		expect(shiftIndex(5, [{ retain: 3 }, { delete: 4 }])).toBe(3);
		expect(shiftIndex(5, [{ retain: 6 }, { delete: 4 }])).toBe(5);
	});

	it('keeps its place at an insert exactly at the caret unless told the insert goes before', () => {
		expect(shiftIndex(5, [{ retain: 5 }, { insert: 'x' }])).toBe(5);
		expect(shiftIndex(5, [{ retain: 5 }, { insert: 'x' }], true)).toBe(6);
	});
});
