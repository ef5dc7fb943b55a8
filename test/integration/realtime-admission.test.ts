/**
 * Who may open a room: refusals happen at the HTTP upgrade, before any byte
 * of the document is sent; and a room whose load failed is never stored.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import * as Y from 'yjs';
import { addNote, listNotes } from '../../src/lib/canvas';
import { canvasRoom, sessionRoom } from '../../src/lib/realtime/rooms';
import { signToken } from '../../src/lib/server/jwt';
import { createAdmission } from '../../src/lib/server/realtime/access';
import { createRealtimeServer } from '../../src/lib/server/realtime/index';
import { PostgresStore, type DocumentStore } from '../../src/lib/server/realtime/persistence';
import { createUser, db, type TestUser } from './helpers';
import {
	closed, connect, connected, createWorkshop, destroyClients, rawSocket, storedDoc, waitFor,
	type Workshop, useRealtimeServer
} from './realtime-helpers';

const server = useRealtimeServer();
let a: Workshop, b: Workshop;
let outsider: TestUser;
const SECRET_TEXT = 'Confidential note of workshop A';

beforeAll(async () => {
	[a, b, outsider] = await Promise.all([createWorkshop(2), createWorkshop(1), createUser()]);
	// Rooms with content, so a refusal that leaked the document would show.
	const f = await connected(server.url, canvasRoom(a.canvases[0]), a.facilitator.token);
	addNote(f.doc, { text: SECRET_TEXT, x: 0, y: 0, author: a.facilitator.id, stakeholder: 'city' });
	const s = await connected(server.url, sessionRoom(a.id), a.facilitator.token);
	s.doc.getMap('session').set('phase', SECRET_TEXT);
	await server.realtime.flush();
});

const claimsOf = (user: TestUser) => ({ sub: user.id, role: 'authenticated', aud: 'authenticated', is_anonymous: false });

async function expectRefused(path: string, status: number, headers: Record<string, string> = {}) {
	const outcome = await rawSocket(`${server.url}/${path}`, headers);
	if ('ws' in outcome) {
		outcome.ws.terminate();
		throw new Error(`${path} was upgraded; expected ${status}`);
	}
	expect(outcome.refused.status).toBe(status);
	expect(outcome.refused.body).not.toContain(SECRET_TEXT);
}

describe('[R2] refused upgrades', () => {
	const canvasA = () => canvasRoom(a.canvases[0]);

	it('[R2] no token, a garbage token, an expired token and a token of another secret: 401', async () => {
		await expectRefused(canvasA(), 401);
		await expectRefused(`${canvasA()}?token=not.a.jwt`, 401);
		const expired = await signToken(claimsOf(a.facilitator), inject('jwtSecret'), -60);
		await expectRefused(`${canvasA()}?token=${expired}`, 401);
		const forged = await signToken(claimsOf(a.facilitator), 'another-secret-that-is-long-enough-for-hs256!', 3600);
		await expectRefused(`${canvasA()}?token=${forged}`, 401);
		await expectRefused(`${sessionRoom(a.id)}?token=${forged}`, 401);
	});

	it('[R2] a valid token of someone who is not a member, and an unknown canvas: 403', async () => {
		await expectRefused(`${canvasA()}?token=${outsider.token}`, 403);
		await expectRefused(`${sessionRoom(a.id)}?token=${outsider.token}`, 403);
		await expectRefused(`${canvasRoom(crypto.randomUUID())}?token=${a.facilitator.token}`, 403);
		await expectRefused(`${sessionRoom(crypto.randomUUID())}?token=${a.facilitator.token}`, 403);
	});

	it('[R2] a malformed room name: 404', async () => {
		const token = a.facilitator.token;
		await expectRefused(`canvas:nope?token=${token}`, 404);
		await expectRefused(`board:${a.canvases[0]}?token=${token}`, 404);
		await expectRefused(`canvas:${a.canvases[0].toUpperCase()}?token=${token}`, 404);
		await expectRefused(`canvas:${a.canvases[0]}/x?token=${token}`, 404);
		await expectRefused(`?token=${token}`, 404);
	});

	it("[R2] members of workshop B cannot open workshop A's canvases or session: 403", async () => {
		for (const member of [b.facilitator, b.participant, b.observer]) {
			await expectRefused(`${canvasA()}?token=${member.token}`, 403);
			await expectRefused(`${canvasRoom(a.canvases[1])}?token=${member.token}`, 403);
			await expectRefused(`${sessionRoom(a.id)}?token=${member.token}`, 403);
		}
		// The same people do get into their own workshop's rooms.
		const own = await rawSocket(`${server.url}/${canvasRoom(b.canvases[0])}?token=${b.observer.token}`);
		expect('ws' in own).toBe(true);
		if ('ws' in own) own.ws.terminate();
	});

	it('[R2] the session cookie works instead of ?token, and a bad cookie is refused', async () => {
		const outcome = await rawSocket(`${server.url}/${canvasA()}`, { Cookie: `theme=dark; cc_access=${a.participant.token}` });
		if (!('ws' in outcome)) throw new Error(`refused with ${outcome.refused.status}`);
		// The server opens with its sync step 1.
		await waitFor(() => outcome.received.length > 0, 'the first message');
		expect([...outcome.received[0].slice(0, 2)]).toEqual([0, 0]);
		outcome.ws.close();
		await closed(outcome.ws);
		await expectRefused(canvasA(), 401, { Cookie: 'cc_access=garbage' });
		await expectRefused(canvasA(), 403, { Cookie: `cc_access=${outsider.token}` });
	});
});

describe('[P1] a load that fails is never stored', () => {
	it('[P1] the upgrade is refused with 503, nothing is written, and the stored content stays intact', async () => {
		const room = canvasRoom(a.canvases[1]);
		const before = new Y.Doc();
		addNote(before, { id: 'stored-note', text: 'Stored before the outage', x: 0, y: 0, author: a.facilitator.id, stakeholder: 'city' });
		const postgres = new PostgresStore(db());
		await postgres.append(new Map([[room, Y.encodeStateAsUpdate(before)]]));

		let failing = true;
		const calls = { load: 0, append: 0, compact: 0 };
		const store: DocumentStore = {
			async load(name) {
				calls.load++;
				if (failing) throw new Error('database unreachable');
				return postgres.load(name);
			},
			async append(batches) {
				calls.append++;
				return postgres.append(batches);
			},
			async compact(name, state, upTo) {
				calls.compact++;
				return postgres.compact(name, state, upTo);
			}
		};
		const admission = createAdmission(inject('jwtSecret'));
		const realtime = createRealtimeServer({
			store,
			admit: admission.admit,
			limits: { unloadAfterMs: 50, persistIntervalMs: 20, compactAfterBatches: 2 }
		});
		const http = createServer();
		http.on('upgrade', (req, socket, head) => {
			if (!realtime.handleUpgrade(req, socket, head)) socket.destroy();
		});
		await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
		const url = `ws://127.0.0.1:${(http.address() as AddressInfo).port}/collab`;
		try {
			const raw = await rawSocket(`${url}/${room}?token=${a.facilitator.token}`);
			expect('refused' in raw && raw.refused.status).toBe(503);

			// A real client with local work keeps retrying while the load fails.
			const client = connect(url, room, a.participant.token);
			addNote(client.doc, { id: 'offline-note', text: 'Written during the outage', x: 5, y: 5, author: a.participant.id, stakeholder: 'citizen' });
			await waitFor(() => calls.load >= 3, 'several failed loads');
			await realtime.flush();
			expect(realtime.stats().rooms).toBe(0);
			expect(calls).toMatchObject({ append: 0, compact: 0 });

			failing = false;
			await waitFor(() => client.provider.synced, 'the client to sync once the load works');
			expect(listNotes(client.doc).map((n) => n.text)).toEqual(['Stored before the outage', 'Written during the outage']);
			await realtime.flush();
			expect(listNotes(await storedDoc(room)).map((n) => n.text)).toEqual(['Stored before the outage', 'Written during the outage']);
		} finally {
			destroyClients();
			await realtime.close();
			admission.close();
			http.closeAllConnections();
			await new Promise((ok) => http.close(ok));
		}
	});
});
