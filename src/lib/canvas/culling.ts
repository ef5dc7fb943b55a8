/**
 * Which notes are in the DOM. A canvas can hold thousands of notes on a phone:
 * only those near the screen are rendered, the set changes only when the view
 * leaves its margin, and new notes join a budget at a time. Pure; the board's
 * VisibleNotes (src/lib/ui/canvas/visible-notes.svelte.ts) keeps the result.
 */
import { byCreation, type Placed } from './keyboard.ts';
import * as vp from './viewport.ts';

/** Notes are kept in the DOM this far outside the screen (in screens), so a pan rarely re-renders. */
export const MARGIN_SCREENS = 0.25;
/**
 * At most this many notes join the DOM per frame while the view moves (nearest the centre
 * first), so zooming out over a full canvas stays smooth; the first render is whole.
 */
export const MOUNT_BUDGET = 80;
/** After the first render, note texts are laid out this many per frame, nearest the centre first. */
export const REVEAL_BATCH = 200;
/**
 * The rendered set shrinks only once it covers this many times the visible area: zooming in
 * and out again (a pinch) then changes nothing in the DOM, while a close-up still renders few.
 */
export const SHRINK_RATIO = 30;
/** The opaque backdrop reaches this far past the template and the notes (world units). */
export const BACKDROP_MARGIN = 1200;

type Culled = Placed & { note: vp.Rect & Placed['note'] };

/** The world rectangle whose notes are rendered: the visible one and a margin. */
export function renderRect(visible: vp.Rect): vp.Rect {
	return vp.expand(visible, Math.max(visible.w, visible.h) * MARGIN_SCREENS);
}

/** Whether the rendered set must be recomputed: out of its margin, or zoomed in so far that most of it is off screen. */
export function needsRecompute(rendered: vp.Rect, visible: vp.Rect): boolean {
	return !vp.contains(rendered, visible) || rendered.w * rendered.h > SHRINK_RATIO * visible.w * visible.h;
}

/** Nearest the world point first. */
export function nearestFirst<T extends Culled>(entries: T[], centre: vp.Point): T[] {
	const away = (n: vp.Rect) => (n.x + n.w / 2 - centre.x) ** 2 + (n.y + n.h / 2 - centre.y) ** 2;
	return entries.sort((a, b) => away(a.note) - away(b.note));
}

export interface CullInput<T> {
	entries: Iterable<T>;
	/** The world rectangle to render (renderRect). */
	query: vp.Rect;
	/** Notes rendered now: they stay without counting against the budget. */
	rendered: ReadonlySet<string>;
	/** Focused, edited or dragged notes: always rendered, wherever they are. */
	pinned: (id: string) => boolean;
	/** The first render is whole; later ones add at most `budget` new notes. */
	whole: boolean;
	centre: vp.Point;
	/** The template sheet, always part of the content bounds. */
	sheet: vp.Size;
	budget?: number;
}

export interface CullResult<T> {
	/** The notes to render, in creation order. */
	notes: T[];
	/** Some notes were left for the next frame. */
	more: boolean;
	/** The template sheet and every note, for the backdrop. */
	content: vp.Rect;
}

export function cull<T extends Culled>(input: CullInput<T>): CullResult<T> {
	const { query: q, rendered, pinned, whole, budget = MOUNT_BUDGET } = input;
	const notes: T[] = [];
	let missing: T[] = [];
	let [minX, minY, maxX, maxY] = [0, 0, input.sheet.w, input.sheet.h];
	for (const entry of input.entries) {
		const note = entry.note;
		if (note.x < minX) minX = note.x;
		if (note.y < minY) minY = note.y;
		if (note.x + note.w > maxX) maxX = note.x + note.w;
		if (note.y + note.h > maxY) maxY = note.y + note.h;
		const inside = note.x <= q.x + q.w && note.x + note.w >= q.x && note.y <= q.y + q.h && note.y + note.h >= q.y;
		const isPinned = pinned(entry.id);
		if (!inside && !isPinned) continue;
		if (rendered.has(entry.id) || whole || isPinned) notes.push(entry);
		else missing.push(entry);
	}
	let more = false;
	if (missing.length > budget) {
		missing = nearestFirst(missing, input.centre).slice(0, budget);
		more = true;
	}
	notes.push(...missing);
	notes.sort(byCreation);
	return { notes, more, content: { x: minX, y: minY, w: maxX - minX, h: maxY - minY } };
}

/**
 * The opaque backdrop under the world: as large as the content and a margin, bounded so the
 * browser paints it once. It only grows again when the content comes near its edge.
 */
export function nextBackdrop(backdrop: vp.Rect, content: vp.Rect): vp.Rect {
	return vp.contains(vp.expand(backdrop, -BACKDROP_MARGIN / 4), content) ? backdrop : vp.expand(content, BACKDROP_MARGIN);
}
