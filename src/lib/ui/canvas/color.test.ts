import { describe, expect, it } from 'vitest';
import { STAKEHOLDER_COLORS } from '$lib/domain/stakeholders';
import { contrast, inkFor } from './color';

describe('inkFor', () => {
	it('gives every stakeholder and palette color text with at least 4.5:1 contrast', () => {
		for (const color of [...Object.values(STAKEHOLDER_COLORS), '#ffffff', '#000000', '#f7b24f', '#d3d3d3'])
			expect(contrast(color, inkFor(color))).toBeGreaterThanOrEqual(4.5);
	});

	it('picks white on dark and dark ink on light', () => {
		expect(inkFor('#1d4e89')).toBe('#ffffff');
		expect(inkFor('#edc948')).not.toBe('#ffffff');
	});
});
