/**
 * Viewport maths for the canvas board: pure functions, no DOM.
 *
 * A view maps world units (where notes and template blocks live) to screen
 * pixels relative to the board's top-left corner:
 *
 *     screen = world * zoom + (x, y)
 *
 * so { x, y } is where the world origin appears on screen. The board applies
 * it as one CSS `transform: translate(x, y) scale(zoom)` on its world layer.
 */

export interface View {
	x: number;
	y: number;
	zoom: number;
}

export interface Point {
	x: number;
	y: number;
}

export interface Size {
	w: number;
	h: number;
}

export interface Rect {
	x: number;
	y: number;
	w: number;
	h: number;
}

export const MIN_ZOOM = 0.1;
export const MAX_ZOOM = 4;

export const IDENTITY_VIEW: View = { x: 0, y: 0, zoom: 1 };

export function clampZoom(zoom: number): number {
	if (!Number.isFinite(zoom)) return 1;
	return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

/** A view that is safe to apply: finite numbers, zoom inside its bounds. */
export function sanitizeView(view: Partial<View> | null | undefined, fallback: View = IDENTITY_VIEW): View {
	const x = view?.x;
	const y = view?.y;
	const zoom = view?.zoom;
	return {
		x: typeof x === 'number' && Number.isFinite(x) ? x : fallback.x,
		y: typeof y === 'number' && Number.isFinite(y) ? y : fallback.y,
		zoom: typeof zoom === 'number' && Number.isFinite(zoom) ? clampZoom(zoom) : fallback.zoom
	};
}

export function screenToWorld(view: View, point: Point): Point {
	return { x: (point.x - view.x) / view.zoom, y: (point.y - view.y) / view.zoom };
}

export function worldToScreen(view: View, point: Point): Point {
	return { x: point.x * view.zoom + view.x, y: point.y * view.zoom + view.y };
}

/** Moves the world by a screen distance (a drag or a wheel scroll). */
export function panBy(view: View, dx: number, dy: number): View {
	return { x: view.x + dx, y: view.y + dy, zoom: view.zoom };
}

/**
 * Zooms by `factor` keeping the world point under `screenPoint` where it is
 * (zoom towards the pointer). The zoom is clamped to MIN_ZOOM..MAX_ZOOM; at a
 * bound the view does not move.
 */
export function zoomAt(view: View, screenPoint: Point, factor: number): View {
	const zoom = clampZoom(view.zoom * (Number.isFinite(factor) && factor > 0 ? factor : 1));
	if (zoom === view.zoom) return view;
	const anchor = screenToWorld(view, screenPoint);
	return { x: screenPoint.x - anchor.x * zoom, y: screenPoint.y - anchor.y * zoom, zoom };
}

/** Zooms to an absolute level around a screen point. */
export function zoomTo(view: View, screenPoint: Point, zoom: number): View {
	return zoomAt(view, screenPoint, clampZoom(zoom) / view.zoom);
}

const distance = (a: Point, b: Point): number => Math.hypot(a.x - b.x, a.y - b.y);
const midpoint = (a: Point, b: Point): Point => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });

/**
 * A two-finger gesture from one pair of touch points to the next: the world
 * point under the fingers' previous midpoint ends up under their new midpoint
 * (two-finger drag pans), and the zoom follows the change of the distance
 * between the fingers (pinch zooms). Fingers on the same spot only pan.
 */
export function pinch(view: View, previous: readonly [Point, Point], next: readonly [Point, Point]): View {
	const before = distance(previous[0], previous[1]);
	const after = distance(next[0], next[1]);
	const factor = before > 0 && after > 0 ? after / before : 1;
	const from = midpoint(previous[0], previous[1]);
	const to = midpoint(next[0], next[1]);
	const anchor = screenToWorld(view, from);
	const zoom = clampZoom(view.zoom * factor);
	return { x: to.x - anchor.x * zoom, y: to.y - anchor.y * zoom, zoom };
}

