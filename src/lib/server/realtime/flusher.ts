import * as Y from 'yjs';
import type { DocumentStore } from './persistence.ts';

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
 * off the message path. One write at a time: batches keep their order and
 * compaction never races an append.
 */
export class Flusher {
	private pending = new Map<string, Uint8Array[]>();
	private pendingCount = 0;
	private timer: NodeJS.Timeout | null = null;
	private running: Promise<void> = Promise.resolve();
	/** Milliseconds from an update's arrival to its batch being stored, most recent flush. */
	lastLagMs = 0;
	maxLagMs = 0;
	private oldest = 0;
	/** Batches stored since each room's snapshot, as of the last write. */
	private stored = new Map<string, number>();

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
			void this.flush();
		}, delay);
	}

	/** Writes everything buffered so far; resolves when it is stored. */
	flush(): Promise<void> {
		return this.enqueue(() => this.write());
	}

	/** Runs writes one after another; one failure never blocks the ones after it. */
	private enqueue(task: () => Promise<void>): Promise<void> {
		const next = this.running.then(task);
		this.running = next.catch(() => {});
		return next;
	}

	/** Folds a room's stored batches into one snapshot, if it has more than one. */
	compactIfNeeded(room: string): Promise<void> {
		return this.enqueue(async () => {
			if ((this.stored.get(room) ?? 0) > 1) await this.compact(room);
		});
	}

	forget(room: string) {
		this.stored.delete(room);
	}

	private async compact(room: string) {
		const state = this.options.stateOf(room);
		if (!state) return;
		await this.store.compact(room, state);
		this.stored.set(room, 0);
	}

	private async write() {
		if (this.pending.size === 0) return;
		const taken = this.pending;
		const since = this.oldest;
		this.pending = new Map();
		this.pendingCount = 0;
		const batches = new Map([...taken].map(([room, updates]) => [room, updates.length === 1 ? updates[0] : Y.mergeUpdates(updates)]));
		try {
			const counts = await this.store.append(batches);
			this.lastLagMs = performance.now() - since;
			this.maxLagMs = Math.max(this.maxLagMs, this.lastLagMs);
			for (const [room, count] of counts) {
				this.stored.set(room, count);
				if (count >= this.options.compactAfterBatches) await this.compact(room);
			}
		} catch (error) {
			// Keep the updates for the next tick rather than lose them.
			for (const [room, update] of batches) {
				const later = this.pending.get(room) ?? [];
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
