/**
 * The app process as `npm start` runs it (start.ts with its own Postgres and
 * PostgREST, a temp data folder, a free port): static files that disappear
 * under it, an orderly stop, a crash and a SIGKILL. Needs `npm run build`.
 */
import { chmodSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isRunning } from '../../src/lib/server/local/processes';
import { readRunState } from '../../src/lib/server/local/run-state';
import { childrenOf, eventually, get, processGroupOf, startApp, survivors, type AppProcess } from './app-process';

const CRASH_HOOK = resolve('test/integration/crash-after-ready.ts');
const folders: string[] = [];
const running = new Set<AppProcess>();

/** A throw-away folder Postgres (the `postgres` OS user when we are root) can reach. */
function tempFolder(prefix: string) {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	chmodSync(dir, 0o755);
	folders.push(dir);
	return dir;
}

async function start(options: Parameters<typeof startApp>[0]) {
	const app = await startApp(options);
	running.add(app);
	void app.exited.then(() => running.delete(app));
	return app;
}

beforeAll(() => {
	if (!existsSync(resolve('build/handler.js'))) throw new Error('These tests serve the production build: run `npm run build` first.');
});

afterEach(async () => {
	// A failed test may leave its app running: stop it (its watchdog then stops the rest).
	for (const app of running) {
		process.kill(app.pid, 'SIGKILL');
		await app.exited;
		await eventually(() => survivors(app.state).length === 0, 10_000);
	}
});

afterAll(() => {
	for (const dir of folders) rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
});

