/**
 * The durability promise: an edit the server accepted is stored within one
 * persist interval (plus the write), so killing the server without warning
 * and starting it again loses at most the last moment of work.
 */
import { spawn, type ChildProcessByStdio } from 'node:child_process';
import type { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { addNote, getNote, notesMap } from '../../src/lib/canvas';
import { canvasRoom } from '../../src/lib/realtime/rooms';
import { closeDb } from './helpers';
import { applyStackEnv, connected, createWorkshop, destroyClients, stackEnv, waitFor } from './realtime-helpers';

const PERSIST_INTERVAL_MS = 250;
/** One persist interval, plus generous room for the write itself on a busy 2-core machine. */
const DURABLE_AFTER_MS = 1000;
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CHILD = fileURLToPath(new URL('./realtime-child.ts', import.meta.url));

type Child = ChildProcessByStdio<null, Readable, Readable>;
const children = new Set<Child>();

/** A realtime server in its own process on the test database; resolves once it listens. */
async function startChild() {
	const child: Child = spawn(process.execPath, ['--import', 'tsx', CHILD], {
		cwd: ROOT,
		env: { ...process.env, ...stackEnv(), REALTIME_LIMITS: JSON.stringify({ persistIntervalMs: PERSIST_INTERVAL_MS }) },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	children.add(child);
	const exited = new Promise<number | null>((ok) => child.once('exit', (code, signal) => ok(code ?? (signal ? -1 : null))));
	const port = await new Promise<number>((ok, fail) => {
		let out = '';
		let err = '';
		child.stdout.on('data', (chunk: Buffer) => {
			out += chunk.toString();
			const match = /\{"port":(\d+)\}/.exec(out);
			if (match) ok(Number(match[1]));
		});
		child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
		void exited.then((code) => fail(new Error(`the realtime child exited (${code}) before listening: ${err}`)));
	});
	return {
		url: `ws://127.0.0.1:${port}/collab`,
		async kill() {
			child.kill('SIGKILL');
			await exited;
			children.delete(child);
		}
	};
}

let restoreEnv: () => void;
beforeAll(() => {
	restoreEnv = applyStackEnv();
});
afterEach(destroyClients);
afterAll(async () => {
	destroyClients();
	for (const child of children) child.kill('SIGKILL');
	await closeDb();
	restoreEnv();
});

describe('[R7] SIGKILL and restart', () => {
	it('[R7] every edit accepted longer ago than the persist interval survives a SIGKILL of the server', async () => {
		const w = await createWorkshop(1);
		const room = canvasRoom(w.canvases[0]);
		const first = await startChild();
		const writer = await connected(first.url, room, w.facilitator.token);
		const watcher = await connected(first.url, room, w.observer.token);
		// When each note reached another client, i.e. when the server had accepted it.
		const acceptedAt = new Map<string, number>();
		notesMap(watcher.doc).observe((event) => {
			for (const id of event.keysChanged) if (!acceptedAt.has(id)) acceptedAt.set(id, performance.now());
		});

		// Continuous typing (the flusher must not wait for a pause), then the kill mid-stream.
		const written: string[] = [];
		const until = performance.now() + 2 * DURABLE_AFTER_MS;
		while (performance.now() < until) {
			written.push(addNote(writer.doc, { text: `note ${written.length}`, x: 0, y: 0, author: w.facilitator.id, stakeholder: 'city' }));
			await new Promise((ok) => setTimeout(ok, 15));
		}
		await waitFor(() => acceptedAt.has(written.at(-1)!), 'the last note to be accepted');
		const killedAt = performance.now();
		await first.kill();
		destroyClients();

		const old = written.filter((id) => acceptedAt.get(id)! < killedAt - DURABLE_AFTER_MS);
		expect(old.length).toBeGreaterThan(10);
		const second = await startChild();
		try {
			const fresh = await connected(second.url, room, w.participant.token);
			expect(old.filter((id) => getNote(fresh.doc, id)?.text !== `note ${written.indexOf(id)}`)).toEqual([]);
		} finally {
			destroyClients();
			await second.kill();
		}
	});
});
