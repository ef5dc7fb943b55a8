import { describe, expect, it } from 'vitest';
import { diffText } from './text';

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