/**
 * The view that shows `bounds` whole, centred, with `padding` screen pixels
 * on every side (less when the screen is too small for it), zoom clamped.
 */
export function fit(bounds: Rect, screen: Size, padding = 32): View {
	const pad = Math.max(0, Math.min(padding, screen.w / 4, screen.h / 4));
	const availableW = Math.max(1, screen.w - 2 * pad);
	const availableH = Math.max(1, screen.h - 2 * pad);
	const w = Math.max(1, bounds.w);
	const h = Math.max(1, bounds.h);
	const zoom = clampZoom(Math.min(availableW / w, availableH / h));
	return centreOn({ x: bounds.x + bounds.w / 2, y: bounds.y + bounds.h / 2 }, zoom, screen);
}

/** The view with `world` in the middle of the screen at `zoom`. */
export function centreOn(world: Point, zoom: number, screen: Size): View {
	const z = clampZoom(zoom);
	return { x: screen.w / 2 - world.x * z, y: screen.h / 2 - world.y * z, zoom: z };
}

/** The world point in the middle of the screen. */
export function viewCentre(view: View, screen: Size): Point {
	return screenToWorld(view, { x: screen.w / 2, y: screen.h / 2 });
}

/** The part of the world the screen shows. */
export function visibleWorldRect(view: View, screen: Size): Rect {
	const topLeft = screenToWorld(view, { x: 0, y: 0 });
	return { x: topLeft.x, y: topLeft.y, w: screen.w / view.zoom, h: screen.h / view.zoom };
}

/** A rectangle grown by `margin` on every side (shrunk for a negative margin, never below zero size). */
export function expand(rect: Rect, margin: number): Rect {
	const w = Math.max(0, rect.w + 2 * margin);
	const h = Math.max(0, rect.h + 2 * margin);
	return { x: rect.x + (rect.w - w) / 2, y: rect.y + (rect.h - h) / 2, w, h };
}

/** Whether two rectangles overlap, after growing `a` by `margin`. Touching edges count. */
export function intersects(a: Rect, b: Rect, margin = 0): boolean {
	return (
		a.x - margin <= b.x + b.w && b.x <= a.x + a.w + margin && a.y - margin <= b.y + b.h && b.y <= a.y + a.h + margin
	);
}

/** Whether `inner` lies entirely inside `outer`. */
export function contains(outer: Rect, inner: Rect): boolean {
	return (
		inner.x >= outer.x &&
		inner.y >= outer.y &&
		inner.x + inner.w <= outer.x + outer.w &&
		inner.y + inner.h <= outer.y + outer.h
	);
}

/** The smallest rectangle around all the given ones, or null for none. */
export function boundsOf(rects: Iterable<Rect>): Rect | null {
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (const r of rects) {
		minX = Math.min(minX, r.x);
		minY = Math.min(minY, r.y);
		maxX = Math.max(maxX, r.x + r.w);
		maxY = Math.max(maxY, r.y + r.h);
	}
	return minX === Infinity ? null : { x: minX, y: minY, w: maxX - minX, h: maxY - minY };
}

/**
 * How far a wheel event should zoom: ctrl+wheel and trackpad pinches (which
 * browsers report as ctrl+wheel) send small deltas, mouse wheels large ones;
 * the exponential keeps both smooth and symmetric (in then out returns).
 */
export function wheelZoomFactor(deltaY: number, deltaMode = 0): number {
	const pixels = deltaMode === 1 ? deltaY * 16 : deltaMode === 2 ? deltaY * 400 : deltaY;
	const clamped = Math.max(-100, Math.min(100, pixels));
	return Math.exp(-clamped * 0.01);
}

/** A wheel event's scroll distance in pixels, whatever unit the browser reported it in. */
export function wheelPixels(delta: number, deltaMode = 0, page = 800): number {
	return deltaMode === 1 ? delta * 16 : deltaMode === 2 ? delta * page : delta;
}

