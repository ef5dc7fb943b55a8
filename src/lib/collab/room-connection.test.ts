import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { connectionStatus, OFFLINE_AFTER_MS, type ConnectionFacts } from './connection-status.ts';
import { RoomConnection, type RoomConnectionOptions } from './room-connection.svelte.ts';
import { CLOSE } from '../realtime/close-codes.ts';

describe('connectionStatus', () => {
	const up: ConnectionFacts = { online: true, closedForGood: false, connected: true, synced: true, wasLive: true, downForMs: null };

	it.each<[string, Partial<ConnectionFacts>, string]>([
		['connected and synced', {}, 'live'],
		['first connection still syncing', { synced: false, wasLive: false }, 'connecting'],
		['first connection not open yet', { connected: false, synced: false, wasLive: false }, 'connecting'],
		['a short drop', { connected: false, synced: false, downForMs: OFFLINE_AFTER_MS - 1 }, 'reconnecting'],
		['a drop past the limit', { connected: false, synced: false, downForMs: OFFLINE_AFTER_MS }, 'offline'],
		['back on a socket, syncing after a long drop', { synced: false, downForMs: 10_000 }, 'reconnecting'],
		['never reached the server for long', { connected: false, synced: false, wasLive: false, downForMs: 5000 }, 'offline'],
		['the browser has no network', { online: false }, 'offline'],
		['refused for good by the server', { closedForGood: true }, 'offline']
	])('%s', (_, facts, expected) => {
		expect(connectionStatus({ ...up, ...facts })).toBe(expected);
	});
});

/** An in-memory y-websocket server: sends sync step 1 on open, answers step 1 with step 2, applies updates. */
class FakeServer {
	doc = new Y.Doc();
	accepting = true;
	sockets = new Set<FakeSocket>();

	receive(socket: FakeSocket, data: Uint8Array): void {
		const decoder = decoding.createDecoder(data);
		if (decoding.readVarUint(decoder) !== 0) return; // awareness: not needed here
		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, 0);
		syncProtocol.readSyncMessage(decoder, encoder, this.doc, socket);
		if (encoding.length(encoder) > 1) socket.deliver(encoding.toUint8Array(encoder));
	}

	/** A server-side close: the wifi drops (1006) or access is revoked (4403). */
	closeAll(code = 1006, reason = ''): void {
		for (const socket of [...this.sockets]) socket.serverClose(code, reason);
	}
}

let server: FakeServer;

/** A real server loads the room before it speaks; meanwhile it holds what the client sends. */
const ROOM_LOAD_MS = 5;

/** Just enough of the browser WebSocket for y-websocket; every hop takes a (fake) millisecond. */
class FakeSocket {
	readonly OPEN = 1;
	readyState = 0;
	#loaded = false;
	#held: Uint8Array[] = [];
	binaryType = 'blob';
	onopen: ((event: unknown) => void) | null = null;
	onmessage: ((event: { data: ArrayBuffer }) => void) | null = null;
	onclose: ((event: { code: number; reason: string }) => void) | null = null;
	onerror: ((event: unknown) => void) | null = null;

