import { describe, expect, it } from 'vitest';
import type { Point } from '$lib/collab/presence.svelte';
import { CursorLayer, cursorTransform, glide, GLIDE_MS } from './cursor-layer';

describe('glide', () => {
	it('goes from one point to the next in a straight line and ends exactly there', () => {
		const from = { x: 0, y: 0 };
		const to = { x: 100, y: -50 };
		expect(glide(from, to, 1000, 1000)).toEqual(from);
		expect(glide(from, to, 1000, 1000 + GLIDE_MS / 2)).toEqual({ x: 50, y: -25 });
		expect(glide(from, to, 1000, 1000 + GLIDE_MS)).toBe(to);
		expect(glide(from, to, 1000, 5000)).toBe(to);
		expect(glide(from, to, 1000, 1000, 0)).toBe(to);
	});
});

/** A stand-in for the arrow's element: only its style's transform is written. */
const arrow = () => ({ style: { transform: '' } }) as unknown as HTMLElement;

function layer(glideMs = GLIDE_MS) {
	const state = { zoom: 1, frames: 0 };
	const cursors = new CursorLayer({ requestFrame: () => state.frames++, zoom: () => state.zoom, glideMs });
	return { cursors, state };
}

describe('CursorLayer', () => {
	it('places an arrow at once, then glides it to each new point over the following frames', () => {
		const { cursors, state } = layer();
		let target: Point | null = { x: 10, y: 20 };
		const el = arrow();
		cursors.add(el, () => target);
		expect(el.style.transform).toBe(cursorTransform({ x: 10, y: 20 }, 1));

		target = { x: 110, y: 20 };
		cursors.moved();
		expect(state.frames).toBe(1);
		expect(cursors.step(0)).toBe(true);
		expect(el.style.transform).toBe(cursorTransform({ x: 10, y: 20 }, 1));
		expect(cursors.step(GLIDE_MS / 2)).toBe(true);
		expect(el.style.transform).toBe(cursorTransform({ x: 60, y: 20 }, 1));
		// A new point mid-glide: it goes on from where it is drawn, not from where it was heading.
		target = { x: 60, y: 120 };
		cursors.step(GLIDE_MS / 2);
		expect(cursors.step(GLIDE_MS)).toBe(true);
		expect(el.style.transform).toBe(cursorTransform({ x: 60, y: 70 }, 1));
		expect(cursors.step(GLIDE_MS * 2)).toBe(false);
		expect(el.style.transform).toBe(cursorTransform({ x: 60, y: 120 }, 1));
	});

	it('writes a transform only when it changed: nothing at rest or on a pan, a new scale on a zoom', () => {
		const { cursors, state } = layer();
		const writes: string[] = [];
		const el = { style: {} } as HTMLElement;
		Object.defineProperty(el.style, 'transform', { set: (v: string) => writes.push(v), get: () => writes.at(-1) ?? '' });
		cursors.add(el, () => ({ x: 5, y: 5 }));
		cursors.step(0);
		cursors.step(16);
		expect(writes).toHaveLength(1);
		state.zoom = 2;
		cursors.step(32);
		expect(writes).toEqual([cursorTransform({ x: 5, y: 5 }, 1), cursorTransform({ x: 5, y: 5 }, 2)]);
		expect(writes[1]).toContain('scale(0.5)');
	});

	it('by default moves an arrow to each update in the next frame, and asks for no frame after it', () => {
		let frames = 0;
		const cursors = new CursorLayer({ requestFrame: () => frames++, zoom: () => 1 });
		let target: Point | null = { x: 0, y: 0 };
		const el = arrow();
		cursors.add(el, () => target);
		target = { x: 30, y: 40 };
		cursors.moved();
		expect(frames).toBe(1);
		expect(cursors.step(0)).toBe(false);
		expect(el.style.transform).toBe(cursorTransform({ x: 30, y: 40 }, 1));
	});

	it('jumps without a glide when asked for no motion, and forgets a removed arrow', () => {
		const { cursors } = layer(0);
		let target: Point | null = { x: 0, y: 0 };
		const el = arrow();
		const remove = cursors.add(el, () => target);
		target = { x: 40, y: 40 };
		expect(cursors.step(0)).toBe(false);
		expect(el.style.transform).toBe(cursorTransform({ x: 40, y: 40 }, 1));
		remove();
		target = { x: 90, y: 90 };
		cursors.step(10);
		expect(el.style.transform).toBe(cursorTransform({ x: 40, y: 40 }, 1));
	});
});
