import { describe, expect, it } from 'vitest';
import { BLOCK_DIMENSION, CANVAS_BLOCKS, DIMENSIONS, blocksOf, isDimension, trianglePoints } from './gassmann';

describe('Gassmann dimensions', () => {
	it('maps the nine canvas blocks to the four dimensions as the design says', () => {
		expect(CANVAS_BLOCKS).toHaveLength(9);
		expect(blocksOf('who').sort()).toEqual(['channels', 'customer-relationships', 'customer-segments']);
		expect(blocksOf('what')).toEqual(['value-propositions']);
		expect(blocksOf('how').sort()).toEqual(['key-activities', 'key-partnerships', 'key-resources']);
		expect(blocksOf('why').sort()).toEqual(['cost-structure', 'revenue-streams']);
		for (const block of CANVAS_BLOCKS) expect(DIMENSIONS).toContain(BLOCK_DIMENSION[block]);
	});

	it('recognises only the four dimensions', () => {
		expect(DIMENSIONS.every(isDimension)).toBe(true);
		expect(isDimension('when')).toBe(false);
		expect(isDimension(undefined)).toBe(false);
	});

	it('puts Who at the centre of the triangle and the others at its corners', () => {
		const p = trianglePoints();
		expect(p.what.y).toBeLessThan(p.how.y);
		expect(p.how.x).toBeLessThan(p.why.x);
		expect(p.who.x).toBeCloseTo((p.what.x + p.how.x + p.why.x) / 3);
		expect(p.who.y).toBeCloseTo((p.what.y + p.how.y + p.why.y) / 3);
		for (const point of Object.values(p)) {
			expect(point.x).toBeGreaterThanOrEqual(0);
			expect(point.x).toBeLessThanOrEqual(1);
		}
	});
});