	constructor(readonly url: string) {
		setTimeout(() => {
			if (this.readyState !== 0) return;
			if (!server.accepting) return this.serverClose(1006, '');
			this.readyState = 1;
			server.sockets.add(this);
			this.onopen?.({});
			setTimeout(() => {
				this.#loaded = true;
				const encoder = encoding.createEncoder();
				encoding.writeVarUint(encoder, 0);
				syncProtocol.writeSyncStep1(encoder, server.doc);
				this.deliver(encoding.toUint8Array(encoder));
				for (const data of this.#held.splice(0)) server.receive(this, data);
			}, ROOM_LOAD_MS);
		}, 1);
	}

	send(data: Uint8Array): void {
		if (this.readyState !== 1) return;
		const copy = data.slice();
		setTimeout(() => {
			if (this.readyState !== 1) return;
			if (this.#loaded) server.receive(this, copy);
			else this.#held.push(copy);
		}, 1);
	}

	deliver(data: Uint8Array): void {
		setTimeout(() => this.readyState === 1 && this.onmessage?.({ data: data.slice().buffer }), 1);
	}

	close(): void {
		this.readyState = 3;
		server.sockets.delete(this);
	}

	serverClose(code: number, reason: string): void {
		this.close();
		this.onclose?.({ code, reason });
	}
}

const windowEvents = new EventTarget();
const navigatorState = { onLine: true };
let rooms = 0;
const sessions: RoomConnection[] = [];

function open(options: RoomConnectionOptions = {}): RoomConnection {
	// A fresh room each time, so sessions of different tests never meet over BroadcastChannel.
	const session = new RoomConnection(`canvas:test-${++rooms}`, { offline: false, url: 'ws://example.test/collab', ...options });
	sessions.push(session);
	return session;
}

beforeEach(() => {
	vi.useFakeTimers();
	server = new FakeServer();
	navigatorState.onLine = true;
	vi.stubGlobal('WebSocket', FakeSocket);
	vi.stubGlobal('window', windowEvents);
	vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
	vi.stubGlobal('navigator', navigatorState);
});

afterEach(() => {
	for (const session of sessions.splice(0)) session.destroy();
	vi.unstubAllGlobals();
	vi.useRealTimers();
});

const note = (doc: Y.Doc) => doc.getMap<string>('notes');

describe('RoomConnection', () => {
	it('goes live once connected and synced, with the server’s content', async () => {
		server.doc.getMap<string>('notes').set('n1', 'from the server');
		const session = open();
		await session.whenLoaded();
		expect(session.savedLocally).toBe(false);
		expect(session.status).toBe('connecting');
		await vi.advanceTimersByTimeAsync(10);
		expect(session.status).toBe('live');
		expect(note(session.doc).get('n1')).toBe('from the server');
	});

	it('reconnects after a short drop, and shows offline only once the drop lasts', async () => {
		const session = open();
		await vi.advanceTimersByTimeAsync(10);
		server.accepting = false;
		server.closeAll();
		expect(session.status).toBe('reconnecting');
		await vi.advanceTimersByTimeAsync(OFFLINE_AFTER_MS - 100);
		expect(session.status).toBe('reconnecting');
		await vi.advanceTimersByTimeAsync(200);
		expect(session.status).toBe('offline');
		server.accepting = true;
		// Backoff is capped at 5 s.
		await vi.advanceTimersByTimeAsync(5100);
		expect(session.status).toBe('live');
	});

	it('keeps edits made offline pending until the server has them', async () => {
		const session = open();
		await vi.advanceTimersByTimeAsync(10);
		note(session.doc).set('live-edit', 'sent at once');
		expect(session.pendingLocalEdits).toBe(false);

		server.accepting = false;
		server.closeAll();
		note(session.doc).set('offline-edit', 'written on the train');
		expect(session.pendingLocalEdits).toBe(true);
		await vi.advanceTimersByTimeAsync(3000);
		expect(session.pendingLocalEdits).toBe(true);

		server.accepting = true;
		let confirmedEarly = false;
		// Step through the reconnection: pending must never clear before the server holds the edit.
		for (let i = 0; i < 6000 && session.pendingLocalEdits; i++) {
			await vi.advanceTimersByTimeAsync(1);
			if (!session.pendingLocalEdits && note(server.doc).get('offline-edit') === undefined) confirmedEarly = true;
		}
		expect(confirmedEarly).toBe(false);
		expect(session.pendingLocalEdits).toBe(false);
		expect(session.status).toBe('live');
		expect(note(server.doc).get('offline-edit')).toBe('written on the train');
	});

	it('follows the browser’s offline and online events, reconnecting at once', async () => {
		const session = open();
		await vi.advanceTimersByTimeAsync(10);
		navigatorState.onLine = false;
		window.dispatchEvent(new Event('offline'));
		expect(session.status).toBe('offline');

		server.accepting = false;
		server.closeAll();
		await vi.advanceTimersByTimeAsync(20_000); // backoff grows to its cap meanwhile
		server.accepting = true;
		navigatorState.onLine = true;
		window.dispatchEvent(new Event('online'));
		await vi.advanceTimersByTimeAsync(10);
		expect(session.status).toBe('live');
	});

	it('stays offline and stops retrying when the server refuses the room for good', async () => {
		const session = open();
		await vi.advanceTimersByTimeAsync(10);
		server.closeAll(4403, 'no longer a member');
		expect(session.closed).toEqual({ code: 4403, reason: 'no longer a member' });
		expect(session.status).toBe('offline');
		await vi.advanceTimersByTimeAsync(20_000);
		expect(server.sockets.size).toBe(0);
		expect(session.status).toBe('offline');
	});

	it('renews access when the server closes for an expired token, reconnects at once with it, and sends what was typed meanwhile', async () => {
		let renewals = 0;
		const session = open({
			token: 'first',
			renewAccess: async () => {
				renewals++;
				await new Promise((ok) => setTimeout(ok, 50));
				return 'second';
			}
		});
		await vi.advanceTimersByTimeAsync(10);
		expect(session.status).toBe('live');
		expect([...server.sockets][0].url).toContain('token=first');
		server.closeAll(CLOSE.tokenExpired.code, CLOSE.tokenExpired.reason);
		note(session.doc).set('n1', 'typed while renewing');
		expect(session.closed).toBeNull();
		expect(session.status).toBe('reconnecting');
		await vi.advanceTimersByTimeAsync(70);
		expect(renewals).toBe(1);
		expect(session.status).toBe('live');
		expect([...server.sockets][0].url).toContain('token=second');
		// Not after y-websocket's backoff, which by now would wait 200 ms or more.
		await vi.advanceTimersByTimeAsync(10);
		expect(note(server.doc).get('n1')).toBe('typed while renewing');
		expect(session.pendingLocalEdits).toBe(false);
	});

	it('stops everything on destroy', async () => {
		const session = open();
		await vi.advanceTimersByTimeAsync(10);
		session.destroy();
		expect(server.sockets.size).toBe(0);
		window.dispatchEvent(new Event('online'));
		await vi.advanceTimersByTimeAsync(10_000);
		expect(server.sockets.size).toBe(0);
	});
});
