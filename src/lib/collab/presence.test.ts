import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import { CURSOR_INTERVAL_MS, Presence, readPeer, VIEW_INTERVAL_MS, type PresenceUser } from './presence.svelte.ts';
import { throttle } from './throttle.ts';

const alice: PresenceUser = { userId: 'user-a', name: 'Alice', stakeholder: 'city', color: '#4e79a7' };
const bob: PresenceUser = { userId: 'user-b', name: 'Bob', stakeholder: 'citizen', color: '#edc948' };

/** Awareness peers wired to each other, as a relaying server would; counts what each sends. */
function network(count: number) {
	const awarenesses = Array.from({ length: count }, () => new Awareness(new Y.Doc()));
	const sent = awarenesses.map(() => 0);
	awarenesses.forEach((from, i) => {
		from.on('update', ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
			if (origin === 'remote') return;
			sent[i]++;
			const update = encodeAwarenessUpdate(from, [...added, ...updated, ...removed]);
			awarenesses.forEach((to, j) => {
				if (j !== i) applyAwarenessUpdate(to, update, 'remote');
			});
		});
	});
	return { awarenesses, sent };
}

/** Writes a raw state for a peer, bypassing Presence, as a hostile or buggy client could. */
function rawPeer(target: Awareness, state: unknown): number {
	const rogue = new Awareness(new Y.Doc());
	rogue.setLocalState(state as Record<string, unknown>);
	applyAwarenessUpdate(target, encodeAwarenessUpdate(rogue, [rogue.clientID]), 'remote');
	rogue.destroy();
	return rogue.clientID;
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('readPeer', () => {
	const good = { user: bob, cursor: { x: 1, y: 2 }, editing: 'note-1', view: { x: 0, y: 0, zoom: 1.5 } };

	it('reads a well-formed state', () => {
		expect(readPeer(7, good)).toEqual({ clientId: 7, ...bob, cursor: { x: 1, y: 2 }, editing: 'note-1', view: { x: 0, y: 0, zoom: 1.5 } });
	});

	it.each([
		['no state', null],
		['a string', 'hello'],
		['no user', { cursor: { x: 1, y: 2 } }],
		['an empty user id', { user: { ...bob, userId: '' } }],
		['a user id that is too long', { user: { ...bob, userId: 'x'.repeat(129) } }],
		['a name that is not text', { user: { ...bob, name: 42 } }],
		['an unknown stakeholder', { user: { ...bob, stakeholder: 'admin' } }],
		['a user given as an array', { user: [bob] }]
	])('ignores a state with %s', (_, state) => {
		expect(readPeer(7, state)).toBeNull();
	});

	it('ignores a client id that is not a non-negative integer', () => {
		expect(readPeer(-1, good)).toBeNull();
		expect(readPeer(1.5, good)).toBeNull();
	});

	it('drops only the malformed field of an otherwise good state', () => {
		const peer = readPeer(7, {
			user: { ...bob, color: 'red;background:url(x)' },
			cursor: { x: 'a', y: 2 },
			editing: { id: 'note-1' },
			view: { x: 0, y: 0, zoom: 0 }
		});
		expect(peer).toEqual({ clientId: 7, ...bob, color: '#edc948', cursor: null, editing: null, view: null });
		expect(readPeer(7, { ...good, cursor: { x: Infinity, y: 0 } })?.cursor).toBeNull();
		expect(readPeer(7, { ...good, view: { x: 0, y: 0 } })?.view).toBeNull();
	});

	it('cuts a very long name and trims it', () => {
		const peer = readPeer(7, { user: { ...bob, name: `  ${'😀'.repeat(200)}` } });
		expect(Array.from(peer?.name ?? '')).toHaveLength(80);
		expect(peer?.name.startsWith('😀')).toBe(true);
	});
});

describe('Presence peers', () => {
	it('lists the other clients, not me, and follows their changes', () => {
		const { awarenesses } = network(2);
		const a = new Presence(awarenesses[0], alice);
		const b = new Presence(awarenesses[1], bob);
		expect(a.peers).toEqual([{ clientId: awarenesses[1].clientID, ...bob, cursor: null, editing: null, view: null }]);
		expect(b.peers.map((p) => p.userId)).toEqual(['user-a']);

		b.setEditing('note-9');
		expect(a.peers[0].editing).toBe('note-9');

		b.destroy();
		expect(a.peers).toEqual([]);
	});

	it('ignores malformed states and shows one entry per person', () => {
		const { awarenesses } = network(3);
		const a = new Presence(awarenesses[0], alice);
		new Presence(awarenesses[1], bob);
		new Presence(awarenesses[2], bob); // Bob in a second tab
		rawPeer(awarenesses[0], { user: { userId: 'evil', name: 'x', stakeholder: 'root', color: '#000000' } });
		rawPeer(awarenesses[0], { cursor: { x: 1, y: 1 } });
		expect(a.peers.map((p) => p.userId)).toEqual(['user-b']);
	});
});

describe('Presence: only the peers that changed', () => {
	// The unit tests run Svelte's server runtime (no effects), so what is checked here is what the
	// fine-grained updates rest on: the list is replaced only when the roster changes, and each
	// client keeps one record whose fields are updated in place (each a signal of its own in the browser).
	const carla: PresenceUser = { userId: 'user-c', name: 'Carla', stakeholder: 'company', color: '#59a14f' };

	it('keeps the list and every record on a cursor or view move, and updates only that peer', () => {
		const { awarenesses } = network(3);
		const a = new Presence(awarenesses[0], alice);
		const b = new Presence(awarenesses[1], bob);
		const c = new Presence(awarenesses[2], carla);
		c.setCursor({ x: 5, y: 5 });
		const list = a.peers;
		const [bobRecord, carlaRecord] = list;
		const carlaCursor = carlaRecord.cursor;
		let moves = 0;
		a.onCursorMove(() => moves++);

		b.setCursor({ x: 1, y: 2 });
		vi.advanceTimersByTime(CURSOR_INTERVAL_MS);
		b.setCursor({ x: 3, y: 4 });
		vi.advanceTimersByTime(CURSOR_INTERVAL_MS);
		b.setView({ x: 10, y: 10, zoom: 2 });
		vi.advanceTimersByTime(VIEW_INTERVAL_MS);

		expect(a.peers).toBe(list);
		expect(a.peers[0]).toBe(bobRecord);
		expect(bobRecord).toMatchObject({ cursor: { x: 3, y: 4 }, view: { x: 10, y: 10, zoom: 2 } });
		expect(carlaRecord.cursor).toBe(carlaCursor);
		expect(moves).toBe(2);
	});

	it('replaces the list when someone joins, leaves, is renamed or edits another note, keeping the others\' records', () => {
		const { awarenesses } = network(4);
		const a = new Presence(awarenesses[0], alice);
		const b = new Presence(awarenesses[1], bob);
		const bobRecord = a.peers[0];

		let list = a.peers;
		b.setEditing('note-1');
		expect(a.peers).not.toBe(list);
		expect(a.peers[0]).toBe(bobRecord);
		expect(bobRecord.editing).toBe('note-1');

		list = a.peers;
		const c = new Presence(awarenesses[2], carla);
		expect(a.peers).not.toBe(list);
		expect(a.peers.map((p) => p.name)).toEqual(['Bob', 'Carla']);
		expect(a.peers[0]).toBe(bobRecord);

		list = a.peers;
		awarenesses[2].setLocalStateField('user', { ...carla, name: 'Aaron' });
		expect(a.peers).not.toBe(list);
		expect(a.peers.map((p) => p.name)).toEqual(['Aaron', 'Bob']);

		list = a.peers;
		c.destroy();
		expect(a.peers).not.toBe(list);
		expect(a.peers).toEqual([bobRecord]);
	});

	it('calls no listener and keeps the list when only my own state changes', () => {
		const { awarenesses } = network(2);
		const a = new Presence(awarenesses[0], alice);
		new Presence(awarenesses[1], bob);
		const list = a.peers;
		let moves = 0;
		a.onCursorMove(() => moves++);
		a.setCursor({ x: 1, y: 1 });
		a.setEditing('note-2');
		expect(a.peers).toBe(list);
		expect(moves).toBe(0);
	});

	it('drops a peer whose state turns invalid, and shows the newest client of a person who speaks again', async () => {
		// Awareness stamps states with lib0's clock, which is Date.now taken before the fake timers: real time here.
		vi.useRealTimers();
		const tick = () => new Promise((ok) => setTimeout(ok, 5));
		const { awarenesses } = network(3);
		const a = new Presence(awarenesses[0], alice);
		const first = new Presence(awarenesses[1], bob);
		await tick();
		new Presence(awarenesses[2], bob); // Bob reloads: a newer client
		expect(a.peers.map((p) => p.clientId)).toEqual([awarenesses[2].clientID]);

		await tick();
		first.setCursor({ x: 7, y: 7 }); // the older tab is used again: it is the one heard from last
		expect(a.peers.map((p) => p.clientId)).toEqual([awarenesses[1].clientID]);
		expect(a.peers[0].cursor).toEqual({ x: 7, y: 7 });

		awarenesses[1].setLocalStateField('user', { ...bob, stakeholder: 'root' });
		expect(a.peers.map((p) => p.clientId)).toEqual([awarenesses[2].clientID]);
	});
});

describe('Presence throttling', () => {
	it('sends the first cursor at once, then at most one per 80 ms, and always the last one', () => {
		const { awarenesses, sent } = network(2);
		const a = new Presence(awarenesses[0], alice);
		const b = new Presence(awarenesses[1], bob);
		const before = sent[0];

		a.setCursor({ x: 0, y: 0 });
		expect(sent[0] - before).toBe(1);
		expect(b.peers[0].cursor).toEqual({ x: 0, y: 0 });

		// A drag: a pointer event every 10 ms for 400 ms.
		for (let i = 1; i <= 40; i++) {
			vi.advanceTimersByTime(10);
			a.setCursor({ x: i, y: i });
		}
		vi.advanceTimersByTime(CURSOR_INTERVAL_MS);
		const cursorUpdates = sent[0] - before;
		expect(cursorUpdates).toBeGreaterThanOrEqual(400 / CURSOR_INTERVAL_MS);
		expect(cursorUpdates).toBeLessThanOrEqual(400 / CURSOR_INTERVAL_MS + 2);
		// The trailing update carries where the pointer stopped.
		expect(b.peers[0].cursor).toEqual({ x: 40, y: 40 });

		// Nothing more goes out once the pointer rests.
		vi.advanceTimersByTime(1000);
		expect(sent[0] - before).toBe(cursorUpdates);
	});

	it('sends the view at most once per 250 ms, the last one included', () => {
		const { awarenesses, sent } = network(2);
		const a = new Presence(awarenesses[0], alice);
		const b = new Presence(awarenesses[1], bob);
		const before = sent[0];
		for (let i = 0; i < 50; i++) {
			a.setView({ x: i, y: 0, zoom: 1 });
			vi.advanceTimersByTime(10);
		}
		vi.advanceTimersByTime(VIEW_INTERVAL_MS);
		expect(sent[0] - before).toBeLessThanOrEqual(Math.ceil(500 / VIEW_INTERVAL_MS) + 1);
		expect(b.peers[0].view).toEqual({ x: 49, y: 0, zoom: 1 });
	});

	it('sends editing at once, without waiting for the cursor window', () => {
		const { awarenesses } = network(2);
		const a = new Presence(awarenesses[0], alice);
		const b = new Presence(awarenesses[1], bob);
		a.setCursor({ x: 1, y: 1 });
		a.setCursor({ x: 2, y: 2 });
		a.setEditing('note-1');
		expect(b.peers[0]).toMatchObject({ editing: 'note-1', cursor: { x: 1, y: 1 } });
		vi.advanceTimersByTime(CURSOR_INTERVAL_MS);
		expect(b.peers[0]).toMatchObject({ editing: 'note-1', cursor: { x: 2, y: 2 } });
	});

	it('sends nothing after destroy', () => {
		const { awarenesses, sent } = network(2);
		const a = new Presence(awarenesses[0], alice);
		a.setCursor({ x: 1, y: 1 });
		a.setCursor({ x: 2, y: 2 });
		a.destroy();
		const after = sent[0];
		vi.advanceTimersByTime(1000);
		expect(sent[0]).toBe(after);
	});
});

describe('throttle', () => {
	it('passes a lone value at once and spaces a burst by the interval', () => {
		const out: [number, number][] = [];
		const t = throttle(100, (v: number) => out.push([Date.now(), v]));
		const start = Date.now();
		t.push(1);
		t.push(2);
		t.push(3);
		vi.advanceTimersByTime(100);
		t.push(4);
		vi.advanceTimersByTime(100);
		expect(out).toEqual([
			[start, 1],
			[start + 100, 3],
			[start + 200, 4]
		]);
		vi.advanceTimersByTime(500);
		t.push(5);
		expect(out.at(-1)).toEqual([start + 700, 5]);
	});
});
