/**
 * Shared by the realtime integration tests: a real realtime server on a real
 * HTTP server, workshop fixtures in the real database, y-websocket clients and
 * raw sockets over real TCP.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { localEnv } from '../../src/lib/server/config';
import { attachRealtime } from '../../src/lib/server/realtime/index';
import type { Limits } from '../../src/lib/server/realtime/limits';
import { PostgresStore } from '../../src/lib/server/realtime/persistence';
import { encodeSyncStep1, encodeUpdate } from '../../src/lib/server/realtime/protocol';
import { closeDb, createUser, db, one, type TestUser } from './helpers';

/** The variables createUserClient/readConfig need, pointing at the test stack. */
export function stackEnv(): Record<string, string> {
	return localEnv({
		postgrestUrl: inject('postgrestUrl'),
		anonKey: inject('anonKey'),
		serviceRoleKey: inject('serviceRoleKey'),
		jwtSecret: inject('jwtSecret'),
		databaseUrl: inject('databaseUrl')
	});
}

/** Sets the stack's variables; returns a function that puts process.env back as it was. */
export function applyStackEnv(): () => void {
	const saved = { ...process.env };
	Object.assign(process.env, stackEnv());
	return () => {
		for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
		Object.assign(process.env, saved);
	};
}

/** Polls until `check` gives a truthy value; fails with `what` after the timeout. */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 5000): Promise<NonNullable<T>> {
	const until = Date.now() + timeoutMs;
	let last: unknown;
	for (;;) {
		try {
			const value = await check();
			if (value) return value;
		} catch (error) {
			last = error;
		}
		if (Date.now() > until) throw new Error(`Timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
		await new Promise((ok) => setTimeout(ok, 10));
	}
}

export type RunningServer = Awaited<ReturnType<typeof startRealtime>>;

/** attachRealtime on a fresh HTTP server on 127.0.0.1, as `npm start` wires it. */
export async function startRealtime(limits: Partial<Limits> = {}) {
	const http = createServer((_req, res) => {
		res.writeHead(404);
		res.end();
	});
	const logs: string[] = [];
	const collab = await attachRealtime(
		http,
		{ databaseUrl: inject('databaseUrl'), jwtSecret: inject('jwtSecret') },
		{ limits: { unloadAfterMs: 100, ...limits }, log: (line) => logs.push(line) }
	);
	await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
	const { port } = http.address() as AddressInfo;
	return {
		port,
		url: `ws://127.0.0.1:${port}/collab`,
		collab,
		realtime: collab.realtime,
		logs,
		async close() {
			await collab.close();
			http.closeAllConnections();
			await new Promise((ok) => http.close(ok));
		}
	};
}

/**
 * A test file's realtime server: the stack's env applied and the server started before the
 * file's own beforeAll hooks (call this at the top of the file, before them), every client
 * closed after each test, the server, the database pool and the env undone after the file.
 * The object it returns stands for the server once it runs.
 */
export function useRealtimeServer(limits: Partial<Limits> = {}): RunningServer {
	let running: RunningServer | undefined;
	let restoreEnv = () => {};
	beforeAll(async () => {
		restoreEnv = applyStackEnv();
		running = await startRealtime(limits);
	});
	afterEach(destroyClients);
	afterAll(async () => {
		destroyClients();
		await running?.close();
		await closeDb();
		restoreEnv();
	});
	return new Proxy({} as RunningServer, {
		get(_, key) {
			if (!running) throw new Error('the realtime server is not running yet: use it inside a hook or a test');
			const value = Reflect.get(running, key);
			return typeof value === 'function' ? value.bind(running) : value;
		}
	});
}

export interface Workshop {
	id: string;
	code: string;
	facilitator: TestUser;
	participant: TestUser;
	observer: TestUser;
	canvases: string[];
}

/** A workshop created by its facilitator (the trigger adds them), a participant, an observer and canvases. */
export async function createWorkshop(canvasCount = 1, status = 'open'): Promise<Workshop> {
	const [facilitator, participant, observer] = await Promise.all([createUser(), createUser(), createUser()]);
	const { id, join_code } = await one<{ id: string; join_code: string }>(
		'insert into public.workshops (title, created_by, status) values ($1, $2, $3) returning id, join_code',
		['Realtime integration test', facilitator.id, status]
	);
	await db().query(
		`insert into public.workshop_members (workshop_id, user_id, role, display_name)
		 values ($1, $2, 'participant', 'Pat'), ($1, $3, 'observer', 'Olu')`,
		[id, participant.id, observer.id]
	);
	const { rows } = await db().query<{ id: string }>(
		`insert into public.canvases (workshop_id, template, title, position)
		 select $1, 'blank', 'Canvas ' || i, i from generate_series(1, $2::int) i returning id`,
		[id, canvasCount]
	);
	return { id, code: join_code, facilitator, participant, observer, canvases: rows.map((r) => r.id) };
}

export interface Client {
	doc: Y.Doc;
	provider: WebsocketProvider;
	destroy(): void;
}

const open = new Set<Client>();

/** A stock y-websocket client, BroadcastChannel off so only the server connects peers. */
export function connect(url: string, room: string, token: string, doc = new Y.Doc()): Client {
	const provider = new WebsocketProvider(url, room, doc, {
		WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
		params: { token },
		disableBc: true,
		connect: true,
		maxBackoffTime: 200
	});
	const client: Client = {
		doc,
		provider,
		destroy() {
			open.delete(client);
			provider.destroy();
			doc.destroy();
		}
	};
	open.add(client);
	return client;
}

/** Connects and waits for the first sync with the server. */
export async function connected(url: string, room: string, token: string, doc?: Y.Doc): Promise<Client> {
	const client = connect(url, room, token, doc);
	await waitFor(() => client.provider.synced, `${room} to sync`);
	return client;
}

const sockets = new Set<WebSocket>();

/** Ends every client and raw socket a test opened. */
export function destroyClients() {
	for (const client of [...open]) client.destroy();
	for (const ws of sockets) ws.terminate();
	sockets.clear();
}

/**
 * Waits until the server has handled everything this client sent before, and
 * this client has received everything the server sent it before: a sync step 1
 * on the same socket, answered in order by a step 2.
 */
export async function barrier(client: Client): Promise<void> {
	const ws = client.provider.ws as unknown as WebSocket | null;
	if (!ws) throw new Error('barrier on a client that is not connected');
	await rawBarrier(ws, client.doc);
}

/** The same round trip on a raw socket. */
export async function rawBarrier(ws: WebSocket, doc = new Y.Doc()): Promise<void> {
	if (ws.readyState !== WebSocket.OPEN) throw new Error('barrier on a socket that is not open');
	const answered = new Promise<void>((ok, fail) => {
		const onMessage = (event: { data: unknown }) => {
			const data = event.data;
			const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data as Buffer);
			if (bytes[0] === 0 && bytes[1] === 1) {
				ws.removeEventListener('message', onMessage);
				ws.off('close', onClose);
				ok();
			}
		};
		const onClose = () => fail(new Error('the socket closed before the barrier was answered'));
		ws.addEventListener('message', onMessage);
		ws.once('close', onClose);
	});
	ws.send(encodeSyncStep1(doc));
	await answered;
}

