import { describe, expect, it } from 'vitest';
import { wrapText } from './wrap-text';

describe('wrapText', () => {
	it('breaks at spaces within the line length', () => {
		expect(wrapText('Residents and commuters in the district', 16, 5)).toEqual(['Residents and', 'commuters in the', 'district']);
	});

	it('marks cut text with an ellipsis on the last line', () => {
		const lines = wrapText('one two three four five six seven eight nine ten', 10, 2);
		expect(lines).toHaveLength(2);
		expect(lines[1].endsWith('…')).toBe(true);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(10);
	});

	it('splits a word longer than a line', () => {
		const lines = wrapText('supercalifragilistic', 8, 5);
		expect(lines.join('')).toBe('supercalifragilistic');
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(8);
	});

	it('returns nothing for empty text', () => {
		expect(wrapText('   ', 10, 3)).toEqual([]);
	});
});
