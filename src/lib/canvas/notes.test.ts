import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	addNote,
	CanvasError,
	deleteNote,
	duplicateNote,
	linkUseCase,
	moveNote,
	resizeNote,
	setNoteBlock,
	setNoteColor,
	setNoteText,
	tagNote,
	unlinkUseCase
} from './notes';
import { addLink, listLinks } from './links';
import { canvasScope, getNote, listNotes, notesMap } from './schema';

const base = { x: 10, y: 20, author: 'user-a', stakeholder: 'citizen' as const };

function canvasWithNote(extra: Partial<Parameters<typeof addNote>[1]> = {}) {
	const doc = new Y.Doc();
	const id = addNote(doc, { ...base, text: 'Bike sharing', createdAt: 1000, ...extra });
	return { doc, id };
}

function expectCanvasError(run: () => unknown, code: CanvasError['code']) {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(CanvasError);
		expect((error as CanvasError).code).toBe(code);
		return;
	}
	throw new Error('expected a CanvasError');
}

describe('addNote', () => {
	it('stores every field with the documented defaults', () => {
		const { doc, id } = canvasWithNote();
		expect(getNote(doc, id)).toEqual({
			id,
			text: 'Bike sharing',
			x: 10,
			y: 20,
			w: 180,
			h: 120,
			color: '#edc948',
			block: null,
			dimension: null,
			author: 'user-a',
			stakeholder: 'citizen',
			createdAt: 1000,
			cluster: null,
			useCases: []
		});
		const yNote = notesMap(doc).get(id)!;
		expect(yNote.get('text')).toBeInstanceOf(Y.Text);
		expect(yNote.get('useCases')).toBeInstanceOf(Y.Array);
	});

	it('generates a uuid when no id is given and keeps a given one', () => {
		const { id } = canvasWithNote();
		expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(canvasWithNote({ id: 'n1' }).id).toBe('n1');
	});

	it('keeps block and dimension exactly as given', () => {
		const { doc, id } = canvasWithNote({ block: 'value-propositions', color: '#ABCDEF', w: 10, h: 300 });
		expect(getNote(doc, id)).toMatchObject({ block: 'value-propositions', dimension: null, color: '#abcdef', w: 60, h: 300 });
	});

	it('is one transaction with the given origin', () => {
		const doc = new Y.Doc();
		const origins: unknown[] = [];
		doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
		addNote(doc, base, 'user-a');
		expect(origins).toEqual(['user-a']);
	});

	it('refuses bad input and writes nothing', () => {
		const doc = new Y.Doc();
		expectCanvasError(() => addNote(doc, { ...base, x: Number.NaN }), 'invalid-input');
		expectCanvasError(() => addNote(doc, { ...base, y: Infinity }), 'invalid-input');
		expectCanvasError(() => addNote(doc, { ...base, text: 'x'.repeat(2001) }), 'invalid-input');
		expectCanvasError(() => addNote(doc, { ...base, color: 'red' }), 'invalid-input');
		expectCanvasError(() => addNote(doc, { ...base, dimension: 'when' as never }), 'invalid-input');
		expectCanvasError(() => addNote(doc, { ...base, stakeholder: 'mayor' as never }), 'invalid-input');
		expectCanvasError(() => addNote(doc, { ...base, author: '' }), 'invalid-input');
		addNote(doc, { ...base, id: 'n1' });
		expectCanvasError(() => addNote(doc, { ...base, id: 'n1', x: 99 }), 'conflict');
		expect(listNotes(doc).map((n) => [n.id, n.x])).toEqual([['n1', 10]]);
	});

	it('counts the text limit in characters, so 2,000 emoji fit', () => {
		const doc = new Y.Doc();
		const id = addNote(doc, { ...base, text: '🚲'.repeat(2000) });
		expect([...getNote(doc, id)!.text]).toHaveLength(2000);
	});
});

