import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { NoteIndex, type NoteChanges } from './note-index.svelte';
import { addNote, deleteNote, linkUseCase, moveNote, setNoteText } from './notes';
import { createCluster } from './clusters';

const REMOTE = Symbol('remote');

/** Two peers: `local` carries the index, `remote` edits and sends its updates over. */
function peers(notes = 5) {
	const remote = new Y.Doc();
	const ids: string[] = [];
	for (let i = 0; i < notes; i++)
		ids.push(addNote(remote, { x: i * 200, y: 0, text: `note ${i}`, author: 'u1', stakeholder: 'city', createdAt: i }));
	const local = new Y.Doc();
	Y.applyUpdate(local, Y.encodeStateAsUpdate(remote), REMOTE);
	// From here on, every update of the remote peer reaches the local one, as over the wire.
	remote.on('update', (update: Uint8Array) => Y.applyUpdate(local, update, REMOTE));
	const index = new NoteIndex(local);
	const changes: NoteChanges[] = [];
	index.onChange((c) => changes.push(c));
	return { remote, local, ids, index, changes };
}

describe('NoteIndex', () => {
	it('reads every note once to start with', () => {
		const { index, ids } = peers(5);
		expect(index.reads).toBe(5);
		expect(index.size).toBe(5);
		expect(index.get(ids[2])?.note.text).toBe('note 2');
	});

	it('re-reads only the note a remote text edit touches', () => {
		const { remote, index, ids, changes } = peers(50);
		const before = ids.map((id) => index.get(id)!.note);
		const readsBefore = index.reads;

		setNoteText(remote, ids[7], 'note 7, edited elsewhere');

		expect(index.reads - readsBefore).toBe(1);
		expect(index.get(ids[7])!.note.text).toBe('note 7, edited elsewhere');
		ids.forEach((id, i) => {
			if (i !== 7) expect(index.get(id)!.note).toBe(before[i]);
		});
		expect(changes).toHaveLength(1);
		expect([...changes[0].updated]).toEqual([ids[7]]);
		expect(changes[0].local).toBe(false);
	});

	it('re-reads only the moved note, and each note of a multi-note transaction once', () => {
		const { remote, index, ids } = peers(10);
		let reads = index.reads;
		moveNote(remote, ids[3], 500, 600);
		expect(index.reads - reads).toBe(1);
		expect(index.get(ids[3])!.note).toMatchObject({ x: 500, y: 600 });

		reads = index.reads;
		remote.transact(() => {
			moveNote(remote, ids[1], 1, 1);
			moveNote(remote, ids[2], 2, 2);
			setNoteText(remote, ids[1], 'both fields');
		});
		expect(index.reads - reads).toBe(2);
	});

	it('follows changes inside a note’s use-case list', () => {
		const { remote, index, ids } = peers(3);
		const reads = index.reads;
		linkUseCase(remote, ids[0], 'use-case-1');
		expect(index.reads - reads).toBe(1);
		expect(index.get(ids[0])!.note.useCases).toEqual(['use-case-1']);
	});

	it('adds and removes entries and bumps the membership version', () => {
		const { remote, index, ids, changes } = peers(3);
		const version = index.version;
		const id = addNote(remote, { x: 0, y: 0, author: 'u2', stakeholder: 'citizen' });
		expect(index.get(id)?.note.stakeholder).toBe('citizen');
		expect(index.version).toBe(version + 1);
		expect([...changes.at(-1)!.added]).toEqual([id]);

		deleteNote(remote, ids[0]);
		expect(index.get(ids[0])).toBeUndefined();
		expect(index.size).toBe(3);
		expect([...changes.at(-1)!.removed]).toEqual([ids[0]]);
	});

	it('keeps the snapshot and stays quiet when a write changes nothing', () => {
		const { remote, index, ids, changes } = peers(2);
		const note = index.get(ids[0])!.note;
		moveNote(remote, ids[0], note.x, note.y); // writes nothing: same values
		setNoteText(remote, ids[0], note.text);
		expect(index.get(ids[0])!.note).toBe(note);
		expect(changes).toHaveLength(0);
	});

	it('tells clusters apart from other changes and marks local edits', () => {
		const { local, index, ids, changes } = peers(3);
		const clusterVersion = index.clusterVersion;
		createCluster(local, 'Parking', [ids[0], ids[1]]);
		expect(index.clusterVersion).toBe(clusterVersion + 1);
		expect(changes.at(-1)).toMatchObject({ clustersChanged: true, local: true });
		moveNote(local, ids[2], 9, 9);
		expect(changes.at(-1)).toMatchObject({ clustersChanged: false, local: true });
		expect(index.clusterVersion).toBe(clusterVersion + 1);
	});

	it('stops following the document once destroyed', () => {
		const { remote, index, ids } = peers(2);
		index.destroy();
		setNoteText(remote, ids[0], 'later');
		expect(index.get(ids[0])!.note.text).toBe('note 0');
	});
});
