import { describe, expect, it } from 'vitest';
import type { Template } from '../domain/templates';
import { blockChange, COLLISION_OFFSET, freeSpotsInBlock, isOccupied, MAX_STEPS, newNotePlacement, NOTE_GAP } from './placement';
import { NOTE_DEFAULT_SIZE } from './schema';

const template: Template = {
	id: 'blank',
	width: 1000,
	height: 500,
	blocks: [
		{ id: 'value-propositions', dimension: 'what', x: 0, y: 0, w: 500, h: 500 },
		{ id: 'notes', dimension: null, x: 520, y: 0, w: 480, h: 500 }
	]
};
const { w, h } = NOTE_DEFAULT_SIZE;

describe('new note placement', () => {
	it('centres the note on the point and takes the block and dimension under its centre', () => {
		expect(newNotePlacement(template, { x: 250, y: 250 }, [])).toEqual({
			x: 250 - w / 2,
			y: 250 - h / 2,
			block: 'value-propositions',
			dimension: 'what'
		});
	});

	it('outside every block has no block and no dimension', () => {
		expect(newNotePlacement(template, { x: 2000, y: 2000 }, [])).toMatchObject({ block: null, dimension: null });
	});

	it('steps aside from a note on the same spot, and again from the next one', () => {
		const first = { x: 250 - w / 2, y: 250 - h / 2 };
		const second = { x: first.x + COLLISION_OFFSET, y: first.y + COLLISION_OFFSET };
		expect(newNotePlacement(template, { x: 250, y: 250 }, [first])).toMatchObject(second);
		expect(newNotePlacement(template, { x: 250, y: 250 }, [first, second])).toMatchObject({
			x: first.x + 2 * COLLISION_OFFSET,
			y: first.y + 2 * COLLISION_OFFSET
		});
	});

	it('ignores notes that are merely near, and gives up after MAX_STEPS on a pile', () => {
		expect(isOccupied([{ x: 0, y: 0 }], 7, -7)).toBe(true);
		expect(isOccupied([{ x: 0, y: 0 }], 8, 0)).toBe(false);
		const pile = Array.from({ length: 40 }, (_, i) => ({ x: 160 + i * COLLISION_OFFSET, y: 190 + i * COLLISION_OFFSET }));
		expect(newNotePlacement(template, { x: 250, y: 250 }, pile)).toMatchObject({
			x: 160 + MAX_STEPS * COLLISION_OFFSET,
			y: 190 + MAX_STEPS * COLLISION_OFFSET
		});
	});

	it('rounds to whole world units', () => {
		expect(newNotePlacement(template, { x: 250.4, y: 249.6 }, [])).toMatchObject({ x: 160, y: 190 });
	});
});

describe('block change after a move', () => {
	const note = { x: 100, y: 100, w, h, block: 'value-propositions', dimension: 'what' as const };

	it('is null while the centre stays in the same block', () => {
		expect(blockChange(template, note)).toBeNull();
	});

	it('takes the new block, and keeps the note’s own dimension when the block has none', () => {
		expect(blockChange(template, { ...note, x: 600 })).toEqual({ block: 'notes', dimension: 'what' });
		expect(blockChange(template, { ...note, x: 2000, dimension: null })).toEqual({ block: null, dimension: null });
	});

	it('takes the block’s dimension over the note’s own', () => {
		expect(blockChange(template, { ...note, block: null, dimension: 'why' })).toEqual({
			block: 'value-propositions',
			dimension: 'what'
		});
	});
});

describe('freeSpotsInBlock', () => {
	const block = { x: 100, y: 100, w: 800, h: 400 };
	const { w, h } = NOTE_DEFAULT_SIZE;
	const overlap = (a: { x: number; y: number }, b: { x: number; y: number; w?: number; h?: number }) =>
		a.x < b.x + (b.w ?? w) && b.x < a.x + w && a.y < b.y + (b.h ?? h) && b.y < a.y + h;

	it('fills an empty block in reading order from its top-left', () => {
		const spots = freeSpotsInBlock(block, [], 5);
		expect(spots[0]).toEqual({ x: 100 + NOTE_GAP, y: 100 + NOTE_GAP });
		expect(spots[1].y).toBe(spots[0].y);
		expect(spots[1].x).toBeGreaterThan(spots[0].x + w);
		// 800 wide takes four notes a row; the fifth starts the next row.
		expect(spots[4]).toEqual({ x: spots[0].x, y: spots[0].y + h + NOTE_GAP });
	});

	it('never puts a note on one already there nor on another new one', () => {
		const existing = [{ x: 120, y: 120, w, h }, { x: 500, y: 300, w: 300, h: 150 }];
		const spots = freeSpotsInBlock(block, existing, 30);
		expect(spots).toHaveLength(30);
		for (const [i, s] of spots.entries()) {
			for (const n of existing) expect(overlap(s, n)).toBe(false);
			for (const other of spots.slice(i + 1)) expect(overlap(s, other)).toBe(false);
		}
	});

	it('goes below a full block rather than on top of a note', () => {
		const spots = freeSpotsInBlock({ x: 0, y: 0, w: 220, h: 150 }, [], 3);
		expect(spots.map((s) => s.y)).toEqual([NOTE_GAP, NOTE_GAP + h + NOTE_GAP, NOTE_GAP + 2 * (h + NOTE_GAP)]);
	});
});
