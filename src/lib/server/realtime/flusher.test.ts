import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { Flusher, MAX_WRITES } from './flusher';
import { MemoryStore, type DocumentStore } from './persistence';

function edits(n: number) {
	const doc = new Y.Doc();
	const updates: Uint8Array[] = [];
	doc.on('update', (u: Uint8Array) => updates.push(u));
	for (let i = 0; i < n; i++) doc.getMap('m').set(`k${i}`, i);
	return { doc, updates };
}

const options = (store: DocumentStore, extra: Partial<ConstructorParameters<typeof Flusher>[1]> = {}) =>
	new Flusher(store, { intervalMs: 10_000, maxUpdates: 1000, compactAfterBatches: 1000, stateOf: () => null, onError: () => {}, ...extra });

describe('Flusher', () => {
	it('stores every update of a room as one merged batch per flush', async () => {
		const store = new MemoryStore();
		const flusher = options(store);
		const { doc, updates } = edits(5);
		for (const u of updates) flusher.add('canvas:x', u);
		await flusher.flush();
		const loaded = new Y.Doc();
		Y.applyUpdate(loaded, (await store.load('canvas:x'))!);
		expect(loaded.getMap('m').toJSON()).toEqual(doc.getMap('m').toJSON());
		flusher.stop();
	});

	it('writes at once when a room has many updates waiting', async () => {
		const store = new MemoryStore();
		const flusher = options(store, { maxUpdates: 3 });
		for (const u of edits(3).updates) flusher.add('canvas:y', u);
		await new Promise((r) => setTimeout(r, 30));
		expect(await store.load('canvas:y')).not.toBeNull();
		flusher.stop();
	});

	it('keeps updates whose write failed and stores them on the next flush, in order', async () => {
		const memory = new MemoryStore();
		let fail = true;
		const errors: unknown[] = [];
		const flaky: DocumentStore = {
			load: (room) => memory.load(room),
			append: (batches) => (fail ? Promise.reject(new Error('database down')) : memory.append(batches)),
			compact: (room, state, upTo) => memory.compact(room, state, upTo)
		};
		const flusher = options(flaky, { onError: (e) => errors.push(e) });
		const { doc, updates } = edits(4);
		flusher.add('canvas:z', updates[0]);
		flusher.add('canvas:z', updates[1]);
		await flusher.flush();
		expect(errors).toHaveLength(1);
		expect(await memory.load('canvas:z')).toBeNull();
		fail = false;
		flusher.add('canvas:z', updates[2]);
		flusher.add('canvas:z', updates[3]);
		await flusher.flush();
		const loaded = new Y.Doc();
		Y.applyUpdate(loaded, (await memory.load('canvas:z'))!);
		expect(loaded.getMap('m').toJSON()).toEqual(doc.getMap('m').toJSON());
		flusher.stop();
	});

	it('compacts a room once it has enough batches', async () => {
		const store = new MemoryStore();
		const { doc, updates } = edits(3);
		const flusher = options(store, { compactAfterBatches: 2, stateOf: () => Y.encodeStateAsUpdate(doc) });
		for (const u of updates.slice(0, 2)) {
			flusher.add('canvas:c', u);
			await flusher.flush();
		}
		// The second batch queued a compaction (off the flush path); once done, the next append counts from one again.
		await flusher.compactIfNeeded('canvas:c');
		expect((await store.append(new Map([['canvas:c', updates[2]]]))).get('canvas:c')?.batches).toBe(1);
		const loaded = new Y.Doc();
		Y.applyUpdate(loaded, (await store.load('canvas:c'))!);
		expect(loaded.getMap('m').toJSON()).toEqual(doc.getMap('m').toJSON());
		flusher.stop();
	});

	it('never makes a flush wait behind a slow write', async () => {
		const memory = new MemoryStore();
		let release = () => {};
		let calls = 0;
		const slowFirst: DocumentStore = {
			load: (room) => memory.load(room),
			append: async (batches) => {
				if (calls++ === 0) await new Promise<void>((ok) => (release = ok));
				return memory.append(batches);
			},
			compact: (room, state, upTo) => memory.compact(room, state, upTo)
		};
		const flusher = options(slowFirst);
		const { doc, updates } = edits(2);
		flusher.add('canvas:a', updates[0]);
		const first = flusher.flush();
		flusher.add('canvas:b', updates[1]);
		// The second batch is stored while the first still hangs.
		const second = flusher.flush();
		await new Promise((r) => setTimeout(r, 20));
		expect(await memory.load('canvas:b')).not.toBeNull();
		expect(await memory.load('canvas:a')).toBeNull();
		release();
		await Promise.all([first, second]);
		const loaded = new Y.Doc();
		for (const room of ['canvas:a', 'canvas:b']) Y.applyUpdate(loaded, (await memory.load(room))!);
		expect(loaded.getMap('m').toJSON()).toEqual(doc.getMap('m').toJSON());
		flusher.stop();
	});

	it('never makes a flush wait behind compaction, and keeps the batches written while it runs', async () => {
		const memory = new MemoryStore();
		let release = () => {};
		const gate = new Promise<void>((ok) => (release = ok));
		let compacting = false;
		const slowCompaction: DocumentStore = {
			load: (room) => memory.load(room),
			append: (batches) => memory.append(batches),
			compact: async (room, state, upTo) => {
				compacting = true;
				await gate;
				return memory.compact(room, state, upTo);
			}
		};
		const { doc, updates } = edits(4);
		// The room's document as the server holds it: compaction reads it before the last two edits arrive.
		const live = new Y.Doc();
		const flusher = options(slowCompaction, { intervalMs: 5, compactAfterBatches: 2, stateOf: () => Y.encodeStateAsUpdate(live) });
		for (const u of updates.slice(0, 2)) {
			Y.applyUpdate(live, u);
			flusher.add('canvas:c', u);
			await new Promise((r) => setTimeout(r, 20)); // the tick writes it
		}
		expect(compacting).toBe(true);
		for (const u of updates.slice(2)) {
			Y.applyUpdate(live, u);
			flusher.add('canvas:c', u);
			await new Promise((r) => setTimeout(r, 20));
		}
		// Stored by their ticks while compaction still hangs.
		const meanwhile = new Y.Doc();
		Y.applyUpdate(meanwhile, (await memory.load('canvas:c'))!);
		expect(meanwhile.getMap('m').toJSON()).toEqual(doc.getMap('m').toJSON());
		release();
		await new Promise((r) => setTimeout(r, 5));
		// The snapshot holds k0, k1; the two batches stored while it was made are still there.
		const loaded = new Y.Doc();
		Y.applyUpdate(loaded, (await memory.load('canvas:c'))!);
		expect(loaded.getMap('m').toJSON()).toEqual(doc.getMap('m').toJSON());
		flusher.stop();
	});

	it('keeps at most MAX_WRITES writes in flight; what arrives while the database stalls goes in one batch', async () => {
		const memory = new MemoryStore();
		let release = () => {};
		const gate = new Promise<void>((ok) => (release = ok));
		const appends: number[] = [];
		const stalled: DocumentStore = {
			load: (room) => memory.load(room),
			append: async (batches) => {
				appends.push(batches.size);
				await gate;
				return memory.append(batches);
			},
			compact: (room, state, upTo) => memory.compact(room, state, upTo)
		};
		const flusher = options(stalled);
		const { doc, updates } = edits(MAX_WRITES + 3);
		const flushes: Promise<void>[] = [];
		updates.forEach((u, i) => {
			flusher.add(`canvas:${i}`, u);
			flushes.push(flusher.flush());
		});
		await new Promise((r) => setTimeout(r, 10));
		expect(appends).toEqual(Array(MAX_WRITES).fill(1));
		release();
		await Promise.all(flushes);
		// The three that waited for a slot went together.
		expect(appends).toEqual([...Array(MAX_WRITES).fill(1), 3]);
		const loaded = new Y.Doc();
		for (let i = 0; i < updates.length; i++) Y.applyUpdate(loaded, (await memory.load(`canvas:${i}`))!);
		expect(loaded.getMap('m').toJSON()).toEqual(doc.getMap('m').toJSON());
		flusher.stop();
	});
});
