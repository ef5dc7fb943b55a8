/**
 * The app under test, exactly as `npm start` runs it: src/lib/server/cli/start.ts
 * in its own node process, with its own embedded Postgres and PostgREST in a
 * temp data folder, serving build/ and the realtime server on one free port.
 * Its secrets and ports are read back from the data folder, as `npm run status`
 * does, so the benchmark can write fixtures and sign tokens.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { buildIsStale, runBuild } from '../../src/lib/server/cli/build.ts';
import { freePort } from '../../src/lib/server/local/ports.ts';
import { isRunning, stopProcess } from '../../src/lib/server/local/processes.ts';
import { readRunState, type RunState } from '../../src/lib/server/local/run-state.ts';
import type { LocalSecrets } from '../../src/lib/server/local/secrets.ts';

export interface App {
	origin: string;
	pid: number;
	dbUrl: string;
	jwtSecret: string;
	stop(): Promise<void>;
}

/** Builds when build/ is missing or older than the sources (the same rule `npm start` uses); returns whether it built. */
export async function buildIfStale(root: string, log: (line: string) => void, always = false): Promise<boolean> {
	if (!always && !(await buildIsStale(root))) {
		log('build/ is up to date with the sources: not building');
		return false;
	}
	log(always ? 'building (--build)' : 'building: build/ is missing or older than the sources');
	const t = performance.now();
	await runBuild(root);
	log(`built in ${((performance.now() - t) / 1000).toFixed(1)} s`);
	return true;
}

export async function startApp(root: string, dataDir: string, log: (line: string) => void, verbose = false): Promise<App> {
	const port = await freePort();
	// node --import tsx, not the tsx binary: the pid we hold is start.ts itself, and our signals reach it.
	const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'src/lib/server/cli/start.ts')], {
		cwd: root,
		// SKIP_BUILD: the benchmark decided about the build already; sources edited meanwhile must not start a second one.
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, SKIP_BUILD: '1' },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	const tail: string[] = [];
	const take = (chunk: Buffer) => {
		for (const line of chunk.toString().split('\n').filter(Boolean)) {
			tail.push(line);
			if (tail.length > 60) tail.shift();
			if (verbose) log(`[app] ${line}`);
		}
	};
	child.stdout!.on('data', take);
	child.stderr!.on('data', take);
	let exited = false;
	const gone = new Promise<void>((ok) => child.once('exit', () => ((exited = true), ok())));

	let state: RunState | null = null;
	const stop = async () => {
		state ??= readRunState(dataDir);
		if (!exited) {
			// start.ts stops the realtime server, PostgREST and Postgres on SIGTERM.
			child.kill('SIGTERM');
			const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
			await gone;
			clearTimeout(timer);
		}
		// A start.ts that had to be killed leaves its database processes: end them by the pids it recorded.
		if (state?.postgrestPid && isRunning(state.postgrestPid, /postgrest/)) await stopProcess(state.postgrestPid, 'SIGTERM');
		if (state?.postgresPid && isRunning(state.postgresPid, /postgres/)) await stopProcess(state.postgresPid, 'SIGINT');
	};

	try {
		await new Promise<void>((ok, fail) => {
			const timer = setTimeout(() => fail(new Error('the app was not ready after 180 s')), 180_000);
			const watch = (chunk: Buffer) => {
				if (/ready at /.test(chunk.toString())) {
					clearTimeout(timer);
					child.stdout!.off('data', watch);
					ok();
				}
			};
			child.stdout!.on('data', watch);
			child.once('exit', (code, signal) => {
				clearTimeout(timer);
				fail(new Error(`the app exited (${code ?? signal}) before it was ready`));
			});
		});
		state = readRunState(dataDir);
		if (!state) throw new Error(`no run state in ${dataDir}`);
		const secrets = JSON.parse(await readFile(join(dataDir, 'secrets.json'), 'utf8')) as LocalSecrets;
		return {
			origin: `http://127.0.0.1:${port}`,
			pid: child.pid!,
			dbUrl: `postgresql://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${state.postgresPort}/postgres`,
			jwtSecret: secrets.jwtSecret,
			stop
		};
	} catch (error) {
		console.error(tail.join('\n'));
		await stop();
		throw error;
	}
}
