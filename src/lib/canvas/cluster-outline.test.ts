import { describe, expect, it } from 'vitest';
import { CLUSTER_NAME_ROOM, CLUSTER_PADDING, clusterOutline } from './cluster-outline';
import type { Rect } from './viewport';

const note = (x: number, y: number): Rect => ({ x, y, w: 180, h: 120 });
const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const contains = (outer: Rect, inner: Rect) =>
	inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.w <= outer.x + outer.w && inner.y + inner.h <= outer.y + outer.h;
/** Whether the point is in the drawn region (the union of its boxes). */
const inRegion = (rects: readonly Rect[], x: number, y: number) => rects.some((r) => x > r.x && x < r.x + r.w && y > r.y && y < r.y + r.h);

describe('clusterOutline', () => {
	it('leaves out a note between two grouped notes that is not in the group', () => {
		const [a, between, c] = [note(0, 0), note(196, 0), note(392, 0)];
		const outline = clusterOutline([a, c], [between])!;
		for (const r of outline.rects) expect(overlaps(r, between), JSON.stringify(r)).toBe(false);
		// The old box around both would have taken it in.
		expect(overlaps(outline.bounds, between)).toBe(true);
		expect(inRegion(outline.rects, between.x + 90, between.y + 60)).toBe(false);
	});

	it('surrounds every member with room around it, and room for the name above the top-left one', () => {
		const members = [note(200, 300), note(0, 0), note(400, 0)];
		const outline = clusterOutline(members, [])!;
		for (const m of members) expect(outline.rects.some((r) => contains(r, m))).toBe(true);
		expect(outline.bounds).toEqual({ x: -CLUSTER_PADDING, y: -CLUSTER_NAME_ROOM, w: 580 + 2 * CLUSTER_PADDING, h: 420 + CLUSTER_NAME_ROOM + CLUSTER_PADDING });
		expect(outline.name).toEqual({ x: -CLUSTER_PADDING, y: -CLUSTER_NAME_ROOM, w: 180 + 2 * CLUSTER_PADDING });
	});

	it('joins near members into one region: the space between them is inside it', () => {
		const outline = clusterOutline([note(0, 0), note(300, 0)], [])!;
		for (let x = 1; x < 480; x += 7) expect(inRegion(outline.rects, x, 60), `x=${x}`).toBe(true);
	});

	it('keeps a neighbour just past the padding out, and the region still around the member', () => {
		const member = note(0, 0);
		const below = note(0, 130);
		const outline = clusterOutline([member], [below])!;
		for (const r of outline.rects) expect(overlaps(r, below)).toBe(false);
		expect(outline.rects.some((r) => contains(r, member))).toBe(true);
	});

	it('has no outline without notes', () => {
		expect(clusterOutline([], [note(0, 0)])).toBeNull();
	});

	it('never draws over a note outside the group (random boards, fixed seeds)', () => {
		const failures: string[] = [];
		for (let seed = 1; seed <= 200; seed++) {
			const random = mulberry32(seed);
			// Notes on a loose grid, nudged at random, some touching: none overlapping another.
			const notes: Rect[] = [];
			for (let row = 0; row < 5; row++)
				for (let col = 0; col < 5; col++) {
					if (random() < 0.3) continue;
					notes.push(note(col * 200 + Math.floor(random() * 20), row * 140 + Math.floor(random() * 20)));
				}
			const members = notes.filter(() => random() < 0.4);
			const outsiders = notes.filter((n) => !members.includes(n));
			const outline = clusterOutline(members, outsiders);
			if (!outline) continue;
			for (const r of outline.rects) for (const o of outsiders) if (overlaps(r, o)) failures.push(`seed ${seed}: ${JSON.stringify(r)} on ${JSON.stringify(o)}`);
			for (const m of members) if (!outline.rects.some((r) => contains(r, m))) failures.push(`seed ${seed}: ${JSON.stringify(m)} not surrounded`);
		}
		expect(failures).toEqual([]);
	});
});

/** A small seeded generator, so a failing board can be replayed by its seed. */
function mulberry32(seed: number): () => number {
	let a = seed;
	return () => {
		a = (a + 0x6d2b79f5) | 0;
		let t = Math.imul(a ^ (a >>> 15), 1 | a);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}
