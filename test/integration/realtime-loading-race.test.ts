/**
 * Access changes that arrive while a connection is between its admission and
 * its room being loaded. The load is held up for real: a transaction holds an
 * exclusive lock on collab.snapshots, so the server's load query waits.
 */
import type pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addNote, getNote } from '../../src/lib/canvas';
import { canvasRoom } from '../../src/lib/realtime/rooms';
import { PostgresStore } from '../../src/lib/server/realtime/persistence';
import { closeDb, db } from './helpers';
import {
	applyStackEnv, barrier, connect, connected, createWorkshop, destroyClients, startRealtime, waitFor, writeProbe,
	type Client, type RunningServer, type Workshop
} from './realtime-helpers';

let restoreEnv: () => void;
let server: RunningServer;
let blocker: pg.PoolClient | null = null;

beforeAll(async () => {
	restoreEnv = applyStackEnv();
	server = await startRealtime();
});
afterEach(async () => {
	await release();
	destroyClients();
});
afterAll(async () => {
	await server?.close();
	await closeDb();
	restoreEnv();
});

async function holdLoads() {
	blocker = await db().connect();
	await blocker.query('begin');
	await blocker.query('lock table collab.snapshots in access exclusive mode');
}
async function release() {
	const held = blocker;
	blocker = null;
	if (!held) return;
	await held.query('commit');
	held.release();
}
/** True once the server's load of a room waits on the lock (so its admission is done). */
const loadWaiting = async () =>
	(
		await db().query<{ n: number }>(
			`select count(*)::int as n from pg_stat_activity
			 where wait_event_type = 'Lock' and query like '%from collab.snapshots%' and pid <> pg_backend_pid()`
		)
	).rows[0].n > 0;

/**
 * Flips the observer's role with SQL and waits until the server has applied
 * it: access changes arrive in commit order on one LISTEN connection, so once
 * this one shows on an already open room, every change committed before it
 * was handled too.
 */
const markerRole = new Map<string, 'participant' | 'observer'>();
async function markerApplied(w: Workshop, watcher: Client) {
	const role = markerRole.get(w.id) === 'participant' ? 'observer' : 'participant';
	markerRole.set(w.id, role);
	const probe = await writeProbe(server.url, canvasRoom(w.canvases[1]), w.observer.token);
	await db().query('update public.workshop_members set role = $3 where workshop_id = $1 and user_id = $2', [w.id, w.observer.id, role]);
	await waitFor(async () => (await probe.canWrite(watcher)) === (role === 'participant'), 'the marker change to be applied');
}

const note = (client: Client, author: string, text: string) => addNote(client.doc, { text, x: 0, y: 0, author, stakeholder: 'city' });

describe('[R5] access changes during a room load', () => {
	it('[R5] a canvas locked while a participant’s room is loading is read-only for them once it loads', async () => {
		const w = await createWorkshop(2);
		const watcher = await connected(server.url, canvasRoom(w.canvases[1]), w.facilitator.token);
		await holdLoads();
		const participant = connect(server.url, canvasRoom(w.canvases[0]), w.participant.token);
		await waitFor(loadWaiting, 'the room load to wait on the lock');

		await db().query('update public.canvases set locked = true where id = $1', [w.canvases[0]]);
		await markerApplied(w, watcher);
		await release();

		await waitFor(() => participant.provider.synced, 'the participant to sync');
		const facilitator = await connected(server.url, canvasRoom(w.canvases[0]), w.facilitator.token);
		const written = note(participant, w.participant.id, 'Written on a locked canvas');
		await barrier(participant);
		await barrier(facilitator);
		expect(getNote(facilitator.doc, written)).toBeUndefined();
	});

	it('[R5] a room loaded around a lock keeps the lock when someone’s role changes later', async () => {
		const w = await createWorkshop(2);
		const watcher = await connected(server.url, canvasRoom(w.canvases[1]), w.facilitator.token);
		await holdLoads();
		const first = connect(server.url, canvasRoom(w.canvases[0]), w.facilitator.token);
		await waitFor(loadWaiting, 'the room load to wait on the lock');
		await db().query('update public.canvases set locked = true where id = $1', [w.canvases[0]]);
		await markerApplied(w, watcher);
		await release();
		await waitFor(() => first.provider.synced, 'the facilitator to sync');

		// Admitted after the lock, so read-only; a later role change re-decides from the room's own lock flag.
		const participant = await connected(server.url, canvasRoom(w.canvases[0]), w.participant.token);
		await db().query("update public.workshop_members set role = 'participant' where workshop_id = $1 and user_id = $2", [
			w.id,
			w.participant.id
		]);
		await markerApplied(w, watcher);
		const written = note(participant, w.participant.id, 'Written on a locked canvas after a role change');
		await barrier(participant);
		await barrier(first);
		expect(getNote(first.doc, written)).toBeUndefined();
	});

	it('[R5] a member removed while their room is loading never receives the document', async () => {
		const w = await createWorkshop(2);
		const room = canvasRoom(w.canvases[0]);
		const stored = new Y.Doc();
		addNote(stored, { text: 'Only for members', x: 0, y: 0, author: w.facilitator.id, stakeholder: 'city' });
		await new PostgresStore(db()).append(new Map([[room, Y.encodeStateAsUpdate(stored)]]));
		const watcher = await connected(server.url, canvasRoom(w.canvases[1]), w.facilitator.token);
		await holdLoads();
		const removed = connect(server.url, room, w.participant.token);
		let closes = 0;
		removed.provider.on('connection-close', () => closes++);
		await waitFor(loadWaiting, 'the room load to wait on the lock');

		await db().query('delete from public.workshop_members where workshop_id = $1 and user_id = $2', [w.id, w.participant.id]);
		await markerApplied(w, watcher);
		await release();

		// Either the socket is refused (closed) or it is let in and syncs.
		await waitFor(() => removed.provider.synced || closes > 0, 'the server to decide on the removed member’s socket');
		expect(removed.provider.synced).toBe(false);
		expect(removed.doc.getMap('notes').size).toBe(0);
	});
});
