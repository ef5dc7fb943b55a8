import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData } from 'ws';
import { COLLAB_PATH, sessionRoom } from '../../collab/rooms.ts';
import { canWrite, type WorkshopRole } from '../../domain/access.ts';
import type { Admission, Refusal } from './access.ts';
import { Connection } from './connection.ts';
import { Flusher } from './flusher.ts';
import { LIMITS, type Limits } from './limits.ts';
import type { DocumentStore } from './persistence.ts';
import type { Projection } from './projection.ts';
import { Room } from './room.ts';
import { setLock } from './session-state.ts';
import { encodeSyncStep1 } from './protocol.ts';
import * as Y from 'yjs';

export interface RealtimeOptions {
	store: DocumentStore;
	/** Decides who may connect, before the upgrade (see access.ts). */
	admit(req: IncomingMessage, url: URL, room: string): Promise<Admission | Refusal>;
	/** Runs once when a room has loaded, before anyone sees it (e.g. a session room's locks from the database). */
	prepare?(room: Room): Promise<void>;
	/** The canvases' plain-JSON projection (see projection.ts). */
	projection?: Projection;
	limits?: Partial<Limits>;
	log?(line: string): void;
}

/** A change to who may write, from the database (see listen.ts). */
export type AccessChange =
	| { kind: 'canvas'; canvas_id: string; workshop_id: string; locked: boolean | null }
	| { kind: 'member'; workshop_id: string; user_id: string; role: WorkshopRole | null };

/**
 * The realtime server: y-websocket protocol on /collab/<room>, authorised per
 * connection, read-only enforced here, updates stored in batches.
 *
 * Durability promise: an update the server has accepted is stored in Postgres
 * within one persist interval (250 ms) plus the time of that write; a room is
 * never stored from a load that failed.
 */
