/**
 * Where a note goes: pure rules, no DOM. A new note goes into the block its
 * author is working in (the one they tapped or chose, or the one in view), in
 * that block's first free spot, and takes the block (and its Who / What / How /
 * Why). When a remote note lands on the same spot, the later of the two moves.
 */
import type { Dimension } from '../domain/gassmann.ts';
import { boxOverlapsConvexPolygon, sliceAt } from '../domain/shapes.ts';
import { blockAt, distanceToBlock, placementAt, type Template, type TemplateBlock } from '../domain/templates.ts';
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
 * A region notes are placed in: a rectangle, or a convex polygon (`shape`)
 * with x, y, w, h its bounding box and `label` the box its title keeps free.
 */
export interface Region extends Rect {
	shape?: readonly Point[];
	label?: Rect;
}

/** Whether a note's box shares area with the region (a block it must not be put on). */
function onRegion(box: Rect, region: Region): boolean {
	if (region.shape) return boxOverlapsConvexPolygon(box, region.shape);
	return box.x < region.x + region.w && region.x < box.x + box.w && box.y < region.y + region.h && region.y < box.y + box.h;
}

/**
 * The x where each note of a row at height `y` would start, left to right,
 * with the whole note and a gap around it inside the region. A rectangle's
 * columns go on below it (the rows under a full block); a shape's end at
 * the shape.
 */
function rowStarts(region: Region, y: number): number[] {
	const { w, h } = NOTE_DEFAULT_SIZE;
	if (!region.shape) {
		const columns = Math.max(1, Math.floor((region.w - NOTE_GAP) / (w + NOTE_GAP)));
		return Array.from({ length: columns }, (_, i) => region.x + NOTE_GAP + i * (w + NOTE_GAP));
	}
	// A convex shape's slices at the top and bottom of the row bound where a note fits.
	const top = sliceAt(region.shape, y - NOTE_GAP);
	const bottom = sliceAt(region.shape, y + h + NOTE_GAP);
	if (!top || !bottom) return [];
	const from = Math.ceil(Math.max(top.left, bottom.left) + NOTE_GAP);
	const to = Math.min(top.right, bottom.right) - NOTE_GAP - w;
	const starts: number[] = [];
	for (let x = from; x <= to; x += w + NOTE_GAP) starts.push(x);
	return starts;
}

/**
 * `count` spots for new notes of the default size inside `block`, in reading
 * order from its top-left corner, each free of `notes` and of the others; in
 * a shaped block the whole note lies inside the shape, off its label. When the
 * block is full, the rest go in rows just below it, never on a note nor on
 * one of the `others` blocks.
 */
export function freeSpotsInBlock(block: Region, notes: Iterable<Rect>, count: number, others: readonly Region[] = []): Point[] {
	const { w, h } = NOTE_DEFAULT_SIZE;
	const taken: Rect[] = [...notes];
	if (block.label) taken.push(block.label);
	const spots: Point[] = [];
	const free = (x: number, y: number) =>
		!taken.some((n) => x < n.x + n.w + NOTE_GAP && n.x < x + w + NOTE_GAP && y < n.y + n.h + NOTE_GAP && n.y < y + h + NOTE_GAP) &&
		!others.some((other) => onRegion({ x, y, w, h }, other));
	const take = (x: number, y: number) => {
		spots.push({ x, y });
		taken.push({ x, y, w, h });
	};
	// A shape's own rows first; a rectangle's rows simply go on below it.
	// A label across the top (a rectangle's title and question, Who's in the magic triangle): rows begin under it.
	const labelOnTop = block.label !== undefined && block.label.y < block.y + block.h / 2;
	let y = labelOnTop && block.label ? block.label.y + block.label.h + NOTE_GAP : block.y + NOTE_GAP;
	if (block.shape)
		for (; y + h + NOTE_GAP <= block.y + block.h && spots.length < count; y += h + NOTE_GAP)
			for (const x of rowStarts(block, y)) if (spots.length < count && free(x, y)) take(x, y);
	const below: Region = block.shape ? { x: block.x, y: block.y, w: block.w, h: block.h } : block;
	if (block.shape) y = block.y + block.h + NOTE_GAP;
	for (let row = 0; spots.length < count && row < 10_000; row++, y += h + NOTE_GAP)
		for (const x of rowStarts(below, y)) if (spots.length < count && free(x, y)) take(x, y);
	return spots;
}

/** Where a new note goes: into a block by its id, or where the person tapped (the block there, if any). */
export type NoteTarget = { block: string } | Point;

/** The block whose region holds `point`, else the nearest one; null on a template without blocks. */
export function blockInView(template: Template, point: Point): TemplateBlock | null {
	let best: TemplateBlock | null = null;
	let bestDistance = Infinity;
	for (const block of template.blocks) {
		const distance = distanceToBlock(block, point.x, point.y);
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
function regionFor(template: Template, target: NoteTarget): { region: Region; block: TemplateBlock | null; others: TemplateBlock[] } {
	const block = 'block' in target ? (template.blocks.find((b) => b.id === target.block) ?? null) : blockAt(template, target.x, target.y);
	// Notes of a full block go below it, but never onto another block.
	if (block) return { region: block, block, others: template.blocks.filter((b) => b !== block) };
	const { w, h } = NOTE_DEFAULT_SIZE;
	const at = 'block' in target ? { x: template.width / 2, y: template.height / 2 } : target;
	// The first free spot of this region is the note centred on the point.
	return { region: { x: Math.round(at.x - w / 2) - NOTE_GAP, y: Math.round(at.y - h / 2) - NOTE_GAP, w: w + 2 * NOTE_GAP, h: h + 2 * NOTE_GAP }, block: null, others: [] };
}

/**
 * A new note of the default size: in the target block's first free spot (from
 * its top-left, never on a note, below the block and off the other blocks
 * when it is full). A point off
 * every block centres the note there, or just below when that spot is taken.
 */
export function placeNewNote(template: Template, target: NoteTarget, notes: Iterable<Rect>): NewNotePlacement {
	const { region, block, others } = regionFor(template, target);
	const [spot] = freeSpotsInBlock(region, notes, 1, others);
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
		const { region, others: blocks } = regionFor(template, target);
		const [spot] = freeSpotsInBlock(region, others, 1, blocks);
		note.x = spot.x;
		note.y = spot.y;
		moves.set(note.id, spot);
	}
	return moves;
}
