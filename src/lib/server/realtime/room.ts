import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { RoomKind } from '../../collab/rooms.ts';
import type { Connection } from './connection.ts';
import { awarenessClientIds, decodeMessage, encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './protocol.ts';

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
	readonly awareness = new awarenessProtocol.Awareness(this.doc);
	readonly connections = new Set<Connection>();
	private changedAwareness = new Set<number>();
	/** Which connection speaks for each awareness client id: nobody may set or clear another's. */
	private awarenessOwners = new Map<number, Connection>();
	private awarenessTimer: NodeJS.Timeout | null = null;
	/** Counters for the benchmark and status. */
	messagesIn = 0;
	messagesOut = 0;

	constructor(
		readonly name: string,
		readonly kind: RoomKind,
		readonly workshopId: string,
		public locked: boolean,
		private hooks: RoomHooks
	) {
		// The server has no presence of its own.
		this.awareness.setLocalState(null);
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
		this.awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
			const owner = origin as Connection | null;
			if (owner && this.connections.has(owner)) {
				for (const id of added) {
					owner.awarenessClients.add(id);
					this.awarenessOwners.set(id, owner);
				}
			}
			for (const id of removed) {
				this.awarenessOwners.get(id)?.awarenessClients.delete(id);
				this.awarenessOwners.delete(id);
			}
			for (const id of [...added, ...updated, ...removed]) this.changedAwareness.add(id);
			this.awarenessTimer ??= setTimeout(() => this.sendAwareness(), this.hooks.awarenessTickMs);
		});
	}

	/** Loads stored state before anyone connects; never after. */
	applyStored(state: Uint8Array) {
		Y.applyUpdate(this.doc, state, STORE);
	}

	join(connection: Connection) {
		this.connections.add(connection);
		connection.send(encodeSyncStep1(this.doc));
		const states = [...this.awareness.getStates().keys()];
		if (states.length) connection.send(encodeAwareness(this.awareness, states));
	}

	leave(connection: Connection) {
		if (!this.connections.delete(connection)) return;
		if (connection.awarenessClients.size) {
			awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessClients], null);
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
				for (const id of awarenessClientIds(message.update)) {
					const owner = this.awarenessOwners.get(id);
					if (owner && owner !== connection) return;
				}
				awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, connection);
				break;
			}
			case 'query-awareness':
				connection.send(encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]));
				break;
		}
	}

	/** One merged awareness message per tick, encoded once, the same buffer for everyone. */
	private sendAwareness() {
		this.awarenessTimer = null;
		if (this.changedAwareness.size === 0) return;
		const message = encodeAwareness(this.awareness, [...this.changedAwareness]);
		this.changedAwareness.clear();
		for (const connection of this.connections) {
			connection.send(message);
			this.messagesOut++;
		}
	}

	destroy() {
		if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
		this.awareness.destroy();
		this.doc.destroy();
	}
}

interface AwarenessChange {
	added: number[];
	updated: number[];
	removed: number[];
}
