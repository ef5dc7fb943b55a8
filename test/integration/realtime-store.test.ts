/**
 * One contract for both document stores: the in-memory one (tests) and the
 * Postgres one (everything else), the latter against the real database.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNote, listNotes, setNoteText } from '../../src/lib/canvas';
import { canvasRoom } from '../../src/lib/realtime/rooms';
import { MemoryStore, PostgresStore, type DocumentStore } from '../../src/lib/server/realtime/persistence';
import { closeDb, db } from './helpers';

afterAll(closeDb);

const AUTHOR = '00000000-0000-4000-8000-00000000a001';
const room = () => canvasRoom(randomUUID());

/** Loads the room into a fresh document (empty when nothing is stored). */
async function loaded(store: DocumentStore, name: string) {
	const doc = new Y.Doc();
	const state = await store.load(name);
	if (state) Y.applyUpdate(doc, state);
	return doc;
}

/** A document whose every change is captured as a separate update, in order. */
function recorded() {
	const doc = new Y.Doc();
	const updates: Uint8Array[] = [];
	doc.on('update', (update: Uint8Array) => updates.push(update));
	return { doc, updates };
}

/** Batches since the snapshot, per room, from what append returned. */
const counts = (appended: Map<string, { batches: number }>) => new Map([...appended].map(([r, a]) => [r, a.batches]));

describe.each([
	['MemoryStore', () => new MemoryStore()],
	['PostgresStore', () => new PostgresStore(db())]
] as const)('DocumentStore contract: %s', (_name, make) => {
	it('loads null for a room never stored', async () => {
		expect(await make().load(room())).toBeNull();
	});

	it('append then load gives the merged state, and counts batches per room', async () => {
		const store = make();
		const [r1, r2] = [room(), room()];
		const one = recorded();
		addNote(one.doc, { id: 'n1', text: 'First', x: 0, y: 0, author: AUTHOR, stakeholder: 'city' });
		addNote(one.doc, { id: 'n2', text: 'Second', x: 1, y: 1, author: AUTHOR, stakeholder: 'company' });
		const other = new Y.Doc();
		other.getMap('session').set('phase', 'ideate');

		const first = await store.append(new Map([[r1, one.updates[0]], [r2, Y.encodeStateAsUpdate(other)]]));
		expect(counts(first)).toEqual(new Map([[r1, 1], [r2, 1]]));
		const second = await store.append(new Map([[r1, one.updates[1]]]));
		expect(counts(second)).toEqual(new Map([[r1, 2]]));
		// Ids grow with every append.
		expect(BigInt(second.get(r1)!.id)).toBeGreaterThan(BigInt(first.get(r1)!.id));
		expect(listNotes(await loaded(store, r1))).toEqual(listNotes(one.doc));
		expect((await loaded(store, r2)).getMap('session').toJSON()).toEqual({ phase: 'ideate' });
	});

	it('compact then load gives the same state, and batch counts start again after it', async () => {
		const store = make();
		const name = room();
		const source = recorded();
		const id = addNote(source.doc, { text: 'Before compaction', x: 0, y: 0, author: AUTHOR, stakeholder: 'city' });
		setNoteText(source.doc, id, 'Before compaction, edited');
		for (const update of source.updates) await store.append(new Map([[name, update]]));
		const third = await store.append(new Map([[name, Y.encodeStateAsUpdate(new Y.Doc())]]));
		expect(counts(third)).toEqual(new Map([[name, 3]]));

		await store.compact(name, Y.encodeStateAsUpdate(source.doc), third.get(name)!.id);
		expect(listNotes(await loaded(store, name))).toEqual(listNotes(source.doc));

		source.updates.length = 0;
		addNote(source.doc, { text: 'After compaction', x: 5, y: 5, author: AUTHOR, stakeholder: 'academia' });
		const after = await store.append(new Map([[name, source.updates[0]]]));
		expect(counts(after)).toEqual(new Map([[name, 1]]));
		expect(listNotes(await loaded(store, name))).toEqual(listNotes(source.doc));

		// Compacting again keeps everything and restarts the count once more.
		await store.compact(name, Y.encodeStateAsUpdate(source.doc), after.get(name)!.id);
		expect(listNotes(await loaded(store, name))).toEqual(listNotes(source.doc));
		expect(counts(await store.append(new Map([[name, Y.encodeStateAsUpdate(new Y.Doc())]])))).toEqual(new Map([[name, 1]]));
	});

	it('compacts only up to the batch it is given: batches stored after it stay and still load', async () => {
		const store = make();
		const name = room();
		const source = recorded();
		addNote(source.doc, { id: 'a', text: 'In the snapshot', x: 0, y: 0, author: AUTHOR, stakeholder: 'city' });
		const covered = await store.append(new Map([[name, source.updates[0]]]));
		const snapshot = Y.encodeStateAsUpdate(source.doc);
		// Stored while the compaction is being made: the snapshot does not cover it.
		addNote(source.doc, { id: 'b', text: 'Stored meanwhile', x: 1, y: 1, author: AUTHOR, stakeholder: 'city' });
		await store.append(new Map([[name, source.updates[1]]]));
		await store.compact(name, snapshot, covered.get(name)!.id);
		expect(listNotes(await loaded(store, name)).map((n) => n.text).sort()).toEqual(['In the snapshot', 'Stored meanwhile']);
		expect(counts(await store.append(new Map([[name, Y.encodeStateAsUpdate(new Y.Doc())]])))).toEqual(new Map([[name, 2]]));
	});

	it('keeps appends in order: many small batches of typing load back as the same text', async () => {
		const store = make();
		const name = room();
		const source = recorded();
		const id = addNote(source.doc, { text: '', x: 0, y: 0, author: AUTHOR, stakeholder: 'citizen' });
		let text = '';
		for (const word of 'one two three four five six seven eight nine ten eleven twelve'.split(' ')) {
			text = text ? `${word} ${text}` : word;
			setNoteText(source.doc, id, text);
		}
		for (const update of source.updates) await store.append(new Map([[name, update]]));
		const doc = await loaded(store, name);
		expect(listNotes(doc)).toEqual(listNotes(source.doc));
		expect(listNotes(doc)[0].text).toBe('twelve eleven ten nine eight seven six five four three two one');
		// Nothing is waiting for a missing earlier batch.
		expect(doc.store.pendingStructs).toBeNull();
	});
});

