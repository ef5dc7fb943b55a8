/**
 * Plane geometry for template blocks drawn as polygons (the magic triangle):
 * pure functions, world units, y growing downwards. Block shapes are convex
 * (templates.test.ts checks it), which keeps "is this note inside" to four
 * corner tests and a horizontal slice to one interval.
 */

export interface Vertex {
	x: number;
	y: number;
}

export interface Box {
	x: number;
	y: number;
	w: number;
	h: number;
}

/** Points this close to an edge count as on it (rounding of stored coordinates). */
const ON_EDGE = 1e-6;

function distanceToSegment(p: Vertex, a: Vertex, b: Vertex): number {
	const dx = b.x - a.x;
	const dy = b.y - a.y;
	const length = dx * dx + dy * dy;
	const t = length === 0 ? 0 : Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length));
	return Math.hypot(p.x - (a.x + t * dx), p.y - (a.y + t * dy));
}

const edges = (polygon: readonly Vertex[]): [Vertex, Vertex][] => polygon.map((a, i) => [a, polygon[(i + 1) % polygon.length]]);

/** Whether the point lies in the polygon; points on an edge count as inside, as on a rectangle's border. */
export function pointInPolygon(point: Vertex, polygon: readonly Vertex[]): boolean {
	if (!Number.isFinite(point.x) || !Number.isFinite(point.y) || polygon.length < 3) return false;
	let inside = false;
	for (const [a, b] of edges(polygon)) {
		if (distanceToSegment(point, a, b) <= ON_EDGE) return true;
		// Even-odd rule: count crossings of a ray going right from the point.
		if (a.y > point.y !== b.y > point.y && point.x < a.x + ((point.y - a.y) * (b.x - a.x)) / (b.y - a.y)) inside = !inside;
	}
	return inside;
}

/** How far the point is from the polygon: 0 inside or on it. */
export function distanceToPolygon(point: Vertex, polygon: readonly Vertex[]): number {
	if (pointInPolygon(point, polygon)) return 0;
	return Math.min(...edges(polygon).map(([a, b]) => distanceToSegment(point, a, b)));
}

const corners = (box: Box): Vertex[] => [
	{ x: box.x, y: box.y },
	{ x: box.x + box.w, y: box.y },
	{ x: box.x + box.w, y: box.y + box.h },
	{ x: box.x, y: box.y + box.h }
];

/** Whether the whole box lies inside a convex polygon (its four corners do). */
export function boxInConvexPolygon(box: Box, polygon: readonly Vertex[]): boolean {
	return corners(box).every((corner) => pointInPolygon(corner, polygon));
}

/**
 * Whether a box and a convex polygon share some area (touching edges do not
 * count): separating-axis test over the box's axes and the polygon's edge normals.
 */
export function boxOverlapsConvexPolygon(box: Box, polygon: readonly Vertex[]): boolean {
	const boxCorners = corners(box);
	const axes: Vertex[] = [{ x: 1, y: 0 }, { x: 0, y: 1 }, ...edges(polygon).map(([a, b]) => ({ x: a.y - b.y, y: b.x - a.x }))];
	for (const axis of axes) {
		const project = (points: readonly Vertex[]) => points.map((p) => p.x * axis.x + p.y * axis.y);
		const boxSpan = project(boxCorners);
		const shapeSpan = project(polygon);
		if (Math.max(...boxSpan) <= Math.min(...shapeSpan) + ON_EDGE || Math.max(...shapeSpan) <= Math.min(...boxSpan) + ON_EDGE) return false;
	}
	return true;
}

/** The polygon's horizontal extent at height y, or null where the line misses it. */
export function sliceAt(polygon: readonly Vertex[], y: number): { left: number; right: number } | null {
	let left = Infinity;
	let right = -Infinity;
	for (const [a, b] of edges(polygon)) {
		if (y < Math.min(a.y, b.y) || y > Math.max(a.y, b.y)) continue;
		const xs = a.y === b.y ? [a.x, b.x] : [a.x + ((y - a.y) * (b.x - a.x)) / (b.y - a.y)];
		for (const x of xs) [left, right] = [Math.min(left, x), Math.max(right, x)];
	}
	return left <= right ? { left, right } : null;
}

/** The smallest box holding every point. */
export function boundsOfPolygon(polygon: readonly Vertex[]): Box {
	const xs = polygon.map((p) => p.x);
	const ys = polygon.map((p) => p.y);
	const x = Math.min(...xs);
	const y = Math.min(...ys);
	return { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
}

/** Twice the signed area: positive when the points go clockwise on screen (y down). */
const signedArea2 = (polygon: readonly Vertex[]): number => edges(polygon).reduce((sum, [a, b]) => sum + a.x * b.y - b.x * a.y, 0);

/** Whether every turn along the polygon goes the same way (a convex shape, no dents). */
export function isConvex(polygon: readonly Vertex[]): boolean {
	if (polygon.length < 3) return false;
	const turns = polygon.map((a, i) => {
		const b = polygon[(i + 1) % polygon.length];
		const c = polygon[(i + 2) % polygon.length];
		return Math.sign((b.x - a.x) * (c.y - b.y) - (b.y - a.y) * (c.x - b.x));
	});
	return turns.every((t) => t >= 0) || turns.every((t) => t <= 0);
}

/**
 * A convex polygon with every edge moved inwards by `inset` (so two shapes
 * that shared an edge end up 2 x inset apart), corners rounded to whole units.
 */
export function insetConvexPolygon(polygon: readonly Vertex[], inset: number): Vertex[] {
	const direction = Math.sign(signedArea2(polygon));
	// Each edge as a line n . p = c with n its unit normal pointing inwards.
	const lines = edges(polygon).map(([a, b]) => {
		const length = Math.hypot(b.x - a.x, b.y - a.y);
		const n = { x: (-(b.y - a.y) / length) * direction, y: ((b.x - a.x) / length) * direction };
		return { n, c: n.x * a.x + n.y * a.y + inset };
	});
	return lines.map((line, i) => {
		const previous = lines[(i - 1 + lines.length) % lines.length];
		const det = previous.n.x * line.n.y - previous.n.y * line.n.x;
		const x = (previous.c * line.n.y - previous.n.y * line.c) / det;
		const y = (previous.n.x * line.c - previous.c * line.n.x) / det;
		return { x: Math.round(x), y: Math.round(y) };
	});
}
