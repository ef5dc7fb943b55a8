/**
 * The y-websocket wire as the light clients speak it, written here rather than
 * imported from src/ so the benchmark measures the server without sharing its
 * code. Outer type 0 = sync (inner 0 step1, 1 step2, 2 update), 1 = awareness.
 */
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

export const SYNC = 0;
export const AWARENESS = 1;
export const STEP1 = 0;
export const STEP2 = 1;
export const UPDATE = 2;

export function syncStep1(doc: Y.Doc): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, SYNC);
	syncProtocol.writeSyncStep1(encoder, doc);
	return encoding.toUint8Array(encoder);
}

/** Step 2 with everything the doc has: valid for any state vector the server sent. */
export function syncStep2(doc: Y.Doc): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, SYNC);
	encoding.writeVarUint(encoder, STEP2);
	encoding.writeVarUint8Array(encoder, Y.encodeStateAsUpdate(doc));
	return encoding.toUint8Array(encoder);
}

export function update(update: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, SYNC);
	syncProtocol.writeUpdate(encoder, update);
	return encoding.toUint8Array(encoder);
}

export function awareness(state: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, AWARENESS);
	encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(state, clients));
	return encoding.toUint8Array(encoder);
}

/** What a received frame is, from its first two bytes only: nothing is decoded. */
export type Kind = 'update' | 'step1' | 'step2' | 'awareness' | 'other';
export function kindOf(data: Uint8Array): Kind {
	if (data[0] === SYNC) return data[1] === UPDATE ? 'update' : data[1] === STEP2 ? 'step2' : data[1] === STEP1 ? 'step1' : 'other';
	return data[0] === AWARENESS ? 'awareness' : 'other';
}

/** Receive counters shared by light and real clients. */
export class Counters {
	messages = 0;
	bytes = 0;
	updates = 0;
	awareness = 0;
	sent = 0;
	sentBytes = 0;

	count(data: Uint8Array): Kind {
		this.messages++;
		this.bytes += data.byteLength;
		const kind = kindOf(data);
		if (kind === 'update') this.updates++;
		else if (kind === 'awareness') this.awareness++;
		return kind;
	}
}

export function toBytes(data: unknown): Uint8Array {
	if (data instanceof Uint8Array) return data;
	if (data instanceof ArrayBuffer) return new Uint8Array(data);
	if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data as Buffer[]));
	throw new Error('unexpected frame type');
}

/** One clock for every client of a room: they share a process, and the machine. */
export const now = () => performance.timeOrigin + performance.now();
