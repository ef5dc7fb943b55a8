import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isRunning, stopProcess } from './processes.ts';

/** What a running stack writes to its data folder: the lock, and what `npm run status` reads. */
export interface RunState {
	pid: number;
	startedAt: string;
	postgresPort: number;
	postgresPid?: number;
	postgrestPort?: number;
	postgrestPid?: number;
	appUrl?: string;
}

export class AlreadyRunningError extends Error {}

const fileOf = (dataDir: string) => join(dataDir, 'run.json');

export function readRunState(dataDir: string): RunState | null {
	try {
		return JSON.parse(readFileSync(fileOf(dataDir), 'utf8')) as RunState;
	} catch {
		return null;
	}
}

/** The state of a stack that is running now, or null when none is. */
export function liveRunState(dataDir: string): RunState | null {
	const state = readRunState(dataDir);
	return state && isRunning(state.pid, /node|tsx|vite|vitest/) ? state : null;
}

/**
 * Takes the data folder's lock. Refuses if another live process holds it; a
 * lock left by a killed run is cleared, and the Postgres and PostgREST it
 * left orphaned are stopped, so the next start is never blocked by it.
 */
export async function acquireLock(dataDir: string, state: RunState): Promise<void> {
	const live = liveRunState(dataDir);
	// The same process counts too: a second stack in it would stop the first one's Postgres.
	if (live) {
		throw new AlreadyRunningError(
			`Civic Canvas is already running on ${dataDir} (pid ${live.pid}` +
				(live.appUrl ? `, ${live.appUrl}` : '') +
				'). Stop it first, or set DATA_DIR to another folder.'
		);
	}
	const stale = readRunState(dataDir);
	if (stale) {
		if (isRunning(stale.postgrestPid, /postgrest/)) await stopProcess(stale.postgrestPid!, 'SIGTERM');
		if (isRunning(stale.postgresPid, /postgres/)) await stopProcess(stale.postgresPid!, 'SIGINT');
	}
	await clearStalePostmasterPid(join(dataDir, 'postgres'));
	writeRunState(dataDir, state);
}

export function writeRunState(dataDir: string, state: RunState) {
	writeFileSync(fileOf(dataDir), JSON.stringify(state, null, 2));
}

export function releaseLock(dataDir: string) {
	const state = readRunState(dataDir);
	if (state?.pid === process.pid) rmSync(fileOf(dataDir), { force: true });
}

/** Postgres refuses to start while postmaster.pid names a live process; clear one that names none. */
async function clearStalePostmasterPid(pgDir: string) {
	const file = join(pgDir, 'postmaster.pid');
	let pid: number;
	try {
		pid = Number(readFileSync(file, 'utf8').split('\n')[0]);
	} catch {
		return;
	}
	if (isRunning(pid, /postgres/)) await stopProcess(pid, 'SIGINT');
	if (!isRunning(pid, /postgres/)) rmSync(file, { force: true });
}
