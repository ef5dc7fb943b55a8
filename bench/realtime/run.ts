/**
 * npm run bench:realtime [-- --duration 20 --warmup 3 --scenarios 50x20,1x100-off --servers ours,bare --cpu-prof]
 * npm run bench:realtime -- --soak [--soak-duration 180]
 *
 * Starts its own local stack in a temp folder, seeds people and canvases,
 * measures our realtime server and a bare @y/websocket-server under the same
 * load, prints a table, the goals and, as the last line, one JSON object.
 */
import { chmod, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startLocalStack, type LocalStack } from '../../src/lib/server/local/stack.ts';
import { machineBusyMs } from './proc.ts';
import { goalLines, goals, table, type Goal } from './report.ts';
import { runScenario, type Scenario, type ScenarioResult, type Timing } from './scenario.ts';
import { Fixtures } from './seed.ts';
import type { Context, ServerKind } from './servers.ts';
import { runSoak, type SoakResult } from './soak.ts';

const { values: flags } = parseArgs({
	options: {
		duration: { type: 'string', default: '20' },
		warmup: { type: 'string', default: '3' },
		scenarios: { type: 'string', default: '50x20,50x20-off,1x100,1x100-off' },
		servers: { type: 'string', default: 'ours,bare' },
		'awareness-hz': { type: 'string', default: '10' },
		wave: { type: 'string', default: '50' },
		'cpu-prof': { type: 'boolean', default: false },
		soak: { type: 'boolean', default: false },
		'soak-duration': { type: 'string', default: '180' },
		/** Runs each scenario and server this many times, interleaved; goals use the median run. */
		repeat: { type: 'string', default: '1' }
	}
});

/**
 * `<rooms>x<clients per room>`; `-off`: no cursor moves; `-echo`: light clients also send back every
 * awareness frame, as stock y-websocket providers do. A single big room gets 5 measuring clients, for enough samples.
 */
function scenario(id: string): Scenario {
	const match = /^(\d+)x(\d+)(-off|-echo)?$/.exec(id);
	if (!match) throw new Error(`unknown scenario ${id}; use e.g. 50x20, 1x100-off or 50x20-echo`);
	const rooms = Number(match[1]);
	const size = Number(match[2]);
	return {
		id,
		rooms,
		size,
		realPerRoom: Math.min(size, rooms === 1 ? 5 : 2),
		awarenessHz: match[3] === '-off' ? 0 : Number(flags['awareness-hz']),
		awarenessEcho: match[3] === '-echo'
	};
}

const log = (line: string) => console.log(`[bench] ${line}`);

/** Two cores are easily disturbed: say so before measuring, if something else is busy. */
async function warnIfBusy() {
	const before = machineBusyMs().busy;
	await new Promise((ok) => setTimeout(ok, 2000));
	const busy = ((machineBusyMs().busy - before) / 2000) * 100;
	if (busy > 20) log(`warning: the machine is already ${Math.round(busy)}% busy (of ${cpus().length * 100}%) before the benchmark starts`);
}

