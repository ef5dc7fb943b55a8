import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { localEnv } from '../config.ts';
import { migrate, type MigrateResult } from './migrate.ts';
import { freePort } from './ports.ts';
import { startPostgres, withClient, type LocalPostgres } from './postgres.ts';
import { startPostgrest, type LocalPostgrest } from './postgrest.ts';
import { acquireLock, releaseLock, writeRunState, type RunState } from './run-state.ts';
import { loadOrCreateSecrets, type LocalSecrets } from './secrets.ts';
import { startWatchdog } from './watchdog.ts';

export interface LocalStackOptions {
	dataDir: string;
	/** Folder with local/shim.sql, migrations/ and seed.sql. */
	supabaseDir?: string;
	postgresPort?: number;
	postgrestPort?: number;
	ephemeral?: boolean;
	log?: (line: string) => void;
}

export interface LocalStack {
	dataDir: string;
	secrets: LocalSecrets;
	postgres: LocalPostgres;
	postgrest: LocalPostgrest;
	migrations: MigrateResult;
	/** Milliseconds each step took, in order. */
	timings: [step: string, ms: number][];
	/** The variables that point the app in this process at this stack. */
	env(): Record<string, string>;
	/** Records the app's URL for `npm run status`. */
	announce(appUrl: string): void;
	stop(): Promise<void>;
}

/** Starts Postgres, applies the shim, migrations and seed, then starts PostgREST. */
export async function startLocalStack(options: LocalStackOptions): Promise<LocalStack> {
	const dataDir = resolve(options.dataDir);
	const supabaseDir = resolve(options.supabaseDir ?? 'supabase');
	const timings: [string, number][] = [];
	const step = async <T>(name: string, fn: () => Promise<T>): Promise<T> => {
		const t = performance.now();
		const result = await fn();
		timings.push([name, performance.now() - t]);
		return result;
	};

	await mkdir(dataDir, { recursive: true });
	const state: RunState = {
		pid: process.pid,
		startedAt: new Date().toISOString(),
		postgresPort: options.postgresPort ?? (await freePort())
	};
	await step('lock', () => acquireLock(dataDir, state));

	let postgres: LocalPostgres | undefined;
	let postgrest: LocalPostgrest | undefined;
	const watchdog = startWatchdog();
	let stopping: Promise<void> | undefined;
	const stop = () =>
		(stopping ??= (async () => {
			await postgrest?.stop().catch(() => {});
			await postgres?.stop().catch(() => {});
			watchdog.disarm();
			releaseLock(dataDir);
		})());
	try {
		const secrets = await loadOrCreateSecrets(dataDir);
		postgres = await step('postgres', () =>
			startPostgres({
				dataDir,
				port: state.postgresPort,
				password: secrets.postgresPassword,
				ephemeral: options.ephemeral,
				log: options.log
			})
		);
		state.postgresPid = postgres.pid;
		// SIGINT: Postgres's fast shutdown, clean on disk.
		if (postgres.pid) watchdog.watch(postgres.pid, 'SIGINT');
		writeRunState(dataDir, state);

		const pgUrl = postgres.url;
		const migrations = await step('migrations', () =>
			withClient(pgUrl, (client) =>
				migrate(client, supabaseDir, { authenticatorPassword: secrets.authenticatorPassword })
			)
		);

		state.postgrestPort = options.postgrestPort ?? (await freePort());
		const authenticatorUrl = `postgresql://authenticator:${encodeURIComponent(secrets.authenticatorPassword)}@127.0.0.1:${state.postgresPort}/postgres`;
		postgrest = await step('postgrest', () =>
			startPostgrest({ port: state.postgrestPort!, dbUrl: authenticatorUrl, jwtSecret: secrets.jwtSecret, log: options.log })
		);
		state.postgrestPid = postgrest.pid;
		if (postgrest.pid) watchdog.watch(postgrest.pid, 'SIGTERM');
		writeRunState(dataDir, state);

		return {
			dataDir,
			secrets,
			postgres,
			postgrest,
			migrations,
			timings,
			env: () =>
				localEnv({
					postgrestUrl: postgrest!.url,
					anonKey: secrets.anonKey,
					serviceRoleKey: secrets.serviceRoleKey,
					jwtSecret: secrets.jwtSecret,
					databaseUrl: pgUrl
				}),
			announce(appUrl) {
				state.appUrl = appUrl;
				writeRunState(dataDir, state);
			},
			stop
		};
	} catch (error) {
		await stop();
		throw error;
	}
}