/**
 * A second, raw connection of the same person, opened now, that tells whether
 * the server lets that person's open connections write: each probe is an
 * independent update (a new Yjs client), so a dropped probe never blocks the next.
 */
export async function writeProbe(url: string, room: string, token: string) {
	const outcome = await rawSocket(`${url}/${room}?token=${token}`);
	if (!('ws' in outcome)) throw new Error(`probe refused with ${outcome.refused.status}`);
	const { ws } = outcome;
	return {
		ws,
		async canWrite(watcher: Client): Promise<boolean> {
			const key = crypto.randomUUID();
			const doc = new Y.Doc();
			doc.getMap('probe').set(key, true);
			ws.send(encodeUpdate(Y.encodeStateAsUpdate(doc)));
			await rawBarrier(ws);
			await barrier(watcher);
			return watcher.doc.getMap('probe').has(key);
		},
		close: () => ws.terminate()
	};
}

export interface Refused {
	status: number;
	body: string;
}

/** Opens a raw socket; resolves with the HTTP refusal, or with the open socket and what it received. */
export function rawSocket(url: string, headers: Record<string, string> = {}, maxPayload?: number) {
	return new Promise<{ refused: Refused } | { ws: WebSocket; received: Uint8Array[] }>((ok, fail) => {
		const ws = new WebSocket(url, { headers, perMessageDeflate: false, ...(maxPayload ? { maxPayload } : {}) });
		const received: Uint8Array[] = [];
		sockets.add(ws);
		ws.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
		ws.on('unexpected-response', (req, res) => {
			let body = '';
			res.setEncoding('utf8');
			res.on('data', (chunk: string) => (body += chunk));
			res.on('end', () => {
				req.destroy();
				ok({ refused: { status: res.statusCode ?? 0, body } });
			});
		});
		ws.on('open', () => ok({ ws, received }));
		ws.on('error', (error) => fail(error));
	});
}

/** The close code and reason a raw socket ends with. */
export function closed(ws: WebSocket): Promise<{ code: number; reason: string }> {
	if (ws.readyState === WebSocket.CLOSED) return Promise.resolve({ code: -1, reason: 'already closed' });
	return new Promise((ok) => ws.once('close', (code, reason) => ok({ code, reason: reason.toString() })));
}

/** The room's document as the database holds it (an empty doc when nothing is stored). */
export async function storedDoc(room: string): Promise<Y.Doc> {
	const doc = new Y.Doc();
	const state = await new PostgresStore(db()).load(room);
	if (state) Y.applyUpdate(doc, state);
	return doc;
}

export async function storedRows(room: string) {
	const { rows } = await db().query<{ updates: number; snapshots: number }>(
		`select (select count(*)::int from collab.updates where room = $1) as updates,
		        (select count(*)::int from collab.snapshots where room = $1) as snapshots`,
		[room]
	);
	return rows[0];
}