describe('PostgresStore in the database', () => {
	it('compaction leaves one snapshot row and no update rows for the room, and touches no other room', async () => {
		const store = new PostgresStore(db());
		const [name, neighbour] = [room(), room()];
		const source = recorded();
		addNote(source.doc, { text: 'A', x: 0, y: 0, author: AUTHOR, stakeholder: 'city' });
		addNote(source.doc, { text: 'B', x: 0, y: 0, author: AUTHOR, stakeholder: 'city' });
		let last = '';
		for (const update of source.updates) last = (await store.append(new Map([[name, update], [neighbour, update]]))).get(name)!.id;
		await store.compact(name, Y.encodeStateAsUpdate(source.doc), last);
		const count = async (table: string, r: string) =>
			(await db().query<{ n: number }>(`select count(*)::int as n from collab.${table} where room = $1`, [r])).rows[0].n;
		expect([await count('updates', name), await count('snapshots', name)]).toEqual([0, 1]);
		expect([await count('updates', neighbour), await count('snapshots', neighbour)]).toEqual([2, 0]);
		expect(listNotes(await loaded(store, neighbour))).toEqual(listNotes(source.doc));
	});

	it('stores batches in the order they were appended', async () => {
		const store = new PostgresStore(db());
		const name = room();
		const source = recorded();
		for (let i = 0; i < 5; i++) addNote(source.doc, { text: `n${i}`, x: i, y: 0, author: AUTHOR, stakeholder: 'city' });
		for (const update of source.updates) await store.append(new Map([[name, update]]));
		const { rows } = await db().query<{ data: Buffer }>('select data from collab.updates where room = $1 order by id', [name]);
		expect(rows.map((r) => Buffer.from(r.data).toString('hex'))).toEqual(source.updates.map((u) => Buffer.from(u).toString('hex')));
	});
});
