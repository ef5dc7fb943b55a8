/**
 * Other people on the canvas for the cursors case: light y-websocket clients in
 * this Node process (one raw WebSocket each, as bench/realtime/light-client.ts),
 * each a workshop member with a display name and a colour, that answer the sync
 * handshake with an empty document and send awareness only: a cursor that glides
 * round its own loop at `hz`, and now and then, for some of them, the note they
 * are editing (the editing highlight). What they receive is counted, never decoded.
 */
import WebSocket from 'ws';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { STAKEHOLDER_COLORS, type Stakeholder } from '../../src/lib/domain/stakeholders.ts';
import { canvasRoom, COLLAB_PATH } from '../../src/lib/realtime/rooms.ts';
import * as wire from '../realtime/wire.ts';

export interface PeerPerson {
	id: string;
	token: string;
	name: string;
	stakeholder: Stakeholder;
}

export interface PeerLoad {
	/** Cursor moves per second. */
	hz: number;
	/** The world area the cursors move in (the template). */
	area: { w: number; h: number };
	/** Notes a peer may edit. */
	noteIds: string[];
	/** Every `editorEvery`-th peer edits a note now and then. */
	editorEvery: number;
}

/** Small deterministic generator (mulberry32): the same paths every run. */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export class PeerClient {
	received = 0;
	sent = 0;
	private doc = new Y.Doc();
	private awareness = new awarenessProtocol.Awareness(this.doc);
	private ws: WebSocket | null = null;
	private timers: NodeJS.Timeout[] = [];

	constructor(
		private person: PeerPerson,
		private url: string
	) {
		// What the canvas page writes (src/lib/collab/presence.svelte.ts); the page validates it.
		this.awareness.setLocalState({
			user: { userId: person.id, name: person.name, stakeholder: person.stakeholder, color: STAKEHOLDER_COLORS[person.stakeholder] },
			cursor: null,
			editing: null,
			view: null
		});
	}

	connect(): Promise<void> {
		return new Promise((ok, fail) => {
			const ws = new WebSocket(this.url, { perMessageDeflate: false });
			this.ws = ws;
			let synced = false;
			ws.on('open', () => {
				this.send(wire.syncStep1(this.doc));
				this.sendAwareness();
			});
			ws.on('message', (data) => {
				this.received++;
				const kind = wire.kindOf(wire.toBytes(data));
				if (kind === 'step1') this.send(wire.syncStep2(this.doc));
				else if (kind === 'step2' && !synced) {
					synced = true;
					ok();
				}
			});
			ws.on('unexpected-response', (_req, res) => {
				fail(new Error(`peer ${this.person.name}: HTTP ${res.statusCode}`));
				ws.terminate();
			});
			ws.on('error', (error) => {
				if (!synced) fail(error);
			});
			ws.on('close', (code) => {
				if (!synced) fail(new Error(`peer ${this.person.name}: closed ${code} before sync`));
			});
		});
	}

	/** Starts moving: a loop of its own round the area, and for an editor, a note edited for 2-4 s every 6-12 s. */
	start(load: PeerLoad, index: number) {
		const rnd = random(1000 + index);
		const cx = load.area.w * (0.15 + 0.7 * rnd());
		const cy = load.area.h * (0.15 + 0.7 * rnd());
		const rx = 80 + 220 * rnd();
		const ry = 60 + 160 * rnd();
		const speed = (0.6 + rnd()) * (rnd() < 0.5 ? -1 : 1);
		const phase = rnd() * 2 * Math.PI;
		const started = performance.now();
		const every = 1000 / load.hz;
		const move = () => {
			const a = phase + (speed * (performance.now() - started)) / 1000;
			this.awareness.setLocalStateField('cursor', { x: Math.round(cx + rx * Math.cos(a)), y: Math.round(cy + ry * Math.sin(a)) });
			this.sendAwareness();
		};
		// A random phase, so 29 peers do not all send in the same millisecond.
		this.timers.push(setTimeout(() => this.timers.push(setInterval(move, every)), rnd() * every));
		if (index % load.editorEvery === 0 && load.noteIds.length) {
			const edit = () => {
				const note = load.noteIds[Math.floor(rnd() * load.noteIds.length)];
				this.awareness.setLocalStateField('editing', note);
				this.sendAwareness();
				this.timers.push(
					setTimeout(() => {
						this.awareness.setLocalStateField('editing', null);
						this.sendAwareness();
						this.timers.push(setTimeout(edit, 4000 + 4000 * rnd()));
					}, 2000 + 2000 * rnd())
				);
			};
			this.timers.push(setTimeout(edit, 1000 + 4000 * rnd()));
		}
	}

	private sendAwareness() {
		this.send(wire.awareness(this.awareness, [this.doc.clientID]));
	}

	private send(message: Uint8Array) {
		if (this.ws?.readyState !== WebSocket.OPEN) return;
		this.sent++;
		this.ws.send(message);
	}

	stop() {
		for (const t of this.timers) {
			clearTimeout(t);
			clearInterval(t);
		}
		this.timers = [];
	}

	/** Leaves: the server drops this client's awareness state and tells the others. */
	close() {
		this.stop();
		this.ws?.close();
		this.awareness.destroy();
		this.doc.destroy();
	}
}

export async function connectPeers(origin: string, canvasId: string, people: PeerPerson[]): Promise<PeerClient[]> {
	const base = `${origin.replace(/^http/, 'ws')}${COLLAB_PATH}/${canvasRoom(canvasId)}`;
	const peers = people.map((p) => new PeerClient(p, `${base}?token=${encodeURIComponent(p.token)}`));
	try {
		await Promise.all(peers.map((p) => p.connect()));
	} catch (error) {
		for (const p of peers) p.close();
		throw error;
	}
	return peers;
}
