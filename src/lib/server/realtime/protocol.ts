import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

/** The y-websocket wire: outer message types, and the sync protocol's inner ones. */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

export const SYNC_STEP1 = syncProtocol.messageYjsSyncStep1;
export const SYNC_STEP2 = syncProtocol.messageYjsSyncStep2;
export const SYNC_UPDATE = syncProtocol.messageYjsUpdate;

export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MESSAGE_SYNC);
	syncProtocol.writeSyncStep1(encoder, doc);
	return encoding.toUint8Array(encoder);
}

export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MESSAGE_SYNC);
	syncProtocol.writeSyncStep2(encoder, doc, stateVector);
	return encoding.toUint8Array(encoder);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
	const encoder = encoding.createEncoder();
	encoding.writeVarUint(encoder, MESSAGE_SYNC);
	syncProtocol.writeUpdate(encoder, update);
	return encoding.toUint8Array(encoder);
}

/** A decoded incoming message; only what the server acts on. */
export type Incoming =
	| { type: 'sync-step1'; stateVector: Uint8Array }
	| { type: 'sync-update'; update: Uint8Array }
	| { type: 'awareness'; update: Uint8Array }
	| { type: 'query-awareness' }
	| { type: 'ignored' };

/** Throws on a malformed message; the caller closes that connection. */
export function decodeMessage(data: Uint8Array): Incoming {
	const decoder = decoding.createDecoder(data);
	const type = decoding.readVarUint(decoder);
	switch (type) {
		case MESSAGE_SYNC: {
			const step = decoding.readVarUint(decoder);
			const payload = decoding.readVarUint8Array(decoder);
			if (step === SYNC_STEP1) return { type: 'sync-step1', stateVector: payload };
			if (step === SYNC_STEP2 || step === SYNC_UPDATE) return { type: 'sync-update', update: payload };
			throw new Error(`unknown sync step ${step}`);
		}
		case MESSAGE_AWARENESS:
			return { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
		case MESSAGE_QUERY_AWARENESS:
			return { type: 'query-awareness' };
		case MESSAGE_AUTH:
			return { type: 'ignored' };
		default:
			throw new Error(`unknown message type ${type}`);
	}
}
