/**
 * A real y-websocket client (WebsocketProvider over ws) that measures
 * edit-to-peer latency: every edit moves its note and, in the same
 * transaction, writes its send time under its own key of the 'bench' map;
 * the other real clients of the room record now - t when the change arrives.
 */
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { addNote, moveNote } from '../../src/lib/canvas/notes.ts';
import { Pacer, type BenchClient, type Load } from './light-client.ts';
import * as wire from './wire.ts';

/** Latency samples of one generator process; recorded only inside the measured window. */
export class Recorder {
	measuring = false;
	latencies: number[] = [];
	record(ms: number) {
		if (this.measuring) this.latencies.push(ms);
	}
}

interface Stamp {
	t: number;
	seq: number;
}

/** The provider's WebSocket, counting frames both ways without touching them. */
function countingSocket(counters: wire.Counters): new (address: string, protocols?: string | string[]) => WebSocket {
	return class CountingSocket extends WebSocket {
		constructor(address: string, protocols?: string | string[]) {
			super(address, protocols, { perMessageDeflate: false });
			this.on('message', (data) => counters.count(wire.toBytes(data)));
		}
		override send(data: unknown, ...rest: unknown[]) {
			counters.sent++;
			counters.sentBytes += (data as Uint8Array).byteLength ?? 0;
			// eslint-disable-next-line @typescript-eslint/no-explicit-any
			(super.send as any)(data, ...rest);
		}
	};
}

export class RealClient implements BenchClient {
	readonly counters = new wire.Counters();
	readonly doc = new Y.Doc();
	edits = 0;
	unexpectedCloses = 0;
	private provider: WebsocketProvider | null = null;
	private bench = this.doc.getMap<Stamp>('bench');
	private pacer = new Pacer();
	private seq = 0;
	private closing = false;

	constructor(
		readonly room: string,
		readonly label: string,
		private serverUrl: string,
		private token: string,
		private userId: string,
		recorder: Recorder
	) {
		this.bench.observe((event) => {
			if (event.transaction.local) return;
			const at = wire.now();
			for (const key of event.keysChanged) {
				const stamp = this.bench.get(key);
				if (key !== this.label && stamp) recorder.record(at - stamp.t);
			}
		});
	}

	connect(): Promise<void> {
		return new Promise((ok, fail) => {
			const provider = new WebsocketProvider(this.serverUrl, this.room, this.doc, {
				params: { token: this.token },
				disableBc: true,
				// The provider's types name the DOM WebSocket; ws is what it gets in Node.
				WebSocketPolyfill: countingSocket(this.counters) as never
			});
			this.provider = provider;
			provider.awareness.setLocalState({ user: { name: this.label }, cursor: null });
			let synced = false;
			const timeout = setTimeout(() => fail(new Error(`${this.room}: ${this.label} not synced after 60 s`)), 60_000);
			provider.on('sync', (isSynced: boolean) => {
				if (!isSynced || synced) return;
				synced = true;
				clearTimeout(timeout);
				ok();
			});
			provider.on('connection-close', () => {
				if (!this.closing && synced) this.unexpectedCloses++;
			});
		});
	}

	start(load: Load) {
		this.pacer.start(load, () => this.edit(), () => this.moveCursor());
	}

	private edit() {
		const id = this.label;
		this.doc.transact(() => {
			if (this.edits === 0) addNote(this.doc, { id, text: `note of ${this.label}`, x: 0, y: 0, author: this.userId, stakeholder: 'city' });
			else moveNote(this.doc, id, this.seq, this.seq);
			this.bench.set(this.label, { t: wire.now(), seq: ++this.seq });
		});
		this.edits++;
	}

	private moveCursor() {
		this.provider?.awareness.setLocalStateField('cursor', { x: Math.random() * 2000, y: Math.random() * 1200 });
	}

	stop() {
		this.pacer.stop();
	}

	close() {
		this.stop();
		this.closing = true;
		this.provider?.destroy();
		this.doc.destroy();
	}

	own(): [number, number] {
		return [this.doc.clientID, Y.decodeStateVector(Y.encodeStateVector(this.doc)).get(this.doc.clientID) ?? 0];
	}

	/** The whole document, for the convergence check. */
	state(): Uint8Array {
		return Y.encodeStateAsUpdate(this.doc);
	}
}
