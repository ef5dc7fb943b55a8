/**
 * Access changes made in the database reach open connections at once, through
 * LISTEN/NOTIFY: locking a canvas, changing a role, removing a member.
 */
import { describe, expect, it } from 'vitest';
import { addNote, getNote, listNotes, setNoteText } from '../../src/lib/canvas';
import { canvasRoom, sessionRoom } from '../../src/lib/realtime/rooms';
import { SESSION_LOCKS } from '../../src/lib/session/document';
import { clientFor, db, one } from './helpers';
import {
	barrier, closed, connected, createWorkshop, destroyClients, rawSocket, startRealtime, storedDoc, waitFor,
	writeProbe, type Client, useRealtimeServer
} from './realtime-helpers';

const server = useRealtimeServer();


const note = (client: Client, author: string, text: string) => addNote(client.doc, { text, x: 0, y: 0, author, stakeholder: 'citizen' });

/** True when `from`'s latest edits reached `to` (both sockets drained first). */
async function reached(from: Client, to: Client, id: string, text?: string) {
	await barrier(from);
	await barrier(to);
	const got = getNote(to.doc, id);
	return text === undefined ? got !== undefined : got?.text === text;
}

describe('[R5] locking a canvas', () => {
	/** A canvas with the facilitator and a participant on it, the participant's note stored, and a probe. */
	async function lockedScene() {
		const w = await createWorkshop(1);
		const room = canvasRoom(w.canvases[0]);
		const facilitator = await connected(server.url, room, w.facilitator.token);
		const participant = await connected(server.url, room, w.participant.token);
		const before = note(participant, w.participant.id, 'Before the lock');
		await waitFor(() => getNote(facilitator.doc, before), 'the participant’s note to reach the facilitator');
		const probe = await writeProbe(server.url, room, w.participant.token);
		expect(await probe.canWrite(facilitator)).toBe(true);
		await db().query('update public.canvases set locked = true where id = $1', [w.canvases[0]]);
		await waitFor(async () => !(await probe.canWrite(facilitator)), 'the lock to reach open connections');
		const unlock = async () => {
			await db().query('update public.canvases set locked = false where id = $1', [w.canvases[0]]);
			// A probe opened while locked: read-only at admission, writable once the unlock arrives.
			const again = await writeProbe(server.url, room, w.participant.token);
			await waitFor(() => again.canWrite(facilitator), 'the unlock to reach open connections');
		};
		return { w, room, facilitator, participant, before, unlock };
	}

	it('[R5] turns an open editor read-only at once; the facilitator still writes and the participant receives', async () => {
		const { w, room, facilitator, participant, before } = await lockedScene();
		// The participant's own connection, opened before the lock, is read-only now too.
		const during = note(participant, w.participant.id, 'Written while locked');
		setNoteText(participant.doc, before, 'Before the lock, changed while locked');
		expect(await reached(participant, facilitator, during)).toBe(false);
		expect(getNote(facilitator.doc, before)?.text).toBe('Before the lock');
		const byFacilitator = note(facilitator, w.facilitator.id, 'Facilitator while locked');
		await waitFor(() => getNote(participant.doc, byFacilitator), 'the facilitator’s note to reach the participant');
		await server.realtime.flush();
		const stored = await storedDoc(room);
		expect(getNote(stored, during)).toBeUndefined();
		expect(getNote(stored, before)?.text).toBe('Before the lock');
		expect(getNote(stored, byFacilitator)?.text).toBe('Facilitator while locked');
	});

	it('[R5] unlocking lets the open editor write again', async () => {
		const { w, facilitator, participant, unlock } = await lockedScene();
		await unlock();
		const after = note(participant, w.participant.id, 'After the unlock');
		await waitFor(() => reached(participant, facilitator, after), 'the participant’s new note to reach the facilitator', 2000);
	});

	it('[R5] unlocking lets the open editor write again, also after they typed during the lock', async () => {
		const { w, facilitator, participant, unlock } = await lockedScene();
		const during = note(participant, w.participant.id, 'Typed as the lock arrived');
		expect(await reached(participant, facilitator, during)).toBe(false);
		await unlock();
		const after = note(participant, w.participant.id, 'After the unlock');
		await waitFor(() => reached(participant, facilitator, after), 'the participant’s new note to reach the facilitator', 2000);
	});
});

