/**
 * A facilitator closes a workshop and reopens it: no new joins while closed,
 * every canvas read-only for participants (collab_access says locked, and open
 * connections and the session room hear of it at once), nothing lost.
 */
import { describe, expect, it } from 'vitest';
import { addNote, getNote } from '../../src/lib/canvas';
import { canvasRoom, sessionRoom } from '../../src/lib/realtime/rooms';
import { SESSION_LOCKS } from '../../src/lib/session/document';
import { clientFor, createUser, db } from './helpers';
import { barrier, connected, createWorkshop, waitFor, writeProbe, useRealtimeServer, type Client } from './realtime-helpers';

const server = useRealtimeServer();

const setStatus = async (token: string, workshopId: string, status: 'open' | 'closed') => {
	const { data, error } = await clientFor(token).from('workshops').update({ status }).eq('id', workshopId).select('status');
	expect(error).toBeNull();
	expect(data).toEqual([{ status }]);
};

const accessOf = async (token: string, canvasId: string) => {
	const { data, error } = await clientFor(token).rpc('collab_access', { room_kind: 'canvas', room_id: canvasId });
	expect(error).toBeNull();
	return data as { workshop_id: string; locked: boolean; role: string }[];
};

const locksOf = (client: Client) => client.doc.getMap<boolean>(SESSION_LOCKS);

describe('closing a workshop', () => {
	it('locks every canvas for the realtime server while closed, and only then', async () => {
		const w = await createWorkshop(2);
		expect((await accessOf(w.participant.token, w.canvases[0]))[0].locked).toBe(false);
		await setStatus(w.facilitator.token, w.id, 'closed');
		for (const canvas of w.canvases) expect(await accessOf(w.participant.token, canvas)).toEqual([{ workshop_id: w.id, locked: true, role: 'participant' }]);
		// The session room, and a participant's session page, are not canvases: still open to members.
		const { data } = await clientFor(w.participant.token).rpc('collab_access', { room_kind: 'session', room_id: w.id });
		expect(data).toEqual([{ workshop_id: w.id, locked: false, role: 'participant' }]);
		await setStatus(w.facilitator.token, w.id, 'open');
		expect((await accessOf(w.participant.token, w.canvases[0]))[0].locked).toBe(false);
	});

	it('only a facilitator closes it', async () => {
		const w = await createWorkshop(1);
		const { data } = await clientFor(w.participant.token).from('workshops').update({ status: 'closed' }).eq('id', w.id).select('status');
		expect(data).toEqual([]);
		const { rows } = await db().query('select status from public.workshops where id = $1', [w.id]);
		expect(rows[0].status).toBe('open');
	});

	it('refuses new joins while closed, and takes them again once reopened', async () => {
		const w = await createWorkshop(1);
		const newcomer = await createUser('anonymous');
		await setStatus(w.facilitator.token, w.id, 'closed');
		const refused = await clientFor(newcomer.token).rpc('join_workshop', { code: w.code, display_name: 'Late', stakeholder: 'citizen' });
		expect(refused.error?.code).toBe('55000');
		expect(refused.error?.message).toContain('closed');
		await setStatus(w.facilitator.token, w.id, 'open');
		const joined = await clientFor(newcomer.token).rpc('join_workshop', { code: w.code, display_name: 'Late', stakeholder: 'citizen' });
		expect(joined.error).toBeNull();
		expect(joined.data).toBe(w.id);
	});

	it('turns open canvases read-only at once, tells the session room, and reopening lets them write again', async () => {
		const w = await createWorkshop(2);
		const [c0, c1] = w.canvases;
		const facilitator = await connected(server.url, canvasRoom(c0), w.facilitator.token);
		const participant = await connected(server.url, canvasRoom(c0), w.participant.token);
		const session = await connected(server.url, sessionRoom(w.id), w.participant.token);
		const kept = addNote(participant.doc, { text: 'Before closing', x: 0, y: 0, author: w.participant.id, stakeholder: 'citizen' });
		await waitFor(() => getNote(facilitator.doc, kept), 'the note to reach the facilitator');
		const probe = await writeProbe(server.url, canvasRoom(c0), w.participant.token);
		expect(await probe.canWrite(facilitator)).toBe(true);

		await setStatus(w.facilitator.token, w.id, 'closed');
		await waitFor(async () => !(await probe.canWrite(facilitator)), 'closing to reach open connections');
		await waitFor(() => locksOf(session).get(c0) === true && locksOf(session).get(c1) === true, 'closing to reach the session room');
		// The participant's own editor is read-only too; what was there stays.
		const during = addNote(participant.doc, { text: 'While closed', x: 0, y: 0, author: w.participant.id, stakeholder: 'citizen' });
		await barrier(participant);
		await barrier(facilitator);
		expect(getNote(facilitator.doc, during)).toBeUndefined();
		expect(getNote(facilitator.doc, kept)?.text).toBe('Before closing');

		// Unlocking one canvas of a closed workshop does not open it.
		await db().query('update public.canvases set locked = true where id = $1', [c1]);
		await db().query('update public.canvases set locked = false where id = $1', [c1]);
		await barrier(session);
		expect(locksOf(session).get(c1)).toBe(true);

		await setStatus(w.facilitator.token, w.id, 'open');
		await waitFor(() => locksOf(session).get(c0) === false && locksOf(session).get(c1) === false, 'reopening to reach the session room');
		const again = await writeProbe(server.url, canvasRoom(c0), w.participant.token);
		await waitFor(() => again.canWrite(facilitator), 'reopening to reach open connections');
		const after = addNote(participant.doc, { text: 'After reopening', x: 0, y: 0, author: w.participant.id, stakeholder: 'citizen' });
		await waitFor(async () => {
			await barrier(participant);
			return getNote(facilitator.doc, after) !== undefined;
		}, 'the participant’s note after reopening to reach the facilitator', 3000);
	});
});
