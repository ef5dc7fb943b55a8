import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { MESSAGE_AWARENESS } from './protocol.ts';

/** One client's latest awareness entry, as it came on the wire (client id, clock, state JSON). */
interface Entry {
	clock: number;
	/** The encoded entry, ready to be copied into a merged message. */
	bytes: Uint8Array;
	/** false once the client has left (its state is null). */
	present: boolean;
}

const NULL_STATE = new TextEncoder().encode('null');

/**
 * The room's awareness (cursors, presence), relayed without parsing it. The
 * server never reads anyone's state, so it keeps each client's latest entry as
 * bytes and merges entries into one message per tick. y-protocols' Awareness
 * would JSON-parse every state and deep-compare it with the previous one: at
 * 10 Hz from every client that was the server's largest cost after sending.
 *
 * The rules are y-protocols' (awareness.js, applyAwarenessUpdate): an entry
 * wins with a higher clock, or with the same clock when it removes the state.
 */
export class AwarenessRelay {
	private entries = new Map<number, Entry>();

	/**
	 * Applies an awareness update (the payload of an awareness message); throws
	 * on a malformed one before changing anything. Returns the ids it changed.
	 * `mayWrite(id)` refuses the whole update when any id is not the sender's.
	 */
	apply(update: Uint8Array, mayWrite: (id: number) => boolean): number[] | null {
		const decoder = decoding.createDecoder(update);
		const count = decoding.readVarUint(decoder);
		const parsed: { id: number; clock: number; bytes: Uint8Array; isNull: boolean }[] = [];
		for (let i = 0; i < count; i++) {
			const start = decoder.pos;
			const id = decoding.readVarUint(decoder);
			const clock = decoding.readVarUint(decoder);
			const state = decoding.readVarUint8Array(decoder);
			parsed.push({ id, clock, bytes: update.slice(start, decoder.pos), isNull: isNullState(state) });
		}
		if (parsed.some(({ id }) => !mayWrite(id))) return null;
		const changed: number[] = [];
		for (const { id, clock, bytes, isNull } of parsed) {
			const current = this.entries.get(id);
			const newer = !current || current.clock < clock || (current.clock === clock && isNull && current.present);
			if (!newer) continue;
			this.entries.set(id, { clock, bytes, present: !isNull });
			changed.push(id);
		}
		return changed;
	}

	/** Marks clients as gone (their connection closed), as each client would itself. */
	remove(ids: Iterable<number>): number[] {
		const changed: number[] = [];
		for (const id of ids) {
			const current = this.entries.get(id);
			if (!current?.present) continue;
			const clock = current.clock + 1;
			const encoder = encoding.createEncoder();
			encoding.writeVarUint(encoder, id);
			encoding.writeVarUint(encoder, clock);
			encoding.writeVarUint8Array(encoder, NULL_STATE);
			this.entries.set(id, { clock, bytes: encoding.toUint8Array(encoder), present: false });
			changed.push(id);
		}
		return changed;
	}

	isPresent(id: number): boolean {
		return this.entries.get(id)?.present ?? false;
	}

	/** Ids of the clients here now. */
	present(): number[] {
		return [...this.entries].filter(([, e]) => e.present).map(([id]) => id);
	}

	/** One awareness message with these clients' latest entries; null when there are none. */
	encode(ids: Iterable<number>): Uint8Array | null {
		const chosen: Uint8Array[] = [];
		for (const id of ids) {
			const entry = this.entries.get(id);
			if (entry) chosen.push(entry.bytes);
		}
		if (chosen.length === 0) return null;
		const update = encoding.createEncoder();
		encoding.writeVarUint(update, chosen.length);
		for (const bytes of chosen) encoding.writeUint8Array(update, bytes);
		const message = encoding.createEncoder();
		encoding.writeVarUint(message, MESSAGE_AWARENESS);
		encoding.writeVarUint8Array(message, encoding.toUint8Array(update));
		return encoding.toUint8Array(message);
	}
}

function isNullState(state: Uint8Array) {
	return state.length === 4 && state[0] === 110 && state[1] === 117 && state[2] === 108 && state[3] === 108;
}
