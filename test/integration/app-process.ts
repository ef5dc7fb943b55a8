/**
 * The real app (`src/lib/server/cli/start.ts`, as `npm start` and the e2e
 * suite run it) as a child process of a test: its own data folder, a free
 * port, the existing build. What it prints is kept for assertions.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { request } from 'node:http';
import { resolve } from 'node:path';
import { isRunning } from '../../src/lib/server/local/processes';
import { readRunState, type RunState } from '../../src/lib/server/local/run-state';

const START = resolve('src/lib/server/cli/start.ts');

export interface AppProcess {
	pid: number;
	/** http://127.0.0.1:<port> */
	url: string;
	/** What run.json said once the app was ready. */
	state: RunState;
	/** Everything it printed so far, stdout and stderr. */
	output(): string;
	exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
	alive(): boolean;
}

export interface StartOptions {
	dataDir: string;
	/** The folder it runs in (build/ and supabase/ are read from there); the repository by default. */
	cwd?: string;
	/** Modules loaded before start.ts (`node --import`). */
	preload?: string[];
	env?: Record<string, string>;
	/** Runs it as a terminal runs a command: leading its own process group, so `kill(-pid)` is a Ctrl-C. */
	ownGroup?: boolean;
	timeoutMs?: number;
}

export async function startApp(options: StartOptions): Promise<AppProcess> {
	const env: NodeJS.ProcessEnv = {};
	// Only what a shell would pass: none of the test run's LOCAL_* or VITEST variables.
	for (const name of ['PATH', 'HOME', 'LANG', 'TMPDIR']) if (process.env[name]) env[name] = process.env[name];
	Object.assign(env, { NODE_ENV: 'production', PORT: '0', HOST: '127.0.0.1', DATA_DIR: options.dataDir, SKIP_BUILD: '1' }, options.env);
	const args = ['--import', 'tsx', ...(options.preload ?? []).flatMap((file) => ['--import', file]), START];
	const child = spawn(process.execPath, args, {
		cwd: options.cwd ?? process.cwd(),
		env,
		stdio: ['ignore', 'pipe', 'pipe'],
		detached: options.ownGroup ?? false
	});
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) =>
		child.once('exit', (code, signal) => ok({ code, signal }))
	);
	let gone = false;
	void exited.then(() => (gone = true));

	const deadline = Date.now() + (options.timeoutMs ?? 60_000);
	let port: string | undefined;
	while (!port) {
		port = /ready at http:\/\/localhost:(\d+)/.exec(output)?.[1];
		if (port) break;
		if (gone) throw new Error(`The app exited before it was ready:\n${output}`);
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`The app was not ready in time:\n${output}`);
		}
		await new Promise((r) => setTimeout(r, 50));
	}
	const state = readRunState(options.dataDir);
	if (!state?.postgresPid || !state.postgrestPid) throw new Error(`run.json names no Postgres or PostgREST: ${JSON.stringify(state)}`);
	return {
		pid: child.pid!,
		url: `http://127.0.0.1:${port}`,
		state,
		output: () => output,
		exited,
		alive: () => !gone
	};
}

/** Polls until the condition holds; false if it never did within the time. */
export async function eventually(condition: () => boolean, ms: number): Promise<boolean> {
	const deadline = Date.now() + ms;
	while (Date.now() < deadline) {
		if (condition()) return true;
		await new Promise((r) => setTimeout(r, 50));
	}
	return condition();
}

/** The app's Postgres and PostgREST that still run. */
export const survivors = (state: RunState) =>
	[
		isRunning(state.postgresPid, /postgres/) && `postgres ${state.postgresPid}`,
		isRunning(state.postgrestPid, /postgrest/) && `postgrest ${state.postgrestPid}`
	].filter(Boolean);

/** The process group a pid is in, from /proc (Linux). */
export function processGroupOf(pid: number): number {
	const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
	return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
}

/** Child processes of a pid whose command line matches, from /proc (Linux). */
export function childrenOf(pid: number, command: RegExp): number[] {
	const found: number[] = [];
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replaceAll('\0', ' ');
			if (ppid === pid && command.test(cmdline)) found.push(Number(entry));
		} catch {
			/* it ended meanwhile */
		}
	}
	return found;
}

export interface RawResponse {
	status: number;
	headers: import('node:http').IncomingHttpHeaders;
	body: Buffer;
}

/** A GET with exactly these headers and the body as sent (fetch would decompress it). */
export function get(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
	return new Promise((ok, fail) => {
		const req = request(url, { headers, agent: false }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
			res.on('error', fail);
		});
		req.on('error', fail);
		req.end();
	});
}
