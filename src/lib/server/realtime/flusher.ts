import * as Y from 'yjs';
import type { DocumentStore } from './persistence.ts';

/** Writes in flight at once; the store's pool has one more connection, for compaction. */
export const MAX_WRITES = 2;

export interface FlusherOptions {
	intervalMs: number;
	maxUpdates: number;
	compactAfterBatches: number;
	/** The current whole state of a room, for compaction. */
	stateOf(room: string): Uint8Array | null;
	onError(error: unknown): void;
}

/**
 * Collects accepted updates per room and writes them in one batch per tick,
 * off the message path.
 *
 * A tick's write never waits behind another: not behind a slow batch (two
 * writes may overlap; Yjs updates apply in any order) and not behind compaction,
 * which runs in its own queue, one room at a time, and folds only the batches
 * whose write had finished when it read the room's state: batches written
 * meanwhile stay, so nothing a snapshot does not cover is ever deleted.
 */
export class Flusher {
	private pending = new Map<string, Uint8Array[]>();
	private pendingCount = 0;
	private timer: NodeJS.Timeout | null = null;
	private writing = new Set<Promise<void>>();
	private compacting: Promise<void> = Promise.resolve();
	/** Rooms with a compaction queued or running: a room is never queued twice by its writes. */
	private compactQueued = new Set<string>();
	/** Milliseconds from an update's arrival to its batch being stored, most recent flush. */
	lastLagMs = 0;
	maxLagMs = 0;
	private oldest = 0;
	/** Per room, as of the last finished write: batches since its snapshot, and the newest batch's id. */
	private stored = new Map<string, { batches: number; id: string }>();

	constructor(
		private store: DocumentStore,
		private options: FlusherOptions
	) {}

	add(room: string, update: Uint8Array) {
		const list = this.pending.get(room);
		if (list) list.push(update);
		else this.pending.set(room, [update]);
		if (this.pendingCount++ === 0) this.oldest = performance.now();
		if (list && list.length >= this.options.maxUpdates) this.flushSoon(0);
		else this.flushSoon(this.options.intervalMs);
	}

	private flushSoon(delay: number) {
		if (this.timer && delay > 0) return;
		if (this.timer) clearTimeout(this.timer);
		this.timer = setTimeout(() => {
			this.timer = null;
			void this.writePending();
		}, delay);
	}

	/**
	 * Writes everything buffered so far; resolves when it, and every write
	 * before it, is stored (or failed and kept for the next tick), and no
	 * compaction is running.
	 */
	async flush(): Promise<void> {
		await this.writePending();
		// Tests and shutdown read the store next: let a compaction in flight finish too.
		await this.compacting;
	}

	/**
	 * The tick's write: never waits for compaction. At most MAX_WRITES overlap:
	 * when the database stalls, what arrives meanwhile waits for a free slot
	 * and goes in one batch, instead of queueing one small write per tick.
	 */
	private async writePending(): Promise<void> {
		while (this.pending.size > 0 && this.writing.size >= MAX_WRITES) await Promise.race(this.writing);
		if (this.pending.size > 0) {
			const write = this.write();
			this.writing.add(write);
			void write.finally(() => this.writing.delete(write));
		}
		await Promise.all(this.writing);
	}

	/** Folds a room's stored batches into one snapshot, if it has more than one. */
	compactIfNeeded(room: string): Promise<void> {
		return this.enqueueCompaction(room, 1);
	}

	forget(room: string) {
		this.stored.delete(room);
	}

	private enqueueCompaction(room: string, over: number): Promise<void> {
		this.compactQueued.add(room);
		const next = this.compacting.then(async () => {
			const stored = this.stored.get(room);
			if (!stored || stored.batches <= over) return;
			// Read the state now: it holds every batch whose write has finished, up to stored.id.
			const state = this.options.stateOf(room);
			if (!state) return;
			await this.store.compact(room, state, stored.id);
			const now = this.stored.get(room);
			if (now) this.stored.set(room, { batches: now.id === stored.id ? 0 : Math.max(1, now.batches - stored.batches), id: now.id });
		});
		this.compacting = next.catch(() => {});
		void this.compacting.then(() => this.compactQueued.delete(room));
		return next;
	}

	private async write() {
		const taken = this.pending;
		const since = this.oldest;
		this.pending = new Map();
		this.pendingCount = 0;
		const batches = new Map([...taken].map(([room, updates]) => [room, updates.length === 1 ? updates[0] : Y.mergeUpdates(updates)]));
		try {
			const appended = await this.store.append(batches);
			this.lastLagMs = performance.now() - since;
			this.maxLagMs = Math.max(this.maxLagMs, this.lastLagMs);
			for (const [room, { batches: count, id }] of appended) {
				const known = this.stored.get(room);
				// Overlapping writes may finish out of order: keep the newest id.
				if (known && BigInt(known.id) > BigInt(id)) this.stored.set(room, { batches: Math.max(known.batches, count), id: known.id });
				else this.stored.set(room, { batches: count, id });
				if (count >= this.options.compactAfterBatches && !this.compactQueued.has(room)) {
					this.enqueueCompaction(room, 1).catch((error: unknown) => this.options.onError(error));
				}
			}
		} catch (error) {
			// Keep the updates for the next tick rather than lose them.
			for (const [room, update] of batches) {
				const later = this.pending.get(room) ?? [];
				if (later.length === 0 && this.pendingCount === 0) this.oldest = since;
				this.pending.set(room, [update, ...later]);
				this.pendingCount += 1;
			}
			this.options.onError(error);
			this.flushSoon(this.options.intervalMs);
		}
	}

	stop() {
		if (this.timer) clearTimeout(this.timer);
		this.timer = null;
	}
}
