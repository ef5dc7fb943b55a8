/**
 * Where a note goes: pure rules, no DOM. A new note is centred where the person
 * looks or double-tapped, stepped aside from a note already on that spot, and
 * takes the template block (and its Who / What / How / Why) its centre lands in.
 */
import type { Dimension } from '../domain/gassmann.ts';
import { placementAt, type Template } from '../domain/templates.ts';
import { NOTE_DEFAULT_SIZE } from './schema.ts';
import type { Point, Rect } from './viewport.ts';

/** A note that would hide another steps this far right and down (world units); duplicates are offset by it too. */
export const COLLISION_OFFSET = 24;
/** Two notes whose corners are closer than this on both axes are on the same spot. */
export const SAME_SPOT = 8;
/** After this many steps the note is placed anyway: a pile of notes must not push it off the canvas. */
export const MAX_STEPS = 12;

export interface NewNotePlacement {
	x: number;
	y: number;
	block: string | null;
	dimension: Dimension | null;
}

/** Whether a note's corner at (x, y) would sit on one of `notes`. */
export function isOccupied(notes: Iterable<Point>, x: number, y: number): boolean {
	for (const note of notes) if (Math.abs(note.x - x) < SAME_SPOT && Math.abs(note.y - y) < SAME_SPOT) return true;
	return false;
}

/** A new note of the default size centred on `centre`, stepped aside from the notes already there. */
export function newNotePlacement(template: Template, centre: Point, notes: Iterable<Point>): NewNotePlacement {
	const { w, h } = NOTE_DEFAULT_SIZE;
	const others = [...notes];
	let x = Math.round(centre.x - w / 2);
	let y = Math.round(centre.y - h / 2);
	for (let i = 0; i < MAX_STEPS && isOccupied(others, x, y); i++) {
		x += COLLISION_OFFSET;
		y += COLLISION_OFFSET;
	}
	const placement = placementAt(template, x + w / 2, y + h / 2);
	return { x, y, block: placement.block, dimension: placement.dimension };
}

/**
 * The block a moved or resized note now belongs to, or null when it stays in its own.
 * A block without a dimension leaves the note's own tag alone.
 */
export function blockChange(
	template: Template,
	note: Rect & { block: string | null; dimension: Dimension | null }
): { block: string | null; dimension: Dimension | null } | null {
	const placement = placementAt(template, note.x + note.w / 2, note.y + note.h / 2);
	if (placement.block === note.block) return null;
	return { block: placement.block, dimension: placement.dimension ?? note.dimension };
}

/** Room left between notes placed side by side in a block. */
export const NOTE_GAP = 16;

/**
 * `count` spots for new notes of the default size inside `block`, in reading
 * order from its top-left corner, each free of `notes` and of the others;
 * when the block is full, the rest go in rows just below it, never on a note.
 */
export function freeSpotsInBlock(block: Rect, notes: Iterable<Rect>, count: number): Point[] {
	const { w, h } = NOTE_DEFAULT_SIZE;
	const taken: Rect[] = [...notes];
	const spots: Point[] = [];
	const overlaps = (x: number, y: number) =>
		taken.some((n) => x < n.x + n.w + NOTE_GAP && n.x < x + w + NOTE_GAP && y < n.y + n.h + NOTE_GAP && n.y < y + h + NOTE_GAP);
	const columns = Math.max(1, Math.floor((block.w - NOTE_GAP) / (w + NOTE_GAP)));
	const left = block.x + NOTE_GAP;
	// Rows inside the block first, then below it, until every note has a spot.
	for (let row = 0; spots.length < count && row < 10_000; row++) {
		const y = block.y + NOTE_GAP + row * (h + NOTE_GAP);
		for (let column = 0; column < columns && spots.length < count; column++) {
			const x = left + column * (w + NOTE_GAP);
			if (overlaps(x, y)) continue;
			spots.push({ x, y });
			taken.push({ x, y, w, h });
		}
	}
	return spots;
}