describe('[R5] role changes', () => {
	it("[R5] a participant demoted to observer becomes read-only on their open connection", async () => {
		const w = await createWorkshop(1);
		const room = canvasRoom(w.canvases[0]);
		const facilitator = await connected(server.url, room, w.facilitator.token);
		const participant = await connected(server.url, room, w.participant.token);
		const first = note(participant, w.participant.id, 'As a participant');
		await waitFor(() => getNote(facilitator.doc, first), 'the first note');
		const probe = await writeProbe(server.url, room, w.participant.token);

		await db().query("update public.workshop_members set role = 'observer' where workshop_id = $1 and user_id = $2", [
			w.id,
			w.participant.id
		]);
		await waitFor(async () => !(await probe.canWrite(facilitator)), 'the role change to reach open connections');
		const dropped = note(participant, w.participant.id, 'As an observer');
		expect(await reached(participant, facilitator, dropped)).toBe(false);
		await server.realtime.flush();
		expect(listNotes(await storedDoc(room)).map((n) => n.text)).toEqual(['As a participant']);
	});

	it('[R5] an observer promoted to participant can write on their open connection', async () => {
		const w = await createWorkshop(1);
		const room = canvasRoom(w.canvases[0]);
		const facilitator = await connected(server.url, room, w.facilitator.token);
		const observer = await connected(server.url, room, w.observer.token);
		const probe = await writeProbe(server.url, room, w.observer.token);
		expect(await probe.canWrite(facilitator)).toBe(false);

		await db().query("update public.workshop_members set role = 'participant' where workshop_id = $1 and user_id = $2", [
			w.id,
			w.observer.id
		]);
		await waitFor(() => probe.canWrite(facilitator), 'the role change to reach open connections');
		const written = note(observer, w.observer.id, 'Promoted');
		await waitFor(() => reached(observer, facilitator, written), 'the promoted person’s note to arrive', 2000);
	});

	it('[R5] removing a member closes their open connections for good, and they cannot reconnect', async () => {
		const w = await createWorkshop(2);
		const participant = await connected(server.url, canvasRoom(w.canvases[0]), w.participant.token);
		const onOther = await connected(server.url, canvasRoom(w.canvases[1]), w.participant.token);
		const observer = await connected(server.url, canvasRoom(w.canvases[0]), w.observer.token);
		const codes: number[] = [];
		for (const client of [participant, onOther]) client.provider.on('closed', (event) => codes.push(event.code));

		await db().query('delete from public.workshop_members where workshop_id = $1 and user_id = $2', [w.id, w.participant.id]);
		await waitFor(() => codes.length === 2, 'both of their connections to close');
		expect(codes).toEqual([4403, 4403]);
		expect(participant.provider.shouldConnect).toBe(false);
		// Everyone else stays connected.
		await barrier(observer);
		const again = await rawSocket(`${server.url}/${canvasRoom(w.canvases[0])}?token=${w.participant.token}`);
		expect('refused' in again && again.refused.status).toBe(403);
	});

	it('[R5] deleting a canvas closes the connections on it', async () => {
		const w = await createWorkshop(1);
		const outcome = await rawSocket(`${server.url}/${canvasRoom(w.canvases[0])}?token=${w.facilitator.token}`);
		if (!('ws' in outcome)) throw new Error(`refused with ${outcome.refused.status}`);
		const done = closed(outcome.ws);
		await db().query('delete from public.canvases where id = $1', [w.canvases[0]]);
		expect((await done).code).toBe(4404);
	});
});

