import { describe, expect, it } from 'vitest';
import type { Template } from '../domain/templates';
import { blockChange, COLLISION_OFFSET, isOccupied, MAX_STEPS, newNotePlacement } from './placement';
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
