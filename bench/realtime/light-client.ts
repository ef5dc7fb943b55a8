/**
 * A light protocol client: one raw WebSocket that speaks the real y-websocket
 * protocol (sync handshake, Yjs updates from its own tiny Y.Doc, awareness
 * from its own Awareness) but only counts what it receives, never decodes it.
 * A thousand full providers in Node would saturate the generator before any
 * server; these cost a few microseconds per received frame.
 */
import WebSocket from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { addNote, moveNote } from '../../src/lib/canvas/notes.ts';
import * as wire from './wire.ts';

export interface Load {
	/** Mean time between edits; each gap is drawn from 0.5x to 1.5x of it. */
	editEveryMs: number;
	/** Cursor moves per second; 0 sends presence once at connect and nothing after. */
	awarenessHz: number;
	/** Light clients send back every awareness frame they receive, as the stock WebsocketProvider does. */
	awarenessEcho?: boolean;
}

export interface BenchClient {
	readonly room: string;
	readonly label: string;
	readonly counters: wire.Counters;
	edits: number;
	unexpectedCloses: number;
	connect(): Promise<void>;
	start(load: Load): void;
	stop(): void;
	close(): void;
	/** This client's Yjs client id and clock: every edit it made is below that clock. */
	own(): [number, number];
}

/** Timers shared by both client kinds: jittered edits, steady cursor moves with a random phase. */
export class Pacer {
	private editTimer: NodeJS.Timeout | null = null;
	private cursorTimer: NodeJS.Timeout | null = null;
	private phaseTimer: NodeJS.Timeout | null = null;

	start(load: Load, edit: () => void, cursor: () => void) {
		const nextEdit = () => {
			this.editTimer = setTimeout(() => {
				edit();
				nextEdit();
			}, load.editEveryMs * (0.5 + Math.random()));
		};
		nextEdit();
		if (load.awarenessHz > 0) {
			const every = 1000 / load.awarenessHz;
			this.phaseTimer = setTimeout(() => {
				this.cursorTimer = setInterval(cursor, every);
			}, Math.random() * every);
		}
	}

	stop() {
		for (const timer of [this.editTimer, this.phaseTimer]) if (timer) clearTimeout(timer);
		if (this.cursorTimer) clearInterval(this.cursorTimer);
		this.editTimer = this.cursorTimer = this.phaseTimer = null;
	}
}

export class LightClient implements BenchClient {
	readonly counters = new wire.Counters();
	edits = 0;
	unexpectedCloses = 0;
	private doc = new Y.Doc();
	private presence = new awarenessProtocol.Awareness(this.doc);
	private ws: WebSocket | null = null;
	private pacer = new Pacer();
	private closing = false;
	private moves = 0;
	private echo = false;

	constructor(
		readonly room: string,
		readonly label: string,
		private url: string,
		private userId: string
	) {
		// One local transaction is one update on the wire, as with a real provider.
		this.doc.on('update', (update: Uint8Array) => this.send(wire.update(update)));
		this.presence.setLocalState({ user: { name: label }, cursor: null });
	}

	connect(): Promise<void> {
		return new Promise((ok, fail) => {
			const ws = new WebSocket(this.url, { perMessageDeflate: false });
			this.ws = ws;
			let synced = false;
			ws.on('open', () => {
				this.send(wire.syncStep1(this.doc));
				this.send(wire.awareness(this.presence, [this.doc.clientID]));
			});
			ws.on('message', (data) => {
				const kind = this.counters.count(wire.toBytes(data));
				// The server's step 1 asks for what we have: answer as a provider would.
				if (kind === 'step1') this.send(wire.syncStep2(this.doc));
				// y-websocket 3.1's provider re-broadcasts every awareness change it applies, remote ones too.
				else if (kind === 'awareness' && this.echo) this.send(wire.toBytes(data));
				else if (kind === 'step2' && !synced) {
					synced = true;
					ok();
				}
			});
			ws.on('unexpected-response', (_req, res) => {
				fail(new Error(`${this.room}: HTTP ${res.statusCode}`));
				ws.terminate();
			});
			ws.on('error', (error) => {
				if (!synced) fail(error);
			});
			ws.on('close', (code) => {
				if (!this.closing) this.unexpectedCloses++;
				if (!synced) fail(new Error(`${this.room}: closed ${code} before sync`));
			});
		});
	}

	start(load: Load) {
		this.echo = load.awarenessEcho === true;
		this.pacer.start(load, () => this.edit(), () => this.moveCursor());
	}

	private edit() {
		const id = this.label;
		this.moves++;
		if (this.edits === 0) addNote(this.doc, { id, text: `note of ${this.label}`, x: 0, y: 0, author: this.userId, stakeholder: 'citizen' });
		else moveNote(this.doc, id, this.moves, this.moves);
		this.edits++;
	}

	private moveCursor() {
		this.presence.setLocalStateField('cursor', { x: Math.random() * 2000, y: Math.random() * 1200 });
		this.send(wire.awareness(this.presence, [this.doc.clientID]));
	}

	private send(message: Uint8Array) {
		if (this.ws?.readyState !== WebSocket.OPEN) return;
		this.counters.sent++;
		this.counters.sentBytes += message.byteLength;
		this.ws.send(message);
	}

	stop() {
		this.pacer.stop();
		this.echo = false;
	}

	close() {
		this.stop();
		this.closing = true;
		this.ws?.close();
		this.presence.destroy();
		this.doc.destroy();
	}

	own(): [number, number] {
		return [this.doc.clientID, Y.decodeStateVector(Y.encodeStateVector(this.doc)).get(this.doc.clientID) ?? 0];
	}
}
