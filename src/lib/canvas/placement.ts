/**
 * Where a note goes: pure rules, no DOM. A new note goes into the block its
 * author is working in (the one they tapped or chose, or the one in view), in
 * that block's first free spot, and takes the block (and its Who / What / How /
 * Why). When a remote note lands on the same spot, the later of the two moves.
 */
import type { Dimension } from '../domain/gassmann.ts';
import { blockAt, placementAt, type Template, type TemplateBlock } from '../domain/templates.ts';
import { NOTE_DEFAULT_SIZE } from './schema.ts';
import type { Point, Rect } from './viewport.ts';

/** Duplicates are offset this far right and down (world units). */
export const COLLISION_OFFSET = 24;
export interface NewNotePlacement {
	x: number;
	y: number;
	block: string | null;
	dimension: Dimension | null;
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

/** Where a new note goes: into a block by its id, or where the person tapped (the block there, if any). */
export type NoteTarget = { block: string } | Point;

/** The block whose region holds `point`, else the nearest one; null on a template without blocks. */
export function blockInView(template: Template, point: Point): TemplateBlock | null {
	let best: TemplateBlock | null = null;
	let bestDistance = Infinity;
	for (const block of template.blocks) {
		const dx = Math.max(block.x - point.x, 0, point.x - (block.x + block.w));
		const dy = Math.max(block.y - point.y, 0, point.y - (block.y + block.h));
		const distance = dx * dx + dy * dy;
		if (distance < bestDistance) [best, bestDistance] = [block, distance];
	}
	return best;
}

/** Where the "Add note" button puts a note: in the block in view, or at the view's centre on a blank canvas. */
export function targetInView(template: Template, centre: Point): NoteTarget {
	const block = blockInView(template, centre);
	return block ? { block: block.id } : centre;
}

/** The region a note is placed in: its block, or off every block a one-note region centred on the point. */
function regionFor(template: Template, target: NoteTarget): { region: Rect; block: TemplateBlock | null } {
	const block = 'block' in target ? (template.blocks.find((b) => b.id === target.block) ?? null) : blockAt(template, target.x, target.y);
	if (block) return { region: block, block };
	const { w, h } = NOTE_DEFAULT_SIZE;
	const at = 'block' in target ? { x: template.width / 2, y: template.height / 2 } : target;
	// The first free spot of this region is the note centred on the point.
	return { region: { x: Math.round(at.x - w / 2) - NOTE_GAP, y: Math.round(at.y - h / 2) - NOTE_GAP, w: w + 2 * NOTE_GAP, h: h + 2 * NOTE_GAP }, block: null };
}

/**
 * A new note of the default size: in the target block's first free spot (from
 * its top-left, never on a note, below the block when it is full). A point off
 * every block centres the note there, or just below when that spot is taken.
 */
export function placeNewNote(template: Template, target: NoteTarget, notes: Iterable<Rect>): NewNotePlacement {
	const { region, block } = regionFor(template, target);
	const [spot] = freeSpotsInBlock(region, notes, 1);
	return { x: spot.x, y: spot.y, block: block?.id ?? null, dimension: block?.dimension ?? null };
}

export interface PlacedNote extends Rect {
	id: string;
	createdAt: number;
	block: string | null;
}

function overlaps(a: Rect, b: Rect): boolean {
	return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Which of two notes came first: by creation time, then by id, the same on every client. */
function earlier(a: PlacedNote, b: PlacedNote): boolean {
	return a.createdAt !== b.createdAt ? a.createdAt < b.createdAt : a.id < b.id;
}

/**
 * Notes added at once on several clients may land on one spot. Of two that
 * overlap, the later one moves to the next free spot of its block; `mine` are
 * the notes this client placed and may still move, so only the author's client
 * moves a note. The earliest note of a pile never moves, so every client ends
 * with the same picture. Returns the moves, in creation order.
 */
export function overlapNudges(template: Template, notes: readonly PlacedNote[], mine: ReadonlySet<string>): Map<string, Point> {
	const moves = new Map<string, Point>();
	const placed = notes.map((n) => ({ ...n }));
	const ordered = [...placed].sort((a, b) => (earlier(a, b) ? -1 : 1));
	for (const note of ordered) {
		if (!mine.has(note.id)) continue;
		if (!placed.some((other) => other !== note && earlier(other, note) && overlaps(note, other))) continue;
		const others = placed.filter((other) => other !== note);
		const target = note.block !== null && template.blocks.some((b) => b.id === note.block) ? { block: note.block } : { x: note.x + note.w / 2, y: note.y + note.h / 2 };
		const { region } = regionFor(template, target);
		const [spot] = freeSpotsInBlock(region, others, 1);
		note.x = spot.x;
		note.y = spot.y;
		moves.set(note.id, spot);
	}
	return moves;
}
