import { describe, expect, it } from 'vitest';
import {
	boundsOfPolygon,
	boxInConvexPolygon,
	boxOverlapsConvexPolygon,
	distanceToPolygon,
	insetConvexPolygon,
	isConvex,
	pointInPolygon,
	sliceAt
} from './shapes.ts';

// A triangle with its apex on top, as the magic triangle's What corner.
const triangle = [
	{ x: 100, y: 0 },
	{ x: 200, y: 200 },
	{ x: 0, y: 200 }
];

describe('pointInPolygon', () => {
	it('finds points inside and outside a triangle, though inside its bounding box', () => {
		expect(pointInPolygon({ x: 100, y: 150 }, triangle)).toBe(true);
		expect(pointInPolygon({ x: 10, y: 10 }, triangle)).toBe(false);
		expect(pointInPolygon({ x: 190, y: 20 }, triangle)).toBe(false);
		expect(pointInPolygon({ x: 100, y: 201 }, triangle)).toBe(false);
	});

	it('counts edges and corners as inside, as a rectangle’s border is', () => {
		expect(pointInPolygon({ x: 100, y: 200 }, triangle)).toBe(true);
		expect(pointInPolygon({ x: 50, y: 100 }, triangle)).toBe(true);
		expect(pointInPolygon({ x: 100, y: 0 }, triangle)).toBe(true);
		expect(pointInPolygon({ x: 49, y: 100 }, triangle)).toBe(false);
	});

	it('is false for a point that is not a number, and for fewer than three corners', () => {
		expect(pointInPolygon({ x: Number.NaN, y: 100 }, triangle)).toBe(false);
		expect(pointInPolygon({ x: 0, y: 0 }, triangle.slice(0, 2))).toBe(false);
	});
});

describe('distanceToPolygon', () => {
	it('is 0 inside and the distance to the nearest edge outside', () => {
		expect(distanceToPolygon({ x: 100, y: 100 }, triangle)).toBe(0);
		expect(distanceToPolygon({ x: 100, y: 230 }, triangle)).toBeCloseTo(30);
		expect(distanceToPolygon({ x: 100, y: -10 }, triangle)).toBeCloseTo(10);
	});
});

describe('boxes and convex polygons', () => {
	it('a box is inside only when all four corners are', () => {
		expect(boxInConvexPolygon({ x: 60, y: 120, w: 80, h: 60 }, triangle)).toBe(true);
		// Its top corners poke out of the triangle's slanted sides.
		expect(boxInConvexPolygon({ x: 40, y: 60, w: 120, h: 60 }, triangle)).toBe(false);
		expect(boxInConvexPolygon({ x: 0, y: 200, w: 200, h: 0 }, triangle)).toBe(true);
	});

	it('a box overlaps when they share area, not when they only touch or lie apart', () => {
		expect(boxOverlapsConvexPolygon({ x: 90, y: 190, w: 20, h: 20 }, triangle)).toBe(true);
		// Inside the triangle's bounding box, but beside its slanted edge.
		expect(boxOverlapsConvexPolygon({ x: 150, y: 0, w: 40, h: 40 }, triangle)).toBe(false);
		expect(boxOverlapsConvexPolygon({ x: 0, y: 200, w: 200, h: 30 }, triangle)).toBe(false);
		// A box holding the whole triangle overlaps it.
		expect(boxOverlapsConvexPolygon({ x: -10, y: -10, w: 300, h: 300 }, triangle)).toBe(true);
	});
});

describe('sliceAt', () => {
	it('gives the horizontal extent at a height, null above or below', () => {
		expect(sliceAt(triangle, 100)).toEqual({ left: 50, right: 150 });
		expect(sliceAt(triangle, 200)).toEqual({ left: 0, right: 200 });
		expect(sliceAt(triangle, 0)).toEqual({ left: 100, right: 100 });
		expect(sliceAt(triangle, -1)).toBeNull();
		expect(sliceAt(triangle, 201)).toBeNull();
	});
});

describe('insetConvexPolygon', () => {
	it('moves every edge inwards by the inset, whichever way the corners go', () => {
		const square = [
			{ x: 0, y: 0 },
			{ x: 100, y: 0 },
			{ x: 100, y: 100 },
			{ x: 0, y: 100 }
		];
		expect(insetConvexPolygon(square, 10)).toEqual([
			{ x: 10, y: 10 },
			{ x: 90, y: 10 },
			{ x: 90, y: 90 },
			{ x: 10, y: 90 }
		]);
		expect(insetConvexPolygon([...square].reverse(), 10)).toEqual([
			{ x: 10, y: 90 },
			{ x: 90, y: 90 },
			{ x: 90, y: 10 },
			{ x: 10, y: 10 }
		]);
	});

	it('keeps a triangle’s corners inside the original, about the inset from each edge', () => {
		const inner = insetConvexPolygon(triangle, 10);
		// A two-corner "polygon" is one edge: nothing is inside it, so this is the distance to that edge.
		const edgeDistances = (p: { x: number; y: number }) =>
			triangle.map((a, i) => distanceToPolygon(p, [a, triangle[(i + 1) % triangle.length]])).sort((a, b) => a - b);
		for (const p of inner) {
			expect(pointInPolygon(p, triangle)).toBe(true);
			// Each corner lies on two inset edges: 10 from them (give or take rounding), further from the third.
			const [near, next, far] = edgeDistances(p);
			expect(near).toBeGreaterThan(9);
			expect(next).toBeLessThan(11);
			expect(far).toBeGreaterThan(11);
		}
		expect(boundsOfPolygon(inner).y + boundsOfPolygon(inner).h).toBe(190);
	});
});

describe('isConvex', () => {
	it('accepts triangles and rectangles, refuses a shape with a dent', () => {
		expect(isConvex(triangle)).toBe(true);
		expect(
			isConvex([
				{ x: 0, y: 0 },
				{ x: 100, y: 0 },
				{ x: 50, y: 40 },
				{ x: 100, y: 100 },
				{ x: 0, y: 100 }
			])
		).toBe(false);
	});
});
