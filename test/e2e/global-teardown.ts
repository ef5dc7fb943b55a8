/**
 * Removes the throw-away data folder of the e2e run.
 *
 * Playwright runs globalTeardown BEFORE it stops config.webServer, so the app
 * (and the Postgres and PostgREST it started in that folder) would still be
 * running here. We stop the app ourselves first, the same way Playwright
 * would (SIGTERM, which start.ts handles by stopping the stack), wait for all
 * three processes to be gone, and only then remove the folder. Playwright's
 * own webServer shutdown then finds nothing left to stop.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

interface RunState {
	pid?: number;
	postgresPid?: number;
	postgrestPid?: number;
}

/** True while the pid runs something (a zombie counts as gone). */
function alive(pid: number | undefined): boolean {
	if (!pid) return false;
	try {
		process.kill(pid, 0);
	} catch {
		return false;
	}
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return !stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
	} catch {
		return false;
	}
}

/** The command line of a pid, to make sure we only ever signal the app we started. */
function commandOf(pid: number): string {
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
	} catch {
		return '';
	}
}

async function waitUntilGone(pids: (number | undefined)[], ms: number): Promise<boolean> {
	const deadline = Date.now() + ms;
	while (Date.now() < deadline) {
		if (!pids.some(alive)) return true;
		await new Promise((r) => setTimeout(r, 100));
	}
	return !pids.some(alive);
}

export default async function globalTeardown() {
	const dataDir = process.env.E2E_DATA_DIR;
	if (!dataDir || !dataDir.includes('civic-e2e-')) return;

	let state: RunState = {};
	try {
		state = JSON.parse(readFileSync(join(dataDir, 'run.json'), 'utf8')) as RunState;
	} catch {
		/* the app never started, or already stopped and released its lock */
	}
	const pids = [state.pid, state.postgrestPid, state.postgresPid];
	if (state.pid && alive(state.pid) && commandOf(state.pid).includes('src/lib/server/cli/start.ts')) {
		process.kill(state.pid, 'SIGTERM');
	}
	if (!(await waitUntilGone(pids, 15_000))) {
		console.warn(`[e2e teardown] still running after 15 s: ${pids.filter(alive).join(', ')}; Playwright's webServer shutdown will kill them`);
		return; // the folder is removed on exit (see playwright.config.ts)
	}
	rmSync(dataDir, { recursive: true, force: true, maxRetries: 5 });
}
