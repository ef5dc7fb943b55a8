import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { AwarenessRelay } from './awareness';
import { MESSAGE_AWARENESS } from './protocol';

const made: Awareness[] = [];
function client(state: Record<string, unknown> | null) {
	const awareness = new Awareness(new Y.Doc());
	awareness.setLocalState(state);
	made.push(awareness);
	return awareness;
}
afterEach(() => made.splice(0).forEach((a) => a.destroy()));

const anyone = () => true;
const own = (a: Awareness) => encodeAwarenessUpdate(a, [a.clientID]);

/** What a stock y-websocket client does with the relay's message. */
function deliver(message: Uint8Array, to: Awareness) {
	const decoder = decoding.createDecoder(message);
	expect(decoding.readVarUint(decoder)).toBe(MESSAGE_AWARENESS);
	applyAwarenessUpdate(to, decoding.readVarUint8Array(decoder), 'server');
}

describe('AwarenessRelay', () => {
	it('merges several clients into one message that stock clients read', () => {
		const relay = new AwarenessRelay();
		const a = client({ name: 'Aino', cursor: { x: 1, y: 2 } });
		const b = client({ name: 'Bo' });
		expect(relay.apply(own(a), anyone)).toEqual([a.clientID]);
		expect(relay.apply(own(b), anyone)).toEqual([b.clientID]);
		const reader = client(null);
		deliver(relay.encode(relay.present())!, reader);
		expect(reader.getStates().get(a.clientID)).toEqual({ name: 'Aino', cursor: { x: 1, y: 2 } });
		expect(reader.getStates().get(b.clientID)).toEqual({ name: 'Bo' });
	});

	it('keeps the newest state and ignores an older clock', () => {
		const relay = new AwarenessRelay();
		const a = client({ cursor: 1 });
		const first = own(a);
		a.setLocalState({ cursor: 2 });
		relay.apply(own(a), anyone);
		expect(relay.apply(first, anyone)).toEqual([]);
		const reader = client(null);
		deliver(relay.encode([a.clientID])!, reader);
		expect(reader.getStates().get(a.clientID)).toEqual({ cursor: 2 });
	});

	it('removes a client that leaves, so readers drop its cursor', () => {
		const relay = new AwarenessRelay();
		const a = client({ name: 'Aino' });
		const reader = client(null);
		relay.apply(own(a), anyone);
		deliver(relay.encode(relay.present())!, reader);
		expect(relay.remove([a.clientID])).toEqual([a.clientID]);
		expect(relay.present()).toEqual([]);
		deliver(relay.encode([a.clientID])!, reader);
		expect(reader.getStates().has(a.clientID)).toBe(false);
		// Removing twice changes nothing.
		expect(relay.remove([a.clientID])).toEqual([]);
	});

	it('accepts a client removing itself at the same clock', () => {
		const relay = new AwarenessRelay();
		const a = client({ name: 'Aino' });
		relay.apply(own(a), anyone);
		removeAwarenessStates(a, [a.clientID], 'local');
		expect(relay.apply(encodeAwarenessUpdate(a, [a.clientID]), anyone)).toEqual([a.clientID]);
		expect(relay.isPresent(a.clientID)).toBe(false);
	});

	it('refuses the whole update when it speaks for a client that is not the sender', () => {
		const relay = new AwarenessRelay();
		const a = client({ name: 'Aino' });
		const b = client({ name: 'Bo' });
		applyAwarenessUpdate(b, own(a), null);
		const both = encodeAwarenessUpdate(b, [b.clientID, a.clientID]);
		expect(relay.apply(both, (id) => id === b.clientID)).toBeNull();
		expect(relay.present()).toEqual([]);
	});

	it('throws on a truncated update and keeps what it had', () => {
		const relay = new AwarenessRelay();
		const a = client({ name: 'Aino' });
		relay.apply(own(a), anyone);
		const b = client({ name: 'Bo' });
		expect(() => relay.apply(own(b).slice(0, 4), anyone)).toThrow();
		expect(relay.present()).toEqual([a.clientID]);
	});

	it('encodes nothing for unknown ids', () => {
		expect(new AwarenessRelay().encode([42])).toBeNull();
	});
});
