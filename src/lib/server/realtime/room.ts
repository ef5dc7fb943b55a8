import * as Y from 'yjs';
import type { RoomAddress, RoomKind } from '../../realtime/rooms.ts';
import { AwarenessRelay } from './awareness.ts';
import type { Connection } from './connection.ts';
import { decodeMessage, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './protocol.ts';

const STORE = Symbol('store');

export interface RoomHooks {
	/** An update accepted into the document, to be stored. */
	onUpdate(room: Room, update: Uint8Array): void;
	onEmpty(room: Room): void;
	awarenessTickMs: number;
}

/**
 * One document and the connections on it. Updates are relayed to every other
 * connection as one encoded buffer; awareness is merged and sent once a tick.
 */
export class Room {
	readonly doc = new Y.Doc({ gc: true });
	readonly awareness = new AwarenessRelay();
	readonly connections = new Set<Connection>();
	private changedAwareness = new Set<number>();
	/** Which connection speaks for each awareness client id: nobody may set or clear another's. */
	private awarenessOwners = new Map<number, Connection>();
	private awarenessTimer: NodeJS.Timeout | null = null;
	/** Counters for the benchmark and status. */
	messagesIn = 0;
	messagesOut = 0;

	readonly name: string;
	readonly kind: RoomKind;
	/** The canvas id of a canvas room, the workshop id of a session room. */
	readonly id: string;

	constructor(
		address: RoomAddress,
		readonly workshopId: string,
		public locked: boolean,
		private hooks: RoomHooks
	) {
		({ name: this.name, kind: this.kind, id: this.id } = address);
		this.doc.on('update', (update: Uint8Array, origin: unknown) => {
			// What came from the store is stored already, and nobody is connected yet.
			if (origin === STORE) return;
			const message = encodeUpdate(update);
			for (const connection of this.connections) {
				if (connection !== origin) {
					connection.send(message);
					this.messagesOut++;
				}
			}
			this.hooks.onUpdate(this, update);
		});
	}

	/** Loads stored state before anyone connects; never after. */
	applyStored(state: Uint8Array) {
		Y.applyUpdate(this.doc, state, STORE);
	}

	join(connection: Connection) {
		this.connections.add(connection);
		connection.send(encodeSyncStep1(this.doc));
		const present = this.awareness.encode(this.awareness.present());
		if (present) connection.send(present);
	}

	leave(connection: Connection) {
		if (!this.connections.delete(connection)) return;
		if (connection.awarenessClients.size) {
			this.awarenessChanged(this.awareness.remove(connection.awarenessClients), null);
		}
		if (this.connections.size === 0) this.hooks.onEmpty(this);
	}

	/** Handles one message; throws on a malformed one (the caller closes that connection). */
	receive(connection: Connection, data: Uint8Array) {
		this.messagesIn++;
		const message = decodeMessage(data);
		switch (message.type) {
			case 'sync-step1':
				connection.send(encodeSyncStep2(this.doc, message.stateVector));
				break;
			case 'sync-update':
				// Read-only connections receive updates, but what they send is dropped here.
				if (!connection.readOnly) Y.applyUpdate(this.doc, message.update, connection);
				break;
			case 'awareness': {
				const changed = this.awareness.apply(message.update, (id) => (this.awarenessOwners.get(id) ?? connection) === connection);
				if (changed) this.awarenessChanged(changed, connection);
				break;
			}
			case 'query-awareness': {
				const present = this.awareness.encode(this.awareness.present());
				if (present) connection.send(present);
				break;
			}
		}
	}

	/** Records who speaks for each client id, and schedules the tick. */
	private awarenessChanged(ids: number[], owner: Connection | null) {
		for (const id of ids) {
			this.changedAwareness.add(id);
			if (this.awareness.isPresent(id)) {
				if (owner && this.connections.has(owner) && !this.awarenessOwners.has(id)) {
					owner.awarenessClients.add(id);
					this.awarenessOwners.set(id, owner);
				}
			} else {
				// A client that left may come back on another connection with the same id.
				this.awarenessOwners.get(id)?.awarenessClients.delete(id);
				this.awarenessOwners.delete(id);
			}
		}
		if (ids.length) this.awarenessTimer ??= setTimeout(() => this.sendAwareness(), this.hooks.awarenessTickMs);
	}

	/** One merged awareness message per tick, encoded once, the same buffer for everyone. */
	private sendAwareness() {
		this.awarenessTimer = null;
		const message = this.awareness.encode(this.changedAwareness);
		this.changedAwareness.clear();
		if (!message) return;
		for (const connection of this.connections) {
			connection.send(message);
			this.messagesOut++;
		}
	}

	destroy() {
		if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
		this.doc.destroy();
	}
}
