import { describe, expect, it } from 'vitest';
import { mapThrough, rebaseDraft } from './text-draft';

describe('rebaseDraft', () => {
	it('keeps a local insertion and a remote one elsewhere', () => {
		expect(rebaseDraft('bike sharing', 'bike sharing for all', 'e-bike sharing').text).toBe('e-bike sharing for all');
		expect(rebaseDraft('bike sharing', 'cheap bike sharing', 'bike sharing!').text).toBe('cheap bike sharing!');
	});

	it('keeps a local deletion and a remote insertion elsewhere', () => {
		expect(rebaseDraft('free parking app', 'parking app', 'free parking app for vans').text).toBe('parking app for vans');
	});

	it('keeps both when the remote peer typed exactly where the draft did', () => {
		const { text } = rebaseDraft('ab', 'abX', 'abY');
		expect(text).toContain('X');
		expect(text).toContain('Y');
	});

	it('never loses the other person’s text when the changes overlap', () => {
		const { text } = rebaseDraft('hello world', 'hello there', 'hello big world');
		expect(text).toContain('big');
		expect(text).toContain('there');
	});

	it('returns the draft when nothing changed remotely, and the shared text when nothing changed locally', () => {
		expect(rebaseDraft('abc', 'abcd', 'abc').text).toBe('abcd');
		expect(rebaseDraft('abc', 'abc', 'xabc').text).toBe('xabc');
	});

	it('moves the caret past text inserted before it', () => {
		// Caret at the end of the local draft "bike sharing for all" (20); "e-" arrived at the start.
		const { text, map } = rebaseDraft('bike sharing', 'bike sharing for all', 'e-bike sharing');
		expect(map(20)).toBe(text.length);
		expect(map(0)).toBe(0);
	});
});

describe('mapThrough', () => {
	it('shifts positions after a change and clamps those inside it', () => {
		const change = { index: 2, remove: 3, insert: 'X' };
		expect(mapThrough(1, change)).toBe(1);
		expect(mapThrough(2, change)).toBe(2);
		expect(mapThrough(4, change)).toBe(3);
		expect(mapThrough(6, change)).toBe(4);
	});
});
