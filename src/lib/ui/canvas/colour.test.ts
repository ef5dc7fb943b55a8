import { describe, expect, it } from 'vitest';
import { STAKEHOLDER_COLOURS } from '$lib/domain/stakeholders';
import { contrast, inkFor } from './colour';

describe('inkFor', () => {
	it('gives every stakeholder and palette colour text with at least 4.5:1 contrast', () => {
		for (const colour of [...Object.values(STAKEHOLDER_COLOURS), '#ffffff', '#000000', '#f7b24f', '#d3d3d3'])
			expect(contrast(colour, inkFor(colour))).toBeGreaterThanOrEqual(4.5);
	});

	it('picks white on dark and dark ink on light', () => {
		expect(inkFor('#1d4e89')).toBe('#ffffff');
		expect(inkFor('#edc948')).not.toBe('#ffffff');
	});
});