async function main() {
	await warnIfBusy();
	const scenarios = flags.scenarios.split(',').map(scenario);
	const servers = flags.servers.split(',') as ServerKind[];
	const timing: Timing = { warmupS: Number(flags.warmup), durationS: Number(flags.duration), editEveryMs: 1000, wave: Number(flags.wave) };
	const dataDir = await mkdtemp(join(tmpdir(), 'civic-canvas-bench-'));
	// As root, Postgres runs as the `postgres` OS user, who must reach the folder.
	await chmod(dataDir, 0o755);
	let stack: LocalStack | undefined;
	let pool: pg.Pool | undefined;
	const cleanup = async () => {
		await pool?.end().catch(() => {});
		await stack?.stop().catch(() => {});
		await rm(dataDir, { recursive: true, force: true });
	};
	process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
	// A stray rejection must still stop the stack and remove the folder.
	process.once('unhandledRejection', (error) => {
		console.error(error);
		void cleanup().finally(() => process.exit(1));
	});

	const results: ScenarioResult[] = [];
	let soak: SoakResult | undefined;
	let list: Goal[] = [];
	try {
		const t = performance.now();
		stack = await startLocalStack({ dataDir, supabaseDir: resolve('supabase'), ephemeral: true, log });
		log(`stack up in ${Math.round(performance.now() - t)} ms (Postgres pid ${stack.postgres.pid}, PostgREST pid ${stack.postgrest.pid})`);
		pool = new pg.Pool({ connectionString: stack.postgres.url, max: 4 });
		const fixtures = new Fixtures(pool, stack.secrets.jwtSecret);
		const cpuProfDir = flags['cpu-prof'] ? resolve('bench/realtime/profiles') : undefined;
		if (cpuProfDir) await mkdir(cpuProfDir, { recursive: true });
		const ctx: Context = {
			stackEnv: stack.env(),
			pool,
			dbPids: [stack.postgres.pid, stack.postgrest.pid].filter((p): p is number => typeof p === 'number'),
			cpuProfDir,
			log
		};

		if (flags.soak) {
			soak = await runSoak(ctx, fixtures, {
				durationS: Number(flags['soak-duration']),
				concurrentRooms: 20,
				size: 10,
				realPerRoom: 2,
				awarenessHz: Number(flags['awareness-hz']),
				editEveryMs: 1000,
				lifeS: [8, 16]
			});
			console.log('');
			console.log(`soak: ${soak.roomsOpened} rooms of ${soak.clientsPerRoom} (${soak.concurrentRooms} at a time) over ${soak.durationS} s`);
			console.log(`  idle RSS after warm-up ${soak.startRssMb} MB, after soak ${soak.endRssMb} MB (${soak.ratio}x); after a forced GC ${soak.startRssAfterGcMb} -> ${soak.endRssAfterGcMb} MB; heap used ${soak.heapUsedStartMb} -> ${soak.heapUsedEndMb} MB`);
			console.log(`  peak RSS ${soak.peakRssMb} MB, server CPU ${soak.serverCpuPercent}%, rooms still loaded ${soak.roomsLeftLoaded}, rooms converged and stored ${soak.roomsConverged}/${soak.roomsChecked}`);
			list = [
				{ goal: 'soak: idle RSS back within 10% of where it started', value: `${soak.ratio}x`, pass: soak.pass },
				{ goal: 'soak: zero lost edits, every room stored as converged', value: `${soak.clientsMissingEdits} clients missing edits, ${soak.roomsConverged}/${soak.roomsChecked} rooms`, pass: soak.clientsMissingEdits === 0 && soak.roomsConverged === soak.roomsChecked },
				{ goal: 'soak: every room unloaded', value: `${soak.roomsLeftLoaded} left`, pass: soak.roomsLeftLoaded === 0 }
			];
		} else {
			const runs = scenarios.flatMap((s) => Array.from({ length: Number(flags.repeat) }, () => servers.map((server) => [s, server] as const)).flat());
			for (const [s, server] of runs) {
				log(`${s.id} (${s.rooms} x ${s.size}, awareness ${s.awarenessHz} Hz${s.awarenessEcho ? ', echoed' : ''}) against ${server}...`);
				const rooms = await fixtures.rooms(s.rooms, s.size);
				const result = await runScenario(ctx, rooms, s, server, timing);
				results.push(result);
				log(
					`  p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, server CPU ${result.serverCpuPercent}%, ` +
						`deliveries ${result.deliveries.received}/${result.deliveries.expected}, converged ${result.converged}` +
						(result.problems.length ? `; ${result.problems.join('; ')}` : '')
				);
			}
			list = goals(results);
			console.log('');
			console.log(table(results));
			console.log('');
			console.log('Latency: edit-to-peer, ms, measured by full y-websocket clients; in/out: messages per second the generators sent/received;');
			console.log('deliveries: edits x recipients (the bare server also echoes every update to its sender); db: Postgres + PostgREST.');
		}
		console.log('');
		console.log(goalLines(list));
		if (cpuProfDir) console.log(`\nCPU profiles of our server: ${cpuProfDir}`);
	} finally {
		await cleanup();
	}
	const summary = {
		bench: 'realtime',
		machine: { cpus: cpus().length, node: process.version },
		options: { ...timing, awarenessHz: Number(flags['awareness-hz']), soak: flags.soak },
		results,
		goals: list,
		soak: soak ?? null
	};
	console.log(JSON.stringify(summary));
}

main().then(
	() => process.exit(0),
	(error) => {
		console.error(error);
		process.exit(1);
	}
);
