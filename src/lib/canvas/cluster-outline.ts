/**
 * The region a cluster (a group) is drawn as: pure rules, no DOM. Not one box
 * around all its notes, which would take in any note lying between them, but
 * a padded box per note, bridges between near neighbours, and every piece
 * kept off the notes that are not in the group. A note outside the group
 * then never lies inside the drawn region, unless it lies on a member itself.
 */
import type { Point, Rect } from './viewport.ts';

/** Room around each note (world units). */
export const CLUSTER_PADDING = 18;
/** Room above the top-left note for the group's name. */
export const CLUSTER_NAME_ROOM = 46;
/** Members at most this far apart are joined by a bridge, so a group reads as one region. */
export const CLUSTER_BRIDGE = 240;

export interface ClusterOutline {
	/** Boxes whose union is the region. */
	rects: Rect[];
	/** The smallest box around them all. */
	bounds: Rect;
	/** Where the name goes: the top-left corner of the name's room, and its width. */
	name: Point & { w: number };
}

const overlaps = (a: Rect, b: Rect): boolean => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * A note's box grown by the given room on each side, each side pulled back so
 * it stops at any outsider it would reach. An outsider that overlaps the note
 * itself cannot be kept out this way and is left alone.
 */
function paddedAround(note: Rect, room: { top: number; right: number; bottom: number; left: number }, outsiders: readonly Rect[]): Rect {
	const pad = { ...room };
	for (const other of outsiders) {
		const grown = { x: note.x - pad.left, y: note.y - pad.top, w: note.w + pad.left + pad.right, h: note.h + pad.top + pad.bottom };
		if (!overlaps(grown, other) || overlaps(note, other)) continue;
		// The outsider lies beyond at least one side: pull back the side it is furthest beyond.
		const gaps = {
			right: other.x - (note.x + note.w),
			left: note.x - (other.x + other.w),
			bottom: other.y - (note.y + note.h),
			top: note.y - (other.y + other.h)
		};
		const side = (Object.keys(gaps) as (keyof typeof gaps)[]).reduce((a, b) => (gaps[b] > gaps[a] ? b : a));
		pad[side] = Math.max(0, Math.min(pad[side], gaps[side]));
	}
	return { x: note.x - pad.left, y: note.y - pad.top, w: note.w + pad.left + pad.right, h: note.h + pad.top + pad.bottom };
}

/** The box between two notes that face each other across a gap (sharing a band of rows or columns), or null. */
function bridgeBetween(a: Rect, b: Rect): Rect | null {
	const top = Math.max(a.y, b.y);
	const bottom = Math.min(a.y + a.h, b.y + b.h);
	const left = Math.max(a.x, b.x);
	const right = Math.min(a.x + a.w, b.x + b.w);
	if (bottom > top) {
		const [first, second] = a.x < b.x ? [a, b] : [b, a];
		const gap = second.x - (first.x + first.w);
		if (gap > 0 && gap <= CLUSTER_BRIDGE) return { x: first.x + first.w, y: top, w: gap, h: bottom - top };
	}
	if (right > left) {
		const [first, second] = a.y < b.y ? [a, b] : [b, a];
		const gap = second.y - (first.y + first.h);
		if (gap > 0 && gap <= CLUSTER_BRIDGE) return { x: left, y: first.y + first.h, w: right - left, h: gap };
	}
	return null;
}

/**
 * The outline of a group with `members`, kept off `outsiders` (the other
 * notes; only those near the group matter). Null for a group with no notes.
 */
export function clusterOutline(members: readonly Rect[], outsiders: readonly Rect[]): ClusterOutline | null {
	if (members.length === 0) return null;
	const p = CLUSTER_PADDING;
	// The name sits over the top-most note (the left-most of a row).
	const head = members.reduce((a, b) => (b.y < a.y || (b.y === a.y && b.x < a.x) ? b : a));
	const rects = members.map((note) =>
		paddedAround(note, { top: note === head ? CLUSTER_NAME_ROOM : p, right: p, bottom: p, left: p }, outsiders)
	);
	// Bridges only where no outsider is in the way; a big group is joined by its padding alone.
	if (members.length <= 60)
		for (const [i, a] of members.entries())
			for (const b of members.slice(i + 1)) {
				const bridge = bridgeBetween(a, b);
				if (bridge && !outsiders.some((o) => overlaps(bridge, o))) rects.push(bridge);
			}
	const x = Math.min(...rects.map((r) => r.x));
	const y = Math.min(...rects.map((r) => r.y));
	const bounds = { x, y, w: Math.max(...rects.map((r) => r.x + r.w)) - x, h: Math.max(...rects.map((r) => r.y + r.h)) - y };
	const room = rects[members.indexOf(head)];
	return { rects, bounds, name: { x: room.x, y: room.y, w: room.w } };
}