export const sameView = (a: View, b: View, epsilon = 1e-6): boolean =>
	Math.abs(a.x - b.x) < epsilon && Math.abs(a.y - b.y) < epsilon && Math.abs(a.zoom - b.zoom) < epsilon;

/** Ease-out cubic: quick at first, settling gently. */
export const easeOut = (t: number): number => 1 - (1 - Math.min(1, Math.max(0, t))) ** 3;

/**
 * The view `t` (0..1) of the way from `from` to `to`: the centre moves in a straight
 * line and the zoom changes geometrically, so zooming in and out feel the same speed.
 */
export function easeView(from: View, to: View, t: number, screen: Size): View {
	if (t >= 1) return to;
	const ease = easeOut(t);
	const a = viewCentre(from, screen);
	const b = viewCentre(to, screen);
	const zoom = Math.exp(Math.log(from.zoom) + (Math.log(to.zoom) - Math.log(from.zoom)) * ease);
	return centreOn({ x: a.x + (b.x - a.x) * ease, y: a.y + (b.y - a.y) * ease }, zoom, screen);
}

// ---- The opening view: readable text, not the whole sheet in a corner of a phone ----------

/** Note text smaller than this on screen (px) cannot be read on a phone held at arm's length. */
export const READABLE_TEXT_PX = 12;
/** Narrower than this the board is a phone's: open on one block filling the width. */
export const PHONE_WIDTH = 600;
/** Opening on a small block never zooms in further than this (a block is not a close-up). */
export const OPENING_MAX_ZOOM = 1.5;

/** The block whose centre is nearest `point` (the sheet's centre: the canvas's heart), or null for none. */
export function nearestBlock<T extends Rect>(blocks: readonly T[], point: Point): T | null {
	let best: T | null = null;
	let bestDistance = Infinity;
	for (const block of blocks) {
		const d = Math.hypot(block.x + block.w / 2 - point.x, block.y + block.h / 2 - point.y);
		if (d < bestDistance) [best, bestDistance] = [block, d];
	}
	return best;
}

/**
 * A view of one block: on a phone filling the width, elsewhere whole, but never
 * smaller than `minZoom` (readable text) nor larger than OPENING_MAX_ZOOM. What
 * fits is centred; what does not starts at the block's top-left corner, where
 * its first notes are placed.
 */
export function blockView(block: Rect, screen: Size, options: { minZoom: number; fillWidth: boolean; padding: number }): View {
	const pad = Math.max(0, Math.min(options.padding, screen.w / 4, screen.h / 4));
	const availableW = Math.max(1, screen.w - 2 * pad);
	const availableH = Math.max(1, screen.h - 2 * pad);
	const w = Math.max(1, block.w);
	const h = Math.max(1, block.h);
	const wanted = options.fillWidth ? availableW / w : Math.min(availableW / w, availableH / h);
	const zoom = clampZoom(Math.min(OPENING_MAX_ZOOM, Math.max(options.minZoom, wanted)));
	const x = w * zoom <= availableW + 0.5 ? (screen.w - w * zoom) / 2 - block.x * zoom : pad - block.x * zoom;
	const y = h * zoom <= availableH + 0.5 ? (screen.h - h * zoom) / 2 - block.y * zoom : pad - block.y * zoom;
	return { x, y, zoom };
}

/**
 * The view a canvas opens with. `textPx` is a note's text size at zoom 1. On a
 * phone: `block` filling the width. Elsewhere: everything fitted, unless that
 * makes the text unreadable; then `block` too. Without a block, the content
 * fitted but never below readable, from its top-left corner.
 */
export function openingView(content: Rect, block: Rect | null, screen: Size, textPx: number): View {
	const phone = screen.w < PHONE_WIDTH;
	const padding = phone ? 16 : 48;
	const readable = READABLE_TEXT_PX / textPx;
	if (!phone) {
		const all = fit(content, screen, padding);
		if (all.zoom >= readable - 1e-9) return all;
	}
	return blockView(block ?? content, screen, { minZoom: readable, fillWidth: phone, padding });
}
