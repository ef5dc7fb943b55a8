import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { CLOSE } from '../../realtime/close-codes.ts';
import type { Admit } from './access.ts';
import { applyAccessChange, type AccessChange } from './access-changes.ts';
import { LIMITS, type Limits } from './limits.ts';
import type { DocumentStore } from './persistence.ts';
import type { Projection } from './projection.ts';
import { seedOutcomeRoom } from './outcome-seed.ts';
import { RoomRegistry } from './registry.ts';
import type { Room } from './room.ts';
import type { SessionEvent } from './session-events.ts';
import { SessionSync } from './session-sync.ts';
import { admitAndAttach, refuse, roomNameOf } from './upgrade.ts';

export type { AccessChange } from './access-changes.ts';

/**
 * What the server is built from, as named hooks (after Hocuspocus's shape):
 * the core below only wires them together.
 */
export interface RealtimeOptions {
	store: DocumentStore;
	/** Decides who may connect, before the upgrade (see access.ts). */
	admit: Admit;
	/**
	 * The database the session and console documents are written from (see
	 * session-sync.ts); without it those rooms stay empty.
	 */
	sessionDb?: ConstructorParameters<typeof SessionSync>[1];
	/** The database an outcome room is seeded from (outcome-seed.ts); without it an outcome starts empty. */
	outcomeDb?: Parameters<typeof seedOutcomeRoom>[0];
	/** The canvases' and outcomes' plain-JSON projection (see projection.ts). */
	projection?: Projection;
	limits?: Partial<Limits>;
	log?(line: string): void;
}

/**
 * The realtime server: y-websocket protocol on /collab/<room>, authorised per
 * connection (upgrade.ts), read-only enforced per connection (room.ts), rooms
 * loaded, stored in batches and unloaded by the registry (registry.ts), and
 * access changes applied to open rooms (access-changes.ts).
 */
export function createRealtimeServer(options: RealtimeOptions) {
	const limits: Limits = { ...LIMITS, ...options.limits };
	const log = options.log ?? (() => {});
	let sessions: SessionSync | null = null;
	const registry = new RoomRegistry({
		store: options.store,
		// Session and console rooms start from the database; events keep them current.
		// An outcome room never stored starts from its outcomes row, if any.
		prepare: async (room: Room) => {
			if (room.kind === 'session' || room.kind === 'console') await sessions?.prepare(room);
			else if (room.kind === 'outcome' && options.outcomeDb) await seedOutcomeRoom(options.outcomeDb, room);
		},
		projection: options.projection,
		limits,
		log
	});
	if (options.sessionDb) sessions = new SessionSync(registry, options.sessionDb, log);
	// Compression stays off: it costs CPU on every frame for small binary messages.
	const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: limits.maxMessageBytes });
	let closing = false;
	const context = { admit: options.admit, registry, wss, limits, log, closing: () => closing };

	return {
		/** Takes upgrades for /collab/<room>; returns false for any other path. */
		handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
			const url = new URL(req.url ?? '/', 'http://localhost');
			const name = roomNameOf(url);
			if (name === null) return false;
			socket.on('error', () => {});
			if (closing) refuse(socket, 503, 'shutting down');
			else void admitAndAttach(context, req, socket, head, url, name);
			return true;
		},

		/** Applies a lock or role change to open connections at once. */
		applyAccessChange: (change: AccessChange) => applyAccessChange(registry, change),

		/** Refreshes what a database event touched in the session and console documents. */
		applySessionEvent: (event: SessionEvent) => sessions?.onEvent(event),

		/** Refreshes every open session and console room (after events may have been missed). */
		refreshSessions: () => sessions?.refreshOpen(),

		stats() {
			let connections = 0;
			let messagesIn = 0;
			let messagesOut = 0;
			for (const room of registry.values()) {
				connections += room.connections.size;
				messagesIn += room.messagesIn;
				messagesOut += room.messagesOut;
			}
			const { flusher } = registry;
			return { rooms: registry.size, connections, messagesIn, messagesOut, persistLagMs: flusher.lastLagMs, persistLagMaxMs: flusher.maxLagMs };
		},

		/** Starts the highest persistence lag afresh, so a benchmark's measured window is not judged by its warm-up. */
		resetPersistLagMax() {
			registry.flusher.maxLagMs = 0;
		},

		/** Stores everything, closes every connection. */
		async close() {
			closing = true;
			await sessions?.settle();
			await registry.close((room) => {
				for (const c of room.connections) c.close(CLOSE.restarting.code, CLOSE.restarting.reason);
			});
			wss.close();
		},

		/** Writes buffered updates now (tests, shutdown). */
		flush: () => registry.flusher.flush(),

		/** Waits until session refreshes in flight are written (tests, benchmarks). */
		settleSessions: async () => sessions?.settle()
	};
}

export type RealtimeServer = ReturnType<typeof createRealtimeServer>;