describe('[R5] the session room’s locks', () => {
	const locksOf = (client: Client) => client.doc.getMap<boolean>(SESSION_LOCKS);
	const setLocked = async (token: string, canvasId: string, locked: boolean) => {
		const { data, error } = await clientFor(token).from('canvases').update({ locked }).eq('id', canvasId).select('locked');
		expect(error).toBeNull();
		expect(data).toEqual([{ locked }]);
	};

	it('[R5] a participant sees every canvas unlocked, then a lock and an unlock made through the API at once', async () => {
		const w = await createWorkshop(2);
		const [c0, c1] = w.canvases;
		const participant = await connected(server.url, sessionRoom(w.id), w.participant.token);
		expect(locksOf(participant).toJSON()).toEqual({ [c0]: false, [c1]: false });

		await setLocked(w.facilitator.token, c0, true);
		await waitFor(() => locksOf(participant).get(c0) === true, 'the lock to reach the session room');
		expect(locksOf(participant).get(c1)).toBe(false);

		// Someone joining the session now gets the lock in their first sync.
		const observer = await connected(server.url, sessionRoom(w.id), w.observer.token);
		expect(locksOf(observer).toJSON()).toEqual({ [c0]: true, [c1]: false });

		await setLocked(w.facilitator.token, c0, false);
		await waitFor(() => locksOf(participant).get(c0) === false && locksOf(observer).get(c0) === false, 'the unlock to reach the session room');
	});

	it('[R5] a participant cannot change the locks others see', async () => {
		const w = await createWorkshop(1);
		const [c0] = w.canvases;
		const facilitator = await connected(server.url, sessionRoom(w.id), w.facilitator.token);
		const participant = await connected(server.url, sessionRoom(w.id), w.participant.token);
		locksOf(participant).set(c0, true);
		await barrier(participant);
		await barrier(facilitator);
		expect(locksOf(facilitator).get(c0)).toBe(false);
		const late = await connected(server.url, sessionRoom(w.id), w.observer.token);
		expect(locksOf(late).get(c0)).toBe(false);
		expect(await one('select locked from public.canvases where id = $1', [c0])).toEqual({ locked: false });
	});

	it('[R5] a canvas deleted while the session is open disappears from the locks', async () => {
		const w = await createWorkshop(2);
		const [c0, c1] = w.canvases;
		const participant = await connected(server.url, sessionRoom(w.id), w.participant.token);
		expect(locksOf(participant).has(c1)).toBe(true);
		const { error } = await clientFor(w.facilitator.token).from('canvases').delete().eq('id', c1);
		expect(error).toBeNull();
		await waitFor(() => !locksOf(participant).has(c1), 'the deleted canvas to leave the locks');
		expect(locksOf(participant).toJSON()).toEqual({ [c0]: false });
	});

	it('[R5] canvases added, removed or locked meanwhile are right when the session room is loaded fresh', async () => {
		const own = await startRealtime({ unloadAfterMs: 50 });
		try {
			const w = await createWorkshop(2);
			const [c0, c1] = w.canvases;
			const facilitatorApi = clientFor(w.facilitator.token);
			const first = await connected(own.url, sessionRoom(w.id), w.participant.token);
			expect(locksOf(first).toJSON()).toEqual({ [c0]: false, [c1]: false });

			// Added while the room is open: no event for a new canvas, so it appears on the next load.
			const added = await facilitatorApi
				.from('canvases')
				.insert({ workshop_id: w.id, template: 'magic-triangle', title: 'Added later', position: 2 })
				.select('id')
				.single();
			expect(added.error).toBeNull();
			const c2 = (added.data as { id: string }).id;

			destroyClients();
			await waitFor(() => own.realtime.stats().rooms === 0, 'the session room to unload');

			// While nothing is loaded: lock one canvas and delete another.
			await setLocked(w.facilitator.token, c0, true);
			expect((await facilitatorApi.from('canvases').delete().eq('id', c1)).error).toBeNull();

			const again = await connected(own.url, sessionRoom(w.id), w.participant.token);
			expect(locksOf(again).toJSON()).toEqual({ [c0]: true, [c2]: false });

			// And the freshly loaded room keeps following changes.
			await setLocked(w.facilitator.token, c2, true);
			await waitFor(() => locksOf(again).get(c2) === true, 'the lock of the added canvas to reach the session room');
		} finally {
			destroyClients();
			await own.close();
		}
	});
});
