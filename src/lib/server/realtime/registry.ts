import * as Y from 'yjs';
import type { RoomAddress } from '../../realtime/rooms.ts';
import { Flusher } from './flusher.ts';
import type { Limits } from './limits.ts';
import type { DocumentStore } from './persistence.ts';
import { isProjected, type Projection } from './projection.ts';
import { Room, type RoomHooks } from './room.ts';

export interface RegistryOptions {
	store: DocumentStore;
	/** Runs once when a room has loaded, before anyone sees it (e.g. a session room's locks from the database). */
	prepare?(room: Room): Promise<void>;
	projection?: Projection;
	limits: Limits;
	log(line: string): void;
}

/**
 * The open rooms: loads a room on its first connection (one load per room,
 * however many connect at once), stores its updates in batches, projects a
 * canvas's notes and an outcome at most once per interval, and saves and unloads a room a
 * grace period after its last connection left.
 *
 * Durability promise: an update the server has accepted is stored in Postgres
 * within one persist interval (250 ms) plus the time of that write; a room is
 * never stored from a load that failed.
 */
export class RoomRegistry {
	private rooms = new Map<string, Room>();
	private loading = new Map<string, Promise<Room>>();
	private unloading = new Map<string, Promise<void>>();
	private unloadTimers = new Map<string, NodeJS.Timeout>();
	private projectTimers = new Map<string, NodeJS.Timeout>();
	private closing = false;
	/** Bumped by every access change, so a load or an admission can tell that what it read may be stale. */
	accessVersion = 0;
	readonly flusher: Flusher;
	private hooks: RoomHooks;

	constructor(private options: RegistryOptions) {
		const { limits } = options;
		this.flusher = new Flusher(options.store, {
			intervalMs: limits.persistIntervalMs,
			maxUpdates: limits.persistMaxUpdates,
			compactAfterBatches: limits.compactAfterBatches,
			stateOf: (name) => {
				const room = this.rooms.get(name);
				return room ? Y.encodeStateAsUpdate(room.doc) : null;
			},
			onError: (error) => options.log(`realtime: storing updates failed, will retry: ${(error as Error).message}`)
		});
		this.hooks = {
			awarenessTickMs: limits.awarenessTickMs,
			onUpdate: (room, update) => {
				this.flusher.add(room.name, update);
				if (isProjected(room.kind)) this.projectSoon(room);
			},
			onEmpty: (room) => {
				if (this.closing) return;
				this.unloadTimers.set(
					room.name,
					setTimeout(() => void this.unload(room), limits.unloadAfterMs)
				);
			}
		};
	}

	get(name: string): Room | undefined {
		return this.rooms.get(name);
	}

	values(): IterableIterator<Room> {
		return this.rooms.values();
	}

	get size(): number {
		return this.rooms.size;
	}

	/** The open room, or loads it; keeps a room about to unload. Rejects when its load failed. */
	async open(address: RoomAddress, workshopId: string, locked: boolean): Promise<Room> {
		const name = address.name;
		await this.unloading.get(name);
		const timer = this.unloadTimers.get(name);
		if (timer) {
			clearTimeout(timer);
			this.unloadTimers.delete(name);
		}
		const open = this.rooms.get(name);
		if (open) return open;
		const pending = this.loading.get(name);
		if (pending) return pending;
		const load = this.load(new Room(address, workshopId, locked, this.hooks));
		this.loading.set(name, load);
		try {
			return await load;
		} finally {
			this.loading.delete(name);
		}
	}

	/** The server opened this room for its own write (not a connection): unload it later if nobody is on it. */
	release(room: Room) {
		if (room.connections.size === 0 && this.rooms.get(room.name) === room && !this.unloadTimers.has(room.name)) this.hooks.onEmpty(room);
	}

	private async load(room: Room): Promise<Room> {
		try {
			const state = await this.options.store.load(room.name);
			if (state) room.applyStored(state);
			// An access change during preparation may postdate what it read: prepare again.
			for (let attempt = 0; attempt < 3; attempt++) {
				const version = this.accessVersion;
				await this.options.prepare?.(room);
				if (version === this.accessVersion) break;
			}
		} catch (error) {
			// A room whose load failed is never kept, so it can never be stored empty over real data.
			room.destroy();
			throw error;
		}
		this.rooms.set(room.name, room);
		return room;
	}

	private projectSoon(room: Room) {
		if (!this.options.projection || this.projectTimers.has(room.name)) return;
		this.projectTimers.set(
			room.name,
			setTimeout(() => {
				this.projectTimers.delete(room.name);
				void this.project(room);
			}, this.options.limits.projectionIntervalMs)
		);
	}

	private project(room: Room): Promise<void> | undefined {
		if (!isProjected(room.kind)) return undefined;
		return this.options.projection
			?.write(room)
			.catch((error: Error) => this.options.log(`realtime: projection of ${room.name} failed: ${error.message}`));
	}

	private async unload(room: Room) {
		this.unloadTimers.delete(room.name);
		if (room.connections.size > 0 || this.rooms.get(room.name) !== room) return;
		const done = (async () => {
			await this.flusher.flush();
			// Leave the room compact for its next load; a failure here loses nothing.
			await this.flusher
				.compactIfNeeded(room.name)
				.catch((error: Error) => this.options.log(`realtime: compacting ${room.name} failed: ${error.message}`));
			this.flusher.forget(room.name);
			const pendingProjection = this.projectTimers.get(room.name);
			if (pendingProjection) clearTimeout(pendingProjection);
			this.projectTimers.delete(room.name);
			// Waits for a write in flight too, and skips when the projection is already current.
			await this.project(room);
			this.options.projection?.forget(room.name);
			this.rooms.delete(room.name);
			room.destroy();
		})();
		this.unloading.set(room.name, done);
		try {
			await done;
		} finally {
			this.unloading.delete(room.name);
		}
	}

	/** Stores everything and drops every room; `beforeDestroy` runs on each room first (to close its connections). */
	async close(beforeDestroy: (room: Room) => void) {
		this.closing = true;
		for (const timer of [...this.unloadTimers.values(), ...this.projectTimers.values()]) clearTimeout(timer);
		await this.flusher.flush();
		this.flusher.stop();
		await Promise.all([...this.rooms.values()].map((room) => this.project(room)));
		for (const room of this.rooms.values()) {
			beforeDestroy(room);
			room.destroy();
		}
		this.rooms.clear();
	}
}
