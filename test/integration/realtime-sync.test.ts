/**
 * The realtime server with stock y-websocket clients over real sockets, stored
 * in the real database: convergence, read-only roles, unloading and the notes
 * projection.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { addNote, deleteNote, getNote, listNotes, setNoteText } from '../../src/lib/canvas';
import { canvasRoom, sessionRoom } from '../../src/lib/realtime/rooms';
import { SESSION_LOCKS } from '../../src/lib/session/document';
import { clientFor, createUser, db } from './helpers';
import {
	barrier, connected, createWorkshop, destroyClients, startRealtime, storedDoc, storedRows, waitFor,
	type Client, type Workshop, useRealtimeServer
} from './realtime-helpers';

const server = useRealtimeServer({ projectionIntervalMs: 50 });
let w: Workshop;

beforeAll(async () => {
	w = await createWorkshop(6);
});

const note = (client: Client, author: string, text: string, extra: Record<string, unknown> = {}) =>
	addNote(client.doc, { text, x: 10, y: 20, author, stakeholder: 'city', ...extra });
const same = (a: Client, b: Client) => JSON.stringify(listNotes(a.doc)) === JSON.stringify(listNotes(b.doc));

describe('[R1] convergence', () => {
	it('[R1] two clients editing at once end identical, and the server stores what they wrote', async () => {
		const room = canvasRoom(w.canvases[0]);
		const a = await connected(server.url, room, w.facilitator.token);
		const b = await connected(server.url, room, w.participant.token);
		const fromA = note(a, w.facilitator.id, 'From A');
		const fromB = note(b, w.participant.id, 'From B');
		await waitFor(() => getNote(a.doc, fromB) && getNote(b.doc, fromA), 'both notes on both clients');
		// Concurrent edits of the same note's text on both sides.
		setNoteText(a.doc, fromA, 'From A, typed by A');
		setNoteText(b.doc, fromA, 'From A, typed by B');
		setNoteText(b.doc, fromB, 'From B, edited');
		await waitFor(() => same(a, b) && getNote(a.doc, fromB)?.text === 'From B, edited', 'the clients to converge');
		const expected = listNotes(a.doc);
		expect(expected).toHaveLength(2);
		expect(getNote(a.doc, fromA)?.text).toMatch(/typed by/);

		await server.realtime.flush();
		expect(listNotes(await storedDoc(room))).toEqual(expected);
		// A fresh client of a second server, which can only have it from the database.
		const other = await startRealtime();
		try {
			const fresh = await connected(other.url, room, w.observer.token);
			expect(listNotes(fresh.doc)).toEqual(expected);
		} finally {
			destroyClients();
			await other.close();
		}
	});
});

describe('[R3] [R4] read-only roles', () => {
	it("[R3] an observer's write is dropped and the stored state is unchanged", async () => {
		const room = canvasRoom(w.canvases[1]);
		const facilitator = await connected(server.url, room, w.facilitator.token);
		const observer = await connected(server.url, room, w.observer.token);
		const real = note(facilitator, w.facilitator.id, 'Facilitator note');
		await waitFor(() => getNote(observer.doc, real), 'the observer to receive the note');

		const sneaked = note(observer, w.observer.id, 'Observer note');
		setNoteText(observer.doc, real, 'Rewritten by the observer');
		await barrier(observer);
		await barrier(facilitator);
		expect(getNote(facilitator.doc, sneaked)).toBeUndefined();
		expect(getNote(facilitator.doc, real)?.text).toBe('Facilitator note');

		await server.realtime.flush();
		const stored = await storedDoc(room);
		expect(getNote(stored, sneaked)).toBeUndefined();
		expect(listNotes(stored)).toEqual(listNotes(facilitator.doc));
		const fresh = await connected(server.url, room, w.participant.token);
		expect(getNote(fresh.doc, sneaked)).toBeUndefined();
	});

	it('[R4] the session room is read-only for everyone, facilitators too: the server writes it from the database', async () => {
		const room = sessionRoom(w.id);
		const facilitator = await connected(server.url, room, w.facilitator.token);
		const participant = await connected(server.url, room, w.participant.token);
		const observer = await connected(server.url, room, w.observer.token);

		participant.doc.getMap('session').set('participantWrote', 'phase: done');
		facilitator.doc.getMap('session').set('facilitatorWrote', 'ideate');
		await barrier(participant);
		await barrier(facilitator);
		// What the database says does reach everyone.
		await db().query('update public.canvases set locked = true where id = $1', [w.canvases[5]]);
		await waitFor(
			() => participant.doc.getMap(SESSION_LOCKS).get(w.canvases[5]) === true && observer.doc.getMap(SESSION_LOCKS).get(w.canvases[5]) === true,
			'the participant and observer to receive the lock'
		);
		await barrier(observer);
		expect(observer.doc.getMap('session').toJSON()).toEqual({});
		await server.realtime.flush();
		expect((await storedDoc(room)).getMap('session').toJSON()).toEqual({});
		await db().query('update public.canvases set locked = false where id = $1', [w.canvases[5]]);
	});
});

describe('[R8] unloading', () => {
	it('[R8] a room with no connection is unloaded after it is saved, and loads back intact', async () => {
		const own = await startRealtime({ unloadAfterMs: 100 });
		try {
			const room = canvasRoom(w.canvases[2]);
			const a = await connected(own.url, room, w.facilitator.token);
			note(a, w.facilitator.id, 'Saved before unload');
			const expected = listNotes(a.doc);
			expect(own.realtime.stats().rooms).toBe(1);
			a.destroy();
			await waitFor(() => own.realtime.stats().rooms === 0, 'the room to unload');
			// Nothing was flushed by hand: unloading stored it.
			expect(listNotes(await storedDoc(room))).toEqual(expected);
			const back = await connected(own.url, room, w.participant.token);
			expect(listNotes(back.doc)).toEqual(expected);
		} finally {
			destroyClients();
			await own.close();
		}
	});

	it('[R8] a room with several stored batches is compacted into one snapshot when it unloads', async () => {
		const own = await startRealtime({ unloadAfterMs: 100 });
		try {
			const room = canvasRoom(w.canvases[3]);
			const a = await connected(own.url, room, w.facilitator.token);
			const id = note(a, w.facilitator.id, 'First');
			await waitFor(async () => (await storedRows(room)).updates === 1, 'the first batch');
			setNoteText(a.doc, id, 'First, edited');
			await waitFor(async () => (await storedRows(room)).updates === 2, 'the second batch');
			note(a, w.facilitator.id, 'Second');
			await waitFor(async () => (await storedRows(room)).updates === 3, 'the third batch');
			const expected = listNotes(a.doc);
			a.destroy();
			await waitFor(() => own.realtime.stats().rooms === 0, 'the room to unload');
			expect(await storedRows(room)).toEqual({ updates: 0, snapshots: 1 });
			expect(listNotes(await storedDoc(room))).toEqual(expected);
			const back = await connected(own.url, room, w.participant.token);
			expect(listNotes(back.doc)).toEqual(expected);
		} finally {
			destroyClients();
			await own.close();
		}
	});
});

describe('[R9] the notes projection', () => {
	const projected = async (canvasId: string) =>
		(
			await db().query(
				'select note_id, text, block, dimension, author::text, stakeholder from public.canvas_notes where canvas_id = $1 order by text',
				[canvasId]
			)
		).rows;

	it('[R9] public.canvas_notes follows the notes, and only members can read it', async () => {
		const canvasId = w.canvases[4];
		const f = await connected(server.url, canvasRoom(canvasId), w.facilitator.token);
		const keep = note(f, w.facilitator.id, 'Open data portal', { block: 'key-resources', dimension: 'how' });
		const gone = note(f, w.participant.id, 'To be deleted', { stakeholder: 'citizen' });
		await waitFor(async () => (await projected(canvasId)).length === 2, 'both notes in canvas_notes');
		expect(await projected(canvasId)).toEqual([
			{ note_id: keep, text: 'Open data portal', block: 'key-resources', dimension: 'how', author: w.facilitator.id, stakeholder: 'city' },
			{ note_id: gone, text: 'To be deleted', block: null, dimension: null, author: w.participant.id, stakeholder: 'citizen' }
		]);

		deleteNote(f.doc, gone);
		setNoteText(f.doc, keep, 'Open data portal, city-wide');
		await waitFor(async () => {
			const rows = await projected(canvasId);
			return rows.length === 1 && rows[0].text === 'Open data portal, city-wide';
		}, 'the deletion and the edit in canvas_notes');

		const asMember = await clientFor(w.participant.token).from('canvas_notes').select('note_id, text').eq('canvas_id', canvasId);
		expect(asMember.error).toBeNull();
		expect(asMember.data).toEqual([{ note_id: keep, text: 'Open data portal, city-wide' }]);
		const outsider = await createUser();
		const asOutsider = await clientFor(outsider.token).from('canvas_notes').select('note_id').eq('canvas_id', canvasId);
		expect(asOutsider.error).toBeNull();
		expect(asOutsider.data).toEqual([]);
	});
});
