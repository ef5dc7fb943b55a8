import { describe, expect, it } from 'vitest';
import type { Dimension } from '../domain/gassmann';
import { boxInConvexPolygon, boxOverlapsConvexPolygon } from '../domain/shapes';
import { TEMPLATES, type Template } from '../domain/templates';
import { addNote, moveNote } from './notes';
import { blockChange, blockInView, freeSpotsInBlock, NOTE_GAP, overlapNudges, placeNewNote, targetInView } from './placement';
import { listNotes, NOTE_DEFAULT_SIZE } from './schema';
import { TestNetwork } from './test-network';
import type { Rect } from './viewport';

const template: Template = {
	id: 'blank',
	width: 1000,
	height: 500,
	blocks: [
		{ id: 'value-propositions', dimension: 'what', x: 0, y: 0, w: 500, h: 500 },
		{ id: 'notes', dimension: null, x: 520, y: 0, w: 480, h: 500 }
	]
};
const { w, h } = NOTE_DEFAULT_SIZE;

describe('new note placement', () => {
	const vp = template.blocks[0];

	it('a point in a block puts the note in that block’s first free spot, with its block and dimension', () => {
		expect(placeNewNote(template, { x: 250, y: 250 }, [])).toEqual({
			x: vp.x + NOTE_GAP,
			y: vp.y + NOTE_GAP,
			block: 'value-propositions',
			dimension: 'what'
		});
	});

	it('a block by id does the same, whatever is in view', () => {
		expect(placeNewNote(template, { block: 'notes' }, [])).toEqual({ x: 520 + NOTE_GAP, y: NOTE_GAP, block: 'notes', dimension: null });
	});

	it('a second note goes beside the first, never on it (no more 24 px pile)', () => {
		const first = placeNewNote(template, { x: 250, y: 250 }, []);
		const second = placeNewNote(template, { x: 250, y: 250 }, [{ ...first, w, h }]);
		expect(second).toMatchObject({ x: first.x + w + NOTE_GAP, y: first.y, block: 'value-propositions' });
	});

	it('off every block the note is centred on the point, and steps below when that spot is taken', () => {
		const at = placeNewNote(template, { x: 2000, y: 2000 }, []);
		expect(at).toEqual({ x: 2000 - w / 2, y: 2000 - h / 2, block: null, dimension: null });
		expect(placeNewNote(template, { x: 2000, y: 2000 }, [{ ...at, w, h }])).toMatchObject({ x: at.x, y: at.y + h + NOTE_GAP });
	});

	it('rounds to whole world units', () => {
		expect(placeNewNote(template, { x: 2000.4, y: 1999.6 }, [])).toMatchObject({ x: 2000 - w / 2, y: 2000 - h / 2 });
	});

	it('the block in view is the one under the view’s centre, else the nearest', () => {
		expect(blockInView(template, { x: 250, y: 250 })?.id).toBe('value-propositions');
		expect(blockInView(template, { x: 515, y: 250 })?.id).toBe('notes');
		expect(blockInView(template, { x: 1500, y: -300 })?.id).toBe('notes');
		expect(blockInView({ ...template, blocks: [] }, { x: 0, y: 0 })).toBeNull();
		expect(targetInView(template, { x: 1500, y: 250 })).toEqual({ block: 'notes' });
		expect(targetInView({ ...template, blocks: [] }, { x: 7, y: 9 })).toEqual({ x: 7, y: 9 });
	});
});

describe('overlap nudges', () => {
	const note = (id: string, createdAt: number, x = NOTE_GAP, y = NOTE_GAP) => ({ id, createdAt, x, y, w, h, block: 'value-propositions' });

	it('moves the later of two notes on one spot, and only when it is this client’s', () => {
		const notes = [note('b', 2), note('a', 1)];
		const moves = overlapNudges(template, notes, new Set(['b']));
		expect(moves).toEqual(new Map([['b', { x: NOTE_GAP + w + NOTE_GAP, y: NOTE_GAP }]]));
		// The earlier note's author moves nothing.
		expect(overlapNudges(template, notes, new Set(['a'])).size).toBe(0);
	});

	it('breaks a tie in creation time by id', () => {
		expect([...overlapNudges(template, [note('y', 5), note('x', 5)], new Set(['x', 'y'])).keys()]).toEqual(['y']);
	});

	it('leaves notes that do not overlap alone', () => {
		expect(overlapNudges(template, [note('a', 1), note('b', 2, 300, 300)], new Set(['a', 'b'])).size).toBe(0);
	});

	it('two peers adding at once converge with no overlap', () => {
		const net = new TestNetwork(2);
		const mine = [new Set<string>(), new Set<string>()];
		// Each places three notes locally, not having seen the other's.
		for (const peer of [0, 1])
			for (let i = 0; i < 3; i++) {
				const at = placeNewNote(template, { block: 'value-propositions' }, listNotes(net.docs[peer]));
				mine[peer].add(addNote(net.docs[peer], { ...at, author: `u${peer}`, stakeholder: 'city', createdAt: 10 + i * 2 + peer }));
			}
		net.flush();
		expect(overlapping(listNotes(net.docs[0]))).not.toEqual([]);
		// Each client moves only its own notes; repeat until nothing moves, as the editor does on each update.
		for (let round = 0; round < 5; round++) {
			for (const peer of [0, 1])
				for (const [id, at] of overlapNudges(template, listNotes(net.docs[peer]), mine[peer])) moveNote(net.docs[peer], id, at.x, at.y);
			net.flush();
		}
		expect(listNotes(net.docs[0])).toEqual(listNotes(net.docs[1]));
		expect(listNotes(net.docs[0])).toHaveLength(6);
		expect(overlapping(listNotes(net.docs[0]))).toEqual([]);
	});
});

