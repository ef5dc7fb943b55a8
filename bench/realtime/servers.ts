/**
 * Starting the server under test and the generators, each in its own process,
 * plus reading rooms back from Postgres. Shared by the scenarios and the soak.
 */
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { PostgresStore } from '../../src/lib/server/realtime/persistence.ts';
import { Child } from './ipc.ts';

export type ServerKind = 'ours' | 'bare';

export interface Context {
	stackEnv: Record<string, string>;
	pool: pg.Pool;
	/** Postgres (postmaster) and PostgREST: their process trees are the database's CPU. */
	dbPids: number[];
	/** Folder for --cpu-prof of our server, when profiling. */
	cpuProfDir?: string;
	log(line: string): void;
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export interface ServerInfo {
	pid: number;
	port: number;
}

export interface ServerStats {
	rooms: number;
	connections: number;
	messagesIn?: number;
	messagesOut?: number;
	persistLagMs?: number;
	persistLagMaxMs?: number;
	memory: NodeJS.MemoryUsage;
	logged?: number;
}

export async function startServer(ctx: Context, kind: ServerKind, nodeArgs: string[] = []) {
	const env = { ...process.env, ...ctx.stackEnv };
	// BENCH_SERVER_NODE_ARGS: node flags for the server under test (e.g. --trace-gc), for diagnosis.
	const args = [...nodeArgs, ...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)];
	if (kind === 'ours' && ctx.cpuProfDir) args.push('--cpu-prof', `--cpu-prof-dir=${ctx.cpuProfDir}/server`);
	const child = new Child<ServerInfo>(here(kind === 'ours' ? './server-ours.ts' : './server-baseline.ts'), env, args);
	const info = await child.ready;
	return { child, info, stats: () => child.call<ServerStats>('stats') };
}

export async function startGenerators(ctx: Context, count: number) {
	// Profiles of the generators too: to show where their CPU goes when asked whether they limit a run.
	const args = ctx.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${ctx.cpuProfDir}/generators`] : [];
	const children = Array.from({ length: count }, () => new Child<{ pid: number }>(here('./generator.ts'), process.env, args));
	await Promise.all(children.map((c) => c.ready));
	return children;
}

/** The room as a fresh load from Postgres would see it. */
export async function storedState(pool: pg.Pool, room: string): Promise<Uint8Array | null> {
	return new PostgresStore(pool).load(room);
}
