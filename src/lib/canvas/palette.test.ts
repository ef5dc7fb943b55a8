import { describe, expect, it } from 'vitest';
import { STAKEHOLDERS, STAKEHOLDER_COLORS } from '../domain/stakeholders';
import { SEGMENT_COLORS } from '../domain/templates';
import { notePalette, uniqueSwatches } from './palette';

describe('note palette', () => {
	it('keeps the first swatch of a color that appears twice, whatever its case', () => {
		expect(
			uniqueSwatches([
				{ color: '#aabbcc', name: 'first' },
				{ color: '#112233', name: 'other' },
				{ color: '#AABBCC', name: 'again' }
			])
		).toEqual([
			{ color: '#aabbcc', name: 'first' },
			{ color: '#112233', name: 'other' }
		]);
	});

	it('lists stakeholder colors first, then segment colors, every color once', () => {
		const palette = notePalette({ stakeholder: (s) => `stakeholder ${s}`, segment: (i) => `segment ${i}` });
		expect(palette[0]).toEqual({ color: STAKEHOLDER_COLORS[STAKEHOLDERS[0]], name: `stakeholder ${STAKEHOLDERS[0]}` });
		const colors = palette.map((s) => s.color);
		expect(new Set(colors).size).toBe(colors.length);
		expect(new Set(colors)).toEqual(new Set([...STAKEHOLDERS.map((s) => STAKEHOLDER_COLORS[s]), ...SEGMENT_COLORS]));
	});
});
