import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createUndo } from '$lib/collab/undo';
import { listClusters } from '$lib/canvas/clusters';
import { NoteIndex } from '$lib/canvas/note-index.svelte';
import { addNote, moveNote } from '$lib/canvas/notes';
import { NOTE_GAP } from '$lib/canvas/placement';
import { NOTE_DEFAULT_SIZE } from '$lib/canvas/schema';
import { RECT_LABEL_HEIGHT, TEMPLATES } from '$lib/domain/templates';
import { CanvasEditor } from './canvas-editor.svelte';
import { LinksAndClusters } from './links-and-clusters.svelte';
import { UndoHistory } from './undo-history.svelte';

const template = TEMPLATES['business-model-canvas'];
const valueProps = template.blocks.find((b) => b.id === 'value-propositions')!;
const centreOf = (b: { x: number; y: number; w: number; h: number }) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });

function setup({ canEdit = true } = {}) {
	const doc = new Y.Doc();
	const index = new NoteIndex(doc);
	const origin = { canvas: 'c', user: 'me' };
	const history = new UndoHistory(createUndo(doc, origin));
	const revealed: [string, boolean][] = [];
	const editing: (string | null)[] = [];
	let allowed = canEdit;
	const editor = new CanvasEditor({
		index,
		lists: new LinksAndClusters(index),
		undo: history,
		origin,
		template,
		me: { userId: 'me', stakeholder: 'citizen' },
		canEdit: () => allowed,
		host: {
			reveal: (id, edit) => revealed.push([id, edit]),
			refocus: () => {},
			refresh: () => {},
			requestFrame: () => {},
			setEditing: (id) => editing.push(id)
		}
	});
	return { doc, index, editor, history, revealed, editing, revoke: () => (allowed = false) };
}

const notes = (index: NoteIndex) => [...index.entries()].map((e) => e.note);

describe('CanvasEditor', () => {
	it('adds a note in the block under the point, by this person, and starts editing it', () => {
		const { index, editor, revealed, editing } = setup();
		editor.addNoteAt(centreOf(valueProps));
		const [note] = notes(index);
		expect(note).toMatchObject({ author: 'me', stakeholder: 'citizen', block: 'value-propositions', dimension: 'what' });
		// In the block's first free spot, from its top-left.
		expect([note.x, note.y]).toEqual([valueProps.x + NOTE_GAP, valueProps.y + RECT_LABEL_HEIGHT + NOTE_GAP]);
		expect(editor.editingId).toBe(note.id);
		expect([...editor.selection]).toEqual([note.id]);
		expect(revealed).toEqual([[note.id, true]]);
		expect(editing).toEqual([note.id]);
		expect(editor.announcement).toBe('Note added.');
	});

	it('puts a second note in the same block beside the first, not on it', () => {
		const { index, editor } = setup();
		editor.addNoteAt(centreOf(valueProps));
		editor.endEditing(false);
		editor.addNoteAt({ block: 'value-propositions' });
		const [a, b] = notes(index).sort((p, q) => p.x - q.x);
		expect([b.x - a.x, b.y - a.y]).toEqual([NOTE_DEFAULT_SIZE.w + NOTE_GAP, 0]);
		expect(b.block).toBe('value-propositions');
	});

	it('moves its own new note aside when a remote note that came first lands on the same spot', () => {
		const { doc, index, editor } = setup();
		editor.addNoteAt({ block: 'value-propositions' });
		const [mine] = notes(index);
		// Another client placed a note there a moment earlier, not having seen this one.
		const remote = new Y.Doc();
		addNote(remote, { x: mine.x, y: mine.y, author: 'them', stakeholder: 'city', block: 'value-propositions', createdAt: mine.createdAt - 1 });
		Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), 'remote');
		const moved = index.get(mine.id)!.note;
		expect([moved.x, moved.y]).toEqual([mine.x + NOTE_DEFAULT_SIZE.w + NOTE_GAP, mine.y]);
	});

	it('changes nothing when this person may not edit', () => {
		const { index, editor } = setup({ canEdit: false });
		editor.addNoteAt({ x: 500, y: 500 });
		expect(index.size).toBe(0);
		expect(editor.editingId).toBeNull();
	});

	it('a drag writes once a frame and the dropped note takes the block it landed in', () => {
		const { doc, index, editor } = setup();
		const id = addNote(doc, { x: 0, y: 0, author: 'me', stakeholder: 'city' });
		const origins = editor.beginDrag(id);
		expect([...editor.dragIds]).toEqual([id]);
		const target = centreOf(valueProps);
		editor.dragTo(new Map([[id, { x: target.x - 90, y: target.y - 60 }]]));
		expect(index.get(id)?.note.x).toBe(0);
		editor.finishDrag(origins.keys(), true);
		expect(index.get(id)?.note).toMatchObject({ x: target.x - 90, block: 'value-propositions', dimension: 'what' });
		expect(editor.dragIds.size).toBe(0);
	});

	it('undo takes back this person’s step and not a co-creator’s', () => {
		const { doc, index, editor, history } = setup();
		const theirs = addNote(doc, { x: 0, y: 0, author: 'them', stakeholder: 'city' });
		editor.select([theirs]);
		editor.duplicateSelection();
		moveNote(doc, theirs, 900, 900);
		expect(index.size).toBe(2);
		expect(history.canUndo).toBe(true);
		editor.undo();
		expect(index.size).toBe(1);
		expect(index.get(theirs)?.note.x).toBe(900);
		expect(editor.announcement).toBe('Undone.');
	});

	it('clusters the selected notes by name and dissolves the cluster again', () => {
		const { doc, editor } = setup();
		const a = addNote(doc, { x: 0, y: 0, author: 'me', stakeholder: 'city' });
		const b = addNote(doc, { x: 300, y: 0, author: 'me', stakeholder: 'city' });
		editor.select([a, b]);
		editor.openClusterDialog();
		editor.submitCluster('Mobility');
		expect(listClusters(doc).map((c) => [c.name, c.noteIds.sort()])).toEqual([['Mobility', [a, b].sort()]]);
		expect(editor.summary.cluster?.name).toBe('Mobility');
		editor.dissolveSelectedCluster();
		expect(listClusters(doc)).toEqual([]);
		expect(editor.announcement).toBe('Cluster dissolved.');
	});

	it('losing the right to edit ends editing, the selection and any dialog', () => {
		const { editor, editing, revoke } = setup();
		editor.addNoteAt({ x: 500, y: 500 });
		editor.openUseCases();
		revoke();
		editor.revoke();
		expect(editor.editingId).toBeNull();
		expect(editor.selection.size).toBe(0);
		expect(editor.dialog).toBeNull();
		expect(editing.at(-1)).toBeNull();
	});
});