function overlapping(notes: readonly { id: string; x: number; y: number; w: number; h: number }[]): string[][] {
	const pairs: string[][] = [];
	for (const [i, a] of notes.entries())
		for (const b of notes.slice(i + 1))
			if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) pairs.push([a.id, b.id]);
	return pairs;
}

describe('block change after a move', () => {
	const note = { x: 100, y: 100, w, h, block: 'value-propositions', dimension: 'what' as const };

	it('is null while the centre stays in the same block', () => {
		expect(blockChange(template, note)).toBeNull();
	});

	it('takes the new block, and keeps the note’s own dimension when the block has none', () => {
		expect(blockChange(template, { ...note, x: 600 })).toEqual({ block: 'notes', dimension: 'what' });
		expect(blockChange(template, { ...note, x: 2000, dimension: null })).toEqual({ block: null, dimension: null });
	});

	it('takes the block’s dimension over the note’s own', () => {
		expect(blockChange(template, { ...note, block: null, dimension: 'why' })).toEqual({
			block: 'value-propositions',
			dimension: 'what'
		});
	});
});

describe('freeSpotsInBlock', () => {
	const block = { x: 100, y: 100, w: 800, h: 400 };
	const { w, h } = NOTE_DEFAULT_SIZE;
	const overlap = (a: { x: number; y: number }, b: { x: number; y: number; w?: number; h?: number }) =>
		a.x < b.x + (b.w ?? w) && b.x < a.x + w && a.y < b.y + (b.h ?? h) && b.y < a.y + h;

	it('fills an empty block in reading order from its top-left', () => {
		const spots = freeSpotsInBlock(block, [], 5);
		expect(spots[0]).toEqual({ x: 100 + NOTE_GAP, y: 100 + NOTE_GAP });
		expect(spots[1].y).toBe(spots[0].y);
		expect(spots[1].x).toBeGreaterThan(spots[0].x + w);
		// 800 wide takes four notes a row; the fifth starts the next row.
		expect(spots[4]).toEqual({ x: spots[0].x, y: spots[0].y + h + NOTE_GAP });
	});

	it('never puts a note on one already there nor on another new one', () => {
		const existing = [{ x: 120, y: 120, w, h }, { x: 500, y: 300, w: 300, h: 150 }];
		const spots = freeSpotsInBlock(block, existing, 30);
		expect(spots).toHaveLength(30);
		for (const [i, s] of spots.entries()) {
			for (const n of existing) expect(overlap(s, n)).toBe(false);
			for (const other of spots.slice(i + 1)) expect(overlap(s, other)).toBe(false);
		}
	});

	it('goes below a full block rather than on top of a note', () => {
		const spots = freeSpotsInBlock({ x: 0, y: 0, w: 220, h: 150 }, [], 3);
		expect(spots.map((s) => s.y)).toEqual([NOTE_GAP, NOTE_GAP + h + NOTE_GAP, NOTE_GAP + 2 * (h + NOTE_GAP)]);
	});
});