describe('static files that disappear while the app serves (build/ rebuilt under it)', () => {
	it('a gone .br copy serves the plain file, a gone file answers 404, and the app keeps serving', { timeout: 90_000 }, async () => {
		// A copy of the build, so the real one stays whole.
		const cwd = tempFolder('civic-canvas-static-');
		cpSync(resolve('build'), join(cwd, 'build'), { recursive: true });
		symlinkSync(resolve('node_modules'), join(cwd, 'node_modules'));
		symlinkSync(resolve('supabase'), join(cwd, 'supabase'));
		symlinkSync(resolve('package.json'), join(cwd, 'package.json'));
		const app = await start({ cwd, dataDir: join(cwd, 'data') });
		const client = join(cwd, 'build', 'client');

		const page = await get(app.url + '/');
		expect(page.status).toBe(200);
		const assets = [...new Set(page.body.toString().match(/_app\/immutable\/[^"'\s]+\.(?:css|js)/g) ?? [])]
			.map((path) => '/' + path)
			.filter((path) => existsSync(join(client, path + '.br')) && existsSync(join(client, path + '.gz')));
		expect(assets.length).toBeGreaterThanOrEqual(2);
		const [onlyBrGone, allGone] = assets;

		// Before: the brotli copy is what a browser gets.
		const before = await get(app.url + onlyBrGone, { 'accept-encoding': 'br' });
		expect(before.status).toBe(200);
		expect(before.headers['content-encoding']).toBe('br');

		unlinkSync(join(client, onlyBrGone + '.br'));
		const plain = await get(app.url + onlyBrGone, { 'accept-encoding': 'br' });
		expect(plain.status).toBe(200);
		expect(plain.headers['content-encoding']).toBeUndefined();
		expect(plain.body.equals(readFileSync(join(client, onlyBrGone)))).toBe(true);

		for (const suffix of ['', '.br', '.gz']) unlinkSync(join(client, allGone + suffix));
		expect((await get(app.url + allGone, { 'accept-encoding': 'br, gzip' })).status).toBe(404);
		expect((await get(app.url + allGone)).status).toBe(404);

		// Still serving: pages, the other files, and the process is the same one.
		expect((await get(app.url + '/')).status).toBe(200);
		expect((await get(app.url + onlyBrGone, { 'accept-encoding': 'gzip' })).headers['content-encoding']).toBe('gzip');
		expect(app.alive()).toBe(true);
		expect(app.output()).not.toMatch(/crashed|ENOENT/);
	});
});

describe('stopping', () => {
	it('SIGTERM stops realtime, then the app pool, then PostgREST and Postgres: exit 0, no "connection lost"', { timeout: 60_000 }, async () => {
		const dataDir = join(tempFolder('civic-canvas-stop-'), 'data');
		const app = await start({ dataDir });
		// The outbox reads through the app's own pool, so it holds an open connection.
		expect((await get(app.url + '/auth/outbox')).status).toBe(200);

		process.kill(app.pid, 'SIGTERM');
		expect(await app.exited).toEqual({ code: 0, signal: null });
		expect(app.output()).toMatch(/SIGTERM: stopping/);
		expect(app.output()).not.toMatch(/connection lost|terminating connection/i);
		expect(survivors(app.state)).toEqual([]);
		expect(readRunState(dataDir)).toBeNull();
	});

	it('Ctrl-C in a terminal (SIGINT to the whole process group) stops in the same order', { timeout: 60_000 }, async () => {
		const app = await start({ dataDir: join(tempFolder('civic-canvas-ctrl-c-'), 'data'), ownGroup: true });
		expect((await get(app.url + '/auth/outbox')).status).toBe(200);
		// The terminal's signal reaches the app alone; Postgres and PostgREST wait for its word.
		expect(processGroupOf(app.pid)).toBe(app.pid);
		expect(processGroupOf(app.state.postgresPid!)).not.toBe(app.pid);
		expect(processGroupOf(app.state.postgrestPid!)).not.toBe(app.pid);

		process.kill(-app.pid, 'SIGINT');
		expect(await app.exited).toEqual({ code: 0, signal: null });
		expect(app.output()).toMatch(/SIGINT: stopping/);
		expect(app.output()).not.toMatch(/connection lost|terminating connection|postgrest exited/i);
		expect(survivors(app.state)).toEqual([]);
	});
});

describe('Postgres and PostgREST never outlive the app', () => {
	it.each(['exception', 'rejection'])('a crash (uncaught %s) stops them and exits 1', { timeout: 60_000 }, async (kind) => {
		const dataDir = join(tempFolder('civic-canvas-crash-'), 'data');
		const app = await start({ dataDir, preload: [CRASH_HOOK], env: { CRASH: kind } });

		const { code } = await app.exited;
		expect(code).toBe(1);
		expect(app.output()).toMatch(/crashed: .*(a bug after ready|a rejection nobody handles) \(test\)/);
		expect(await eventually(() => survivors(app.state).length === 0, 5_000)).toBe(true);
		expect(readRunState(dataDir)).toBeNull();
	});

	it('SIGKILL: its watchdog stops them within seconds, and the next start on the folder works', { timeout: 90_000 }, async () => {
		const dataDir = join(tempFolder('civic-canvas-kill-'), 'data');
		const app = await start({ dataDir });
		process.kill(app.pid, 'SIGKILL');
		await app.exited;
		expect(await eventually(() => survivors(app.state).length === 0, 5_000)).toBe(true);

		const next = await start({ dataDir });
		expect(next.state.pid).toBe(next.pid);
		expect((await get(next.url + '/')).status).toBe(200);
		process.kill(next.pid, 'SIGTERM');
		expect((await next.exited).code).toBe(0);
	});

	it('SIGKILL of the app and its watchdog: the next start stops what was left and starts', { timeout: 90_000 }, async () => {
		const dataDir = join(tempFolder('civic-canvas-kill-all-'), 'data');
		const app = await start({ dataDir });
		const watchdogs = childrenOf(app.pid, /^\/bin\/sh -c[\s\S]*watched/);
		expect(watchdogs).toHaveLength(1);
		process.kill(watchdogs[0], 'SIGKILL');
		process.kill(app.pid, 'SIGKILL');
		await app.exited;
		await new Promise((r) => setTimeout(r, 1000));
		// Nothing stopped them this time: only the next start's cleanup can.
		expect(survivors(app.state)).toHaveLength(2);

		const next = await start({ dataDir });
		expect(survivors(app.state)).toEqual([]);
		expect(isRunning(next.state.postgresPid, /postgres/)).toBe(true);
		expect((await get(next.url + '/')).status).toBe(200);
		process.kill(next.pid, 'SIGTERM');
		expect((await next.exited).code).toBe(0);
	});
});
