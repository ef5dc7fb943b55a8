/**
 * A connection does not outlive its token: at the token's `exp` the server
 * closes it with CLOSE.tokenExpired, and the browser's RoomConnection renews
 * access and reconnects without losing an edit made around that moment.
 * Real server, real database, real sockets; RoomConnection runs in Node with
 * `ws` as its WebSocket and stubs for the few browser globals it listens to.
 */
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import WebSocket from 'ws';
import { addNote, listNotes, setNoteText } from '../../src/lib/canvas';
import { RoomConnection } from '../../src/lib/collab/room-connection.svelte';
import { CLOSE } from '../../src/lib/realtime/close-codes';
import { canvasRoom } from '../../src/lib/realtime/rooms';
import { signToken } from '../../src/lib/server/jwt';
import {
	closed, connected, createWorkshop, rawSocket, storedDoc, waitFor,
	type Workshop, useRealtimeServer
} from './realtime-helpers';

const server = useRealtimeServer();
let w: Workshop;

beforeAll(async () => {
	w = await createWorkshop(2);
});

/** A token for the same person that ends `seconds` from now (exp is in whole seconds). */
const tokenFor = (userId: string, seconds: number) =>
	signToken({ sub: userId, role: 'authenticated', aud: 'authenticated', is_anonymous: false }, inject('jwtSecret'), seconds);

const expOf = (token: string) => (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { exp: number }).exp * 1000;

describe('token expiry', () => {
	it('closes a connection with CLOSE.tokenExpired at its token’s exp, while a fresh token’s stays open', async () => {
		const room = canvasRoom(w.canvases[0]);
		const short = await tokenFor(w.participant.id, 2);
		const shortSocket = await rawSocket(`${server.url}/${room}?token=${short}`);
		const freshSocket = await rawSocket(`${server.url}/${room}?token=${w.participant.token}`);
		if (!('ws' in shortSocket) || !('ws' in freshSocket)) throw new Error('refused');
		const end = await closed(shortSocket.ws);
		const at = Date.now();
		expect(end).toEqual({ code: CLOSE.tokenExpired.code, reason: CLOSE.tokenExpired.reason });
		// At the expiry, not before it, and not long after.
		expect(at).toBeGreaterThanOrEqual(expOf(short) - 5);
		expect(at).toBeLessThan(expOf(short) + 1000);
		await new Promise((ok) => setTimeout(ok, 300));
		expect(freshSocket.ws.readyState).toBe(WebSocket.OPEN);
		// The expired token cannot come back in.
		const again = await rawSocket(`${server.url}/${room}?token=${short}`);
		expect('refused' in again && again.refused.status).toBe(401);
	});

	describe('RoomConnection', () => {
		beforeAll(() => {
			vi.stubGlobal('WebSocket', WebSocket);
			vi.stubGlobal('window', new EventTarget());
			vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
			vi.stubGlobal('navigator', { onLine: true });
		});
		afterAll(() => vi.unstubAllGlobals());

		it('renews access at expiry and reconnects; edits made just before, during and after reach the server', async () => {
			const room = canvasRoom(w.canvases[1]);
			const watcher = await connected(server.url, room, w.facilitator.token);
			const renewals: number[] = [];
			const fresh = await tokenFor(w.participant.id, 3600);
			const session = new RoomConnection(room, {
				offline: false,
				url: server.url,
				token: await tokenFor(w.participant.id, 2),
				renewAccess: async () => {
					renewals.push(Date.now());
					// Slow on purpose, so an edit lands while the session is between connections.
					await new Promise((ok) => setTimeout(ok, 150));
					return fresh;
				}
			});
			try {
				await waitFor(() => session.status === 'live', 'the session to go live');
				const id = addNote(session.doc, { text: 'typed', x: 0, y: 0, author: w.participant.id, stakeholder: 'citizen' });
				// Keep typing through the expiry: one edit every 20 ms until it has reconnected with the new token.
				let n = 0;
				const typing = setInterval(() => setNoteText(session.doc, id, `typed ${++n}`), 20);
				await waitFor(() => renewals.length === 1, 'the expiry close and the renewal', 5000);
				expect(session.closed).toBeNull();
				await waitFor(() => session.status === 'live' && session.provider.params.token === fresh, 'the reconnect with the fresh token', 5000);
				await new Promise((ok) => setTimeout(ok, 100));
				clearInterval(typing);
				const last = `typed ${n}`;
				addNote(session.doc, { text: 'after the reconnect', x: 1, y: 1, author: w.participant.id, stakeholder: 'citizen' });
				const texts = () => listNotes(watcher.doc).map((note) => note.text).sort();
				await waitFor(() => JSON.stringify(texts()) === JSON.stringify(['after the reconnect', last]), 'every edit at the other client');
				await server.realtime.flush();
				expect(listNotes(await storedDoc(room)).map((note) => note.text).sort()).toEqual(['after the reconnect', last]);
				expect(session.status).toBe('live');
			} finally {
				session.destroy();
			}
		});
	});
});