describe('placement in the magic triangle (shaped blocks)', () => {
	const triangle = TEMPLATES['magic-triangle'];
	const region = (id: string) => triangle.blocks.find((b) => b.id === id)!;
	const inside = (spot: { x: number; y: number }, id: string) => boxInConvexPolygon({ ...spot, w, h }, region(id).shape!);
	const boxOverlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

	it.each(['what', 'who', 'how', 'why'])('%s: a note added there lies wholly inside its triangle, off the label, and takes its dimension', (id) => {
		const at = placeNewNote(triangle, { block: id }, []);
		expect(at).toMatchObject({ block: id, dimension: id });
		expect(inside(at, id)).toBe(true);
		expect(boxOverlap({ ...at, w, h }, region(id).label!)).toBe(false);
		// The note's centre is in the triangle, so moving it a little keeps its block.
		expect(blockChange(triangle, { ...at, w, h, block: id, dimension: id as Dimension })).toBeNull();
	});

	it('a tap in a triangle places the note in that triangle, a tap beside it in none', () => {
		const what = region('what');
		expect(placeNewNote(triangle, { x: 1400, y: 600 }, [])).toMatchObject({ block: 'what', dimension: 'what' });
		// Inside What's bounding box, outside the triangle: the point is off every block.
		expect(placeNewNote(triangle, { x: what.x + 100, y: what.y + 100 }, [])).toMatchObject({ block: null, dimension: null });
	});

	it.each(['what', 'who', 'how', 'why'])('%s: fills from the top-left, the whole of each note inside the shape, none on another', (id) => {
		const block = region(id);
		const others = triangle.blocks.filter((b) => b !== block);
		const existing = [{ x: block.label!.x, y: block.label!.y - 140, w: 300, h: 130 }];
		const spots = freeSpotsInBlock(block, existing, 60, others);
		expect(spots).toHaveLength(60);
		const within = spots.filter((s) => inside(s, id));
		// The triangle holds a good handful; the rest go below it.
		expect(within.length).toBeGreaterThanOrEqual(12);
		expect(spots.slice(0, within.length)).toEqual(within);
		for (const [i, s] of spots.entries()) {
			const box = { ...s, w, h };
			expect(boxOverlap(box, block.label!), `spot ${i} on the label`).toBe(false);
			for (const n of existing) expect(boxOverlap(box, n), `spot ${i} on a note`).toBe(false);
			for (const other of spots.slice(i + 1)) expect(boxOverlap(box, { ...other, w, h })).toBe(false);
		}
		// Reading order: row by row from the top, left to right within a row.
		for (let i = 1; i < within.length; i++) {
			const [a, b] = [within[i - 1], within[i]];
			expect(b.y > a.y || (b.y === a.y && b.x > a.x), `spot ${i}`).toBe(true);
		}
		// When the triangle is full: below its bounding box, never on another triangle.
		for (const s of spots.slice(within.length)) {
			expect(s.y).toBeGreaterThanOrEqual(block.y + block.h);
			for (const other of others) expect(boxOverlapsConvexPolygon({ ...s, w, h }, other.shape!)).toBe(false);
		}
	});

	it('two peers adding at once in one triangle converge with no overlap, every note inside it', () => {
		const net = new TestNetwork(2);
		const mine = [new Set<string>(), new Set<string>()];
		for (const peer of [0, 1])
			for (let i = 0; i < 4; i++) {
				const at = placeNewNote(triangle, { block: 'who' }, listNotes(net.docs[peer]));
				mine[peer].add(addNote(net.docs[peer], { ...at, author: `u${peer}`, stakeholder: 'city', createdAt: 10 + i * 2 + peer }));
			}
		net.flush();
		for (let round = 0; round < 6; round++) {
			for (const peer of [0, 1])
				for (const [id, at] of overlapNudges(triangle, listNotes(net.docs[peer]), mine[peer])) moveNote(net.docs[peer], id, at.x, at.y);
			net.flush();
		}
		const notes = listNotes(net.docs[0]);
		expect(notes).toEqual(listNotes(net.docs[1]));
		expect(overlapping(notes)).toEqual([]);
		for (const n of notes) expect(inside(n, 'who'), JSON.stringify(n)).toBe(true);
	});

	it('the block in view is the triangle under the point, else the nearest triangle', () => {
		expect(blockInView(triangle, { x: 1400, y: 1800 })?.id).toBe('who');
		expect(blockInView(triangle, { x: 300, y: 300 })?.id).toBe('what');
		expect(blockInView(triangle, { x: 50, y: 1500 })?.id).toBe('how');
	});
});

describe('a full rectangular block', () => {
	it('sends its notes below it, past the block under it, never onto another block', () => {
		const stacked: Template = {
			id: 'blank',
			width: 600,
			height: 700,
			blocks: [
				{ id: 'upper', dimension: 'how', x: 0, y: 0, w: 600, h: 300 },
				{ id: 'lower', dimension: 'why', x: 0, y: 320, w: 600, h: 300 }
			]
		};
		const notes: Rect[] = [];
		for (let i = 0; i < 8; i++) notes.push({ ...placeNewNote(stacked, { block: 'upper' }, notes), w, h });
		const lower = stacked.blocks[1];
		for (const note of notes) expect(note.y + note.h <= 300 || note.y >= lower.y + lower.h).toBe(true);
		expect(overlapping(notes.map((n, i) => ({ ...n, id: String(i) })))).toEqual([]);
	});
});