describe('editing a note', () => {
	it('replaces text by editing only the changed middle', () => {
		const { doc, id } = canvasWithNote();
		const yText = notesMap(doc).get(id)!.get('text') as Y.Text;
		const deltas: unknown[] = [];
		yText.observe((event) => deltas.push(event.delta));
		setNoteText(doc, id, 'Cargo bike sharing');
		// 'B' became 'Cargo b'; the shared 'ike sharing' was not rewritten.
		expect(deltas).toHaveLength(1);
		expect(deltas[0]).toEqual(expect.arrayContaining([{ insert: 'Cargo b' }, { delete: 1 }]));
		expect(deltas[0]).toHaveLength(2);
		expect(getNote(doc, id)!.text).toBe('Cargo bike sharing');
		setNoteText(doc, id, '');
		expect(getNote(doc, id)!.text).toBe('');
	});

	it('moves, resizes with a minimum, colors, places and tags', () => {
		const { doc, id } = canvasWithNote();
		moveNote(doc, id, -5.5, 400);
		resizeNote(doc, id, 10, 10);
		setNoteColor(doc, id, '#4E79A7');
		setNoteBlock(doc, id, 'key-partnerships', 'how');
		expect(getNote(doc, id)).toMatchObject({ x: -5.5, y: 400, w: 60, h: 40, color: '#4e79a7', block: 'key-partnerships', dimension: 'how' });
		tagNote(doc, id, 'why');
		expect(getNote(doc, id)!.dimension).toBe('why');
		tagNote(doc, id, null);
		setNoteBlock(doc, id, null, null);
		expect(getNote(doc, id)).toMatchObject({ block: null, dimension: null });
	});

	it('sends no update when a value does not change', () => {
		const { doc, id } = canvasWithNote();
		let updates = 0;
		doc.on('update', () => updates++);
		moveNote(doc, id, 10, 20);
		setNoteText(doc, id, 'Bike sharing');
		expect(updates).toBe(0);
	});

	it('links use cases once and unlinks them', () => {
		const { doc, id } = canvasWithNote();
		linkUseCase(doc, id, 'uc-1');
		linkUseCase(doc, id, 'uc-2');
		linkUseCase(doc, id, 'uc-1');
		expect(getNote(doc, id)!.useCases).toEqual(['uc-1', 'uc-2']);
		unlinkUseCase(doc, id, 'uc-1');
		unlinkUseCase(doc, id, 'uc-absent');
		expect(getNote(doc, id)!.useCases).toEqual(['uc-2']);
	});

	it('throws a CanvasError naming an unknown note for every operation', () => {
		const doc = new Y.Doc();
		const ops: Array<() => unknown> = [
			() => setNoteText(doc, 'ghost', 'x'),
			() => moveNote(doc, 'ghost', 1, 1),
			() => resizeNote(doc, 'ghost', 100, 100),
			() => setNoteColor(doc, 'ghost', '#000000'),
			() => setNoteBlock(doc, 'ghost', 'channels', 'who'),
			() => tagNote(doc, 'ghost', 'who'),
			() => deleteNote(doc, 'ghost'),
			() => duplicateNote(doc, 'ghost', 'user-a', 'city'),
			() => linkUseCase(doc, 'ghost', 'uc-1'),
			() => unlinkUseCase(doc, 'ghost', 'uc-1')
		];
		for (const op of ops) {
			expectCanvasError(op, 'unknown-note');
			expect(op).toThrow(/"ghost"/);
		}
	});

	it('refuses bad values on existing notes', () => {
		const { doc, id } = canvasWithNote();
		expectCanvasError(() => moveNote(doc, id, 1, Number.POSITIVE_INFINITY), 'invalid-input');
		expectCanvasError(() => resizeNote(doc, id, Number.NaN, 100), 'invalid-input');
		expectCanvasError(() => setNoteText(doc, id, 'y'.repeat(2001)), 'invalid-input');
		expectCanvasError(() => setNoteColor(doc, id, '#12345'), 'invalid-input');
		expectCanvasError(() => tagNote(doc, id, 'where' as never), 'invalid-input');
		expectCanvasError(() => linkUseCase(doc, id, ''), 'invalid-input');
		expect(getNote(doc, id)).toMatchObject({ x: 10, y: 20, w: 180, text: 'Bike sharing', dimension: null });
	});
});

describe('deleteNote and duplicateNote', () => {
	it('deletes the note and every link touching it, and nothing else', () => {
		const doc = new Y.Doc();
		const [a, b, c] = ['a', 'b', 'c'].map((id) => addNote(doc, { ...base, id }));
		addLink(doc, a, b);
		addLink(doc, c, a);
		const bc = addLink(doc, b, c);
		deleteNote(doc, a);
		expect(listNotes(doc).map((n) => n.id)).toEqual(['b', 'c'].sort());
		expect(listLinks(doc)).toEqual([{ id: bc, from: b, to: c }]);
		expect(doc.getArray('links').length).toBe(1);
	});

	it('duplicates content beside the original for a new author', () => {
		const { doc, id } = canvasWithNote({ block: 'channels', dimension: 'who', color: '#111111' });
		linkUseCase(doc, id, 'uc-9');
		const copy = duplicateNote(doc, id, 'user-b', 'company');
		const original = getNote(doc, id)!;
		expect(getNote(doc, copy)).toMatchObject({
			text: original.text,
			x: 34,
			y: 44,
			w: original.w,
			color: '#111111',
			block: 'channels',
			dimension: 'who',
			author: 'user-b',
			stakeholder: 'company',
			useCases: ['uc-9']
		});
		expect(getNote(doc, duplicateNote(doc, id, 'user-b', 'company', 0))!.x).toBe(10);
		// The copy's text is its own: editing it leaves the original alone.
		setNoteText(doc, copy, 'changed');
		expect(getNote(doc, id)!.text).toBe('Bike sharing');
	});
});

describe('undo scoped by origin', () => {
	it('undoes only the tracked user\'s changes', () => {
		const doc = new Y.Doc();
		const id = addNote(doc, { ...base, createdAt: 1 }, 'setup');
		const undo = new Y.UndoManager(canvasScope(doc), { trackedOrigins: new Set(['user-a']) });
		moveNote(doc, id, 100, 100, 'user-a');
		undo.stopCapturing();
		setNoteText(doc, id, 'from b', 'user-b');
		undo.undo();
		expect(getNote(doc, id)).toMatchObject({ x: 10, y: 20, text: 'from b' });
		deleteNote(doc, id, 'user-a');
		undo.undo();
		expect(getNote(doc, id)).toMatchObject({ text: 'from b' });
	});
});
