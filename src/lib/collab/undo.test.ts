import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNote, moveNote, setNoteText } from '../canvas/notes.ts';
import { getNote } from '../canvas/schema.ts';
import { createUndo } from './undo.ts';

const REMOTE = Symbol('remote');

/** Two peers; sync() exchanges what each lacks, as a y-websocket round trip would. */
function pair() {
	const a = new Y.Doc();
	const b = new Y.Doc();
	const sync = () => {
		Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), REMOTE);
		Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), REMOTE);
	};
	return { a, b, sync };
}

const person = (name: string) => ({ name });

describe('createUndo', () => {
	it('undoes only my own change, on both peers, and redoes it', () => {
		const { a, b, sync } = pair();
		const alice = person('alice');
		const bob = person('bob');
		const undoA = createUndo(a, alice);
		const undoB = createUndo(b, bob);

		const mine = addNote(a, { x: 0, y: 0, author: 'alice', stakeholder: 'city', text: 'Open data' }, alice);
		const theirs = addNote(b, { x: 500, y: 0, author: 'bob', stakeholder: 'citizen', text: 'Bike lanes' }, bob);
		sync();
		undoA.stopCapturing();
		undoB.stopCapturing();

		moveNote(a, mine, 300, 200, alice);
		setNoteText(b, theirs, 'Safe bike lanes', bob);
		sync();
		undoA.stopCapturing();

		undoA.undo();
		sync();
		for (const doc of [a, b]) {
			expect(getNote(doc, mine)).toMatchObject({ x: 0, y: 0, text: 'Open data' });
			expect(getNote(doc, theirs)).toMatchObject({ x: 500, text: 'Safe bike lanes' });
		}

		undoA.redo();
		sync();
		for (const doc of [a, b]) {
			expect(getNote(doc, mine)).toMatchObject({ x: 300, y: 200 });
			expect(getNote(doc, theirs)?.text).toBe('Safe bike lanes');
		}
	});

	it('does not undo a co-creator’s edit even when it is the latest change', () => {
		const { a, b, sync } = pair();
		const alice = person('alice');
		const bob = person('bob');
		const undoA = createUndo(a, alice);
		const id = addNote(a, { x: 0, y: 0, author: 'alice', stakeholder: 'city', text: 'Sensors' }, alice);
		sync();
		undoA.stopCapturing();
		moveNote(b, id, 900, 900, bob);
		sync();
		// Alice's only step is adding the note; Bob's move must not be reverted on its own.
		expect(undoA.undoStack).toHaveLength(1);
		undoA.undo();
		sync();
		expect(getNote(a, id)).toBeUndefined();
		expect(getNote(b, id)).toBeUndefined();
	});

	it('ignores edits written without my origin', () => {
		const doc = new Y.Doc();
		const alice = person('alice');
		const undo = createUndo(doc, alice);
		addNote(doc, { x: 0, y: 0, author: 'alice', stakeholder: 'city' });
		addNote(doc, { x: 0, y: 0, author: 'alice', stakeholder: 'city' }, person('alice'));
		expect(undo.undoStack).toHaveLength(0);
	});

	it('groups quick successive edits (a drag) into one step', () => {
		const doc = new Y.Doc();
		const alice = person('alice');
		const undo = createUndo(doc, alice);
		const id = addNote(doc, { x: 0, y: 0, author: 'alice', stakeholder: 'city' }, alice);
		undo.stopCapturing();
		for (let x = 10; x <= 50; x += 10) moveNote(doc, id, x, x, alice);
		expect(undo.undoStack).toHaveLength(2);
		undo.undo();
		expect(getNote(doc, id)).toMatchObject({ x: 0, y: 0 });
	});
});
