/**
 * Pointer, wheel and pinch gestures on the board: the thresholds and maths,
 * pure so they can be tested without a browser. The board's one delegated
 * handler (src/lib/ui/canvas/pointer-gestures.ts) feeds them screen points
 * relative to the board's top-left corner.
 */
import * as vp from './viewport.ts';

/** A press moves this far (screen px) before it counts as a drag: fingers wobble more than mice. */
export const DRAG_THRESHOLD = { mouse: 4, touch: 10 } as const;
/** Holding a finger on a note this long selects it (or takes it out of the selection). */
export const LONG_PRESS_MS = 500;
/** Two taps this close in time and place, on the same note or both on empty space, are a double tap. */
export const DOUBLE_TAP_MS = 350;
export const DOUBLE_TAP_DISTANCE = 24;

export const distance = (a: vp.Point, b: vp.Point): number => Math.hypot(a.x - b.x, a.y - b.y);

/** Whether a press that started at `start` has moved far enough to be a drag or a pan. */
export function passedThreshold(start: vp.Point, at: vp.Point, pointerType: string): boolean {
	return distance(start, at) >= (pointerType === 'mouse' ? DRAG_THRESHOLD.mouse : DRAG_THRESHOLD.touch);
}

export interface Tap {
	time: number;
	at: vp.Point;
	/** The note tapped, or null for empty space. */
	noteId: string | null;
}

export function isDoubleTap(previous: Tap | null, next: Tap): boolean {
	return (
		previous !== null &&
		next.time - previous.time < DOUBLE_TAP_MS &&
		distance(previous.at, next.at) < DOUBLE_TAP_DISTANCE &&
		previous.noteId === next.noteId
	);
}

/** Where dragged notes go: each keeps its offset from where the drag began, in whole world units. */
export function draggedPositions(
	origins: ReadonlyMap<string, vp.Point>,
	start: vp.Point,
	at: vp.Point,
	zoom: number
): Map<string, vp.Point> {
	const dx = (at.x - start.x) / zoom;
	const dy = (at.y - start.y) / zoom;
	const moves = new Map<string, vp.Point>();
	for (const [id, from] of origins) moves.set(id, { x: Math.round(from.x + dx), y: Math.round(from.y + dy) });
	return moves;
}

/** A note's size while its corner handle is dragged (the note operation enforces the minimum). */
export function resizedSize(size: vp.Size, start: vp.Point, at: vp.Point, zoom: number): vp.Size {
	return { w: Math.round(size.w + (at.x - start.x) / zoom), h: Math.round(size.h + (at.y - start.y) / zoom) };
}

export interface WheelInput {
	deltaX: number;
	deltaY: number;
	deltaMode: number;
	ctrlKey: boolean;
	metaKey: boolean;
	shiftKey: boolean;
}

/**
 * A wheel event's new view: Ctrl (or Cmd, or a trackpad pinch, which browsers send as
 * ctrl+wheel) zooms around the pointer, otherwise it scrolls; Shift turns a vertical
 * wheel sideways.
 */
export function wheelView(view: vp.View, input: WheelInput, at: vp.Point, screen: vp.Size): vp.View {
	if (input.ctrlKey || input.metaKey) return vp.zoomAt(view, at, vp.wheelZoomFactor(input.deltaY, input.deltaMode));
	let dx = vp.wheelPixels(input.deltaX, input.deltaMode, screen.w);
	let dy = vp.wheelPixels(input.deltaY, input.deltaMode, screen.h);
	if (input.shiftKey && dx === 0) [dx, dy] = [dy, 0];
	return vp.panBy(view, -dx, -dy);
}