export function createRealtimeServer(options: RealtimeOptions) {
	const limits: Limits = { ...LIMITS, ...options.limits };
	const log = options.log ?? (() => {});
	const rooms = new Map<string, Room>();
	const loading = new Map<string, Promise<Room>>();
	const unloading = new Map<string, Promise<void>>();
	const unloadTimers = new Map<string, NodeJS.Timeout>();
	const projectTimers = new Map<string, NodeJS.Timeout>();
	// Compression stays off: it costs CPU on every frame for small binary messages.
	const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false, maxPayload: limits.maxMessageBytes });
	let closing = false;
	/** Bumped by every access change, so an admission can tell that what it read may be stale. */
	let accessVersion = 0;

	const flusher = new Flusher(options.store, {
		intervalMs: limits.persistIntervalMs,
		maxUpdates: limits.persistMaxUpdates,
		compactAfterBatches: limits.compactAfterBatches,
		stateOf: (name) => {
			const room = rooms.get(name);
			return room ? encodeState(room) : null;
		},
		onError: (error) => log(`realtime: storing updates failed, will retry: ${(error as Error).message}`)
	});

	const project = (room: Room) =>
		options.projection?.write(room).catch((error: Error) => log(`realtime: projection of ${room.name} failed: ${error.message}`));

	const hooks = {
		awarenessTickMs: limits.awarenessTickMs,
		onUpdate(room: Room, update: Uint8Array) {
			flusher.add(room.name, update);
			if (options.projection && room.kind === 'canvas' && !projectTimers.has(room.name)) {
				projectTimers.set(
					room.name,
					setTimeout(() => {
						projectTimers.delete(room.name);
						void project(room);
					}, limits.projectionIntervalMs)
				);
			}
		},
		onEmpty(room: Room) {
			if (closing) return;
			unloadTimers.set(
				room.name,
				setTimeout(() => void unload(room), limits.unloadAfterMs)
			);
		}
	};

	async function roomFor(admission: Admission): Promise<Room> {
		const name = admission.room.name;
		await unloading.get(name);
		const timer = unloadTimers.get(name);
		if (timer) {
			clearTimeout(timer);
			unloadTimers.delete(name);
		}
		const open = rooms.get(name);
		if (open) return open;
		const pending = loading.get(name);
		if (pending) return pending;
		const load = (async () => {
			const room = new Room(name, admission.room.kind, admission.workshopId, admission.locked, hooks);
			try {
				const state = await options.store.load(name);
				if (state) room.applyStored(state);
				// An access change during preparation may postdate what it read: prepare again.
				for (let attempt = 0; attempt < 3; attempt++) {
					const version = accessVersion;
					await options.prepare?.(room);
					if (version === accessVersion) break;
				}
			} catch (error) {
				// A room whose load failed is never kept, so it can never be stored empty over real data.
				room.destroy();
				throw error;
			}
			rooms.set(name, room);
			return room;
		})();
		loading.set(name, load);
		try {
			return await load;
		} finally {
			loading.delete(name);
		}
	}

	async function unload(room: Room) {
		unloadTimers.delete(room.name);
		if (room.connections.size > 0 || rooms.get(room.name) !== room) return;
		const done = (async () => {
			await flusher.flush();
			// Leave the room compact for its next load; a failure here loses nothing.
			await flusher.compactIfNeeded(room.name).catch((error: Error) => log(`realtime: compacting ${room.name} failed: ${error.message}`));
			flusher.forget(room.name);
			const pendingProjection = projectTimers.get(room.name);
			if (pendingProjection) clearTimeout(pendingProjection);
			projectTimers.delete(room.name);
			// Waits for a write in flight too, and skips when the projection is already current.
			if (room.kind === 'canvas') await project(room);
			options.projection?.forget(room.name);
			rooms.delete(room.name);
			room.destroy();
		})();
		unloading.set(room.name, done);
		try {
			await done;
		} finally {
			unloading.delete(room.name);
		}
	}

	function refuse(socket: Duplex, status: number, reason: string) {
		const text = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error', 503: 'Service Unavailable' }[status];
		socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${reason.length}\r\n\r\n${reason}`);
	}

	function attach(ws: import('ws').WebSocket, socket: Duplex, room: Room, admission: Admission) {
		const connection = new Connection(ws, socket, admission.userId, admission.role, admission.readOnly, limits);
		ws.on('error', (error) => log(`realtime: socket error in ${room.name}: ${error.message}`));
		ws.on('message', (data: RawData, isBinary: boolean) => {
			if (!connection.takeToken()) return connection.close(1008, 'too many messages');
			if (!isBinary) return connection.close(1003, 'binary messages only');
			try {
				room.receive(connection, toBytes(data));
			} catch {
				// Only this connection pays for a malformed message.
				connection.close(1007, 'malformed message');
			}
		});
		ws.on('close', () => room.leave(connection));
		room.join(connection);
	}

	return {
		/** Takes upgrades for /collab/<room>; returns false for any other path. */
		handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean {
			const url = new URL(req.url ?? '/', 'http://localhost');
			if (!url.pathname.startsWith(COLLAB_PATH + '/')) return false;
			socket.on('error', () => {});
			if (closing) {
				refuse(socket, 503, 'shutting down');
				return true;
			}
			const name = decodeURIComponent(url.pathname.slice(COLLAB_PATH.length + 1));
			void (async () => {
				let admission: Admission | Refusal;
				let room: Room;
				for (let attempt = 1; ; attempt++) {
					const version = accessVersion;
					try {
						admission = await options.admit(req, url, name);
					} catch (error) {
						log(`realtime: admission failed: ${(error as Error).message}`);
						return refuse(socket, 503, 'try again');
					}
					if ('status' in admission) return refuse(socket, admission.status, admission.reason);
					try {
						room = await roomFor(admission);
					} catch (error) {
						log(`realtime: loading ${name} failed: ${(error as Error).message}`);
						return refuse(socket, 503, 'could not load the document');
					}
					// A lock or role change that arrived meanwhile may postdate what admission read: decide again.
					if (version === accessVersion) break;
					if (attempt === 5) return refuse(socket, 503, 'try again');
				}
				room.locked = admission.locked;
				wss.handleUpgrade(req, socket, head, (ws) => attach(ws, socket, room, admission));
			})();
			return true;
		},

		/** Applies a lock or role change to open connections at once. */
		applyAccessChange(change: AccessChange) {
			accessVersion++;
			if (change.kind === 'canvas') {
				const session = rooms.get(sessionRoom(change.workshop_id));
				if (session) setLock(session.doc, change.canvas_id, change.locked);
			}
			const setReadOnly = (room: Room, c: Connection) => {
				const readOnly = !canWrite(room.kind, c.role, room.locked);
				// Regaining write access: ask for what the client has that the server lacks,
				// or its next edits wait forever behind the ones dropped while read-only.
				if (c.readOnly && !readOnly) c.send(encodeSyncStep1(room.doc));
				c.readOnly = readOnly;
			};
			for (const room of rooms.values()) {
				if (room.workshopId !== change.workshop_id) continue;
				if (change.kind === 'canvas') {
					if (room.name !== `canvas:${change.canvas_id}`) continue;
					if (change.locked === null) {
						for (const c of room.connections) c.close(4404, 'canvas removed');
						continue;
					}
					room.locked = change.locked;
					for (const c of room.connections) setReadOnly(room, c);
				} else {
					for (const c of room.connections) {
						if (c.userId !== change.user_id) continue;
						if (change.role === null) c.close(4403, 'no longer a member');
						else {
							c.role = change.role;
							setReadOnly(room, c);
						}
					}
				}
			}
		},

		stats() {
			let connections = 0;
			let messagesIn = 0;
			let messagesOut = 0;
			for (const room of rooms.values()) {
				connections += room.connections.size;
				messagesIn += room.messagesIn;
				messagesOut += room.messagesOut;
			}
			return { rooms: rooms.size, connections, messagesIn, messagesOut, persistLagMs: flusher.lastLagMs, persistLagMaxMs: flusher.maxLagMs };
		},

		/** Stores everything, closes every connection. */
		async close() {
			closing = true;
			for (const timer of [...unloadTimers.values(), ...projectTimers.values()]) clearTimeout(timer);
			await flusher.flush();
			flusher.stop();
			await Promise.all([...rooms.values()].map((room) => (room.kind === 'canvas' ? project(room) : undefined)));
			for (const room of rooms.values()) {
				for (const c of room.connections) c.close(1012, 'server restarting');
				room.destroy();
			}
			rooms.clear();
			wss.close();
		},

		/** Writes buffered updates now (tests, shutdown). */
		flush: () => flusher.flush()
	};
}

export type RealtimeServer = ReturnType<typeof createRealtimeServer>;

function encodeState(room: Room) {
	return Y.encodeStateAsUpdate(room.doc);
}

function toBytes(data: RawData): Uint8Array {
	if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
	return data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
