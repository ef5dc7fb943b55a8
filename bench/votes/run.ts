/**
 * npm run bench:votes [-- --people 500 --budget 5 --spread-s 10 --sockets 50 --scenarios burst,spread]
 *
 * Starts its own local stack in a temp folder and the app's server side (REST
 * proxy + realtime server) in a child process, then has `people` participants
 * with real tokens cast `budget` dots each plus one that must be refused,
 * through supabase-js rpc, all at once and spread over a window; the baseline
 * is the same number of plain PostgREST inserts in the same pattern. A
 * facilitator's y-websocket watcher times how soon the live tally is final.
 * Prints a table, the goals and, as the last line, one JSON object.
 */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { Agent } from 'node:http';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import ws from 'ws';
import { startLocalStack, type LocalStack } from '../../src/lib/server/local/stack.ts';
import { Child } from '../realtime/ipc.ts';
import { cpuMs, machineBusyMs, treeCpu, treeCpuDelta } from '../realtime/proc.ts';
import { sleep, summarize } from '../realtime/stats.ts';
import { runArm, type ArmRun, type Outcome, type Shape } from './arms.ts';
import { createBaselineTable, workshop, type BenchWorkshop } from './fixtures.ts';
import { agentFetch } from './http-fetch.ts';
import { goalLines, goals, table, type ArmResult, type Goal } from './report.ts';
import { watchRound, type Watcher } from './watcher.ts';

const { values: flags } = parseArgs({
	options: {
		people: { type: 'string', default: '500' },
		budget: { type: 'string', default: '5' },
		'spread-s': { type: 'string', default: '10' },
		/** Keep-alive sockets shared by all clients (both arms alike). */
		sockets: { type: 'string', default: '50' },
		scenarios: { type: 'string', default: 'burst,spread' },
		/** off: no realtime server (and no watcher), to measure what its session sync costs the casts. */
		realtime: { type: 'string', default: 'on' },
		/** Before each arm, wait up to this long for the machine to be quiet (below 30% of 200% over a second); 0: don't. */
		'quiet-wait-s': { type: 'string', default: '60' },
		/** How long to wait for the watcher after the last answer. */
		'watch-timeout-s': { type: 'string', default: '10' }
	}
});
const PEOPLE = Number(flags.people);
const BUDGET = Number(flags.budget);
/** Every person casts one more than the budget: the last must be refused. */
const PER_PERSON = BUDGET + 1;
const SPREAD_MS = Number(flags['spread-s']) * 1000;
const CANDIDATES = 5;

const log = (line: string) => console.log(`[bench] ${line}`);

async function warnIfBusy() {
	const before = machineBusyMs().busy;
	await sleep(2000);
	const busy = ((machineBusyMs().busy - before) / 2000) * 100;
	if (busy > 20) log(`warning: the machine is already ${Math.round(busy)}% busy (of ${cpus().length * 100}%) before the benchmark starts`);
	return Math.round(busy);
}

/** Waits until the machine (all of it: our processes are idle between arms) is below 30% busy over a second. */
async function waitForQuiet(): Promise<number> {
	const until = performance.now() + Number(flags['quiet-wait-s']) * 1000;
	for (;;) {
		const before = machineBusyMs().busy;
		await sleep(1000);
		const busy = Math.round((machineBusyMs().busy - before) / 10);
		if (busy < 30 || performance.now() > until) return busy;
	}
}

const outcome = ({ error }: { error: { hint?: string; code?: string; message: string } | null }): Outcome =>
	error ? { ok: false, refusal: error.hint || error.code || error.message } : { ok: true };

async function main() {
	const busyAtStart = await warnIfBusy();
	const dataDir = await mkdtemp(join(tmpdir(), 'civic-canvas-votes-bench-'));
	// As root, Postgres runs as the `postgres` OS user, who must reach the folder.
	await chmod(dataDir, 0o755);
	let stack: LocalStack | undefined;
	let pool: pg.Pool | undefined;
	let server: Child<{ pid: number; port: number }> | undefined;
	let watcher: Watcher | undefined;
	// Idle sockets close after 4 s, before the server's keep-alive timeout (5 s) can close one under a new request.
	const agent = new Agent({ keepAlive: true, maxSockets: Number(flags.sockets), timeout: 4000 });
	const cleanup = async () => {
		watcher?.close();
		agent.destroy();
		await server?.stop().catch(() => {});
		await pool?.end().catch(() => {});
		await stack?.stop().catch(() => {});
		await rm(dataDir, { recursive: true, force: true });
	};
	process.once('SIGINT', () => void cleanup().finally(() => process.exit(130)));
	process.once('unhandledRejection', (error) => {
		console.error(error);
		void cleanup().finally(() => process.exit(1));
	});

	const results: ArmResult[] = [];
	let measure: <T extends ArmResult>(arm: () => Promise<T>) => Promise<T>;
	let list: Goal[] = [];
	try {
		let t = performance.now();
		stack = await startLocalStack({ dataDir, supabaseDir: resolve('supabase'), ephemeral: true, log });
		log(`stack up in ${Math.round(performance.now() - t)} ms`);
		pool = new pg.Pool({ connectionString: stack.postgres.url, max: 2 });
		await createBaselineTable(pool);
		server = new Child(resolve('bench/votes/server.ts'), { ...process.env, ...stack.env(), BENCH_REALTIME: flags.realtime });
		const { port } = await server.ready;
		const origin = `http://127.0.0.1:${port}`;
		log(`server (REST proxy + realtime) on ${origin}`);

		t = performance.now();
		const w = await workshop(pool, stack.secrets.jwtSecret, PEOPLE);
		const fetch = agentFetch(agent);
		const client = (token: string): SupabaseClient =>
			createClient(origin, stack!.secrets.anonKey, {
				auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
				global: { headers: { Authorization: `Bearer ${token}` }, fetch },
				realtime: { transport: ws as never }
			});
		const facilitator = client(w.facilitator.token);
		const participants = w.participants.map((p) => client(p.token));
		log(`${PEOPLE} participants and a facilitator with tokens in ${Math.round(performance.now() - t)} ms`);

		// PostgREST learns of the baseline table on its schema reload: wait for it.
		for (let i = 0; ; i++) {
			const { error } = await participants[0].from('bench_plain_votes').insert({ run: 'probe', candidate_id: w.id });
			if (!error) break;
			if (i > 100) throw new Error(`the baseline table never became insertable: ${error.message}`);
			await sleep(100);
		}
		// Warm-up (not measured): sockets opened, PostgREST's pool and each role's first request.
		await runArm(PEOPLE, 1, 'burst', 0, async (i) => outcome(await participants[i].rpc('round_tally', { round: w.id })));
		await runArm(PEOPLE, 1, 'burst', 0, async (i) => outcome(await participants[i].from('bench_plain_votes').insert({ run: 'warm-up', candidate_id: w.id })));

		const dbPids = [stack.postgres.pid, stack.postgrest.pid].filter((p): p is number => typeof p === 'number');
		const serverChild = server;
		/** Runs an arm and says where the CPU went meanwhile (% of one core; the machine has 200%). */
		measure = async <T extends ArmResult>(arm: () => Promise<T>): Promise<T> => {
			const t = performance.now();
			const busy = await waitForQuiet();
			if (performance.now() - t > 1500) log(`waited ${Math.round((performance.now() - t) / 1000)} s for a quieter machine: now ${busy}% busy`);
			// Sockets open again after the wait, so neither arm pays for connecting.
			await runArm(Number(flags.sockets), 1, 'burst', 0, async (i) => outcome(await participants[i % participants.length].rpc('round_tally', { round: w.id })));
			await serverChild.call('loopLag');
			const before = { wall: performance.now(), machine: machineBusyMs().busy, server: cpuMs(serverChild.pid) ?? 0, db: treeCpu(dbPids), bench: process.cpuUsage() };
			const result = await arm();
			const wall = performance.now() - before.wall;
			const pct = (ms: number) => Math.round((ms / wall) * 100);
			const server = pct((cpuMs(serverChild.pid) ?? 0) - before.server);
			const db = pct(treeCpuDelta(before.db, treeCpu(dbPids)));
			const used = process.cpuUsage(before.bench);
			const bench = pct((used.user + used.system) / 1000);
			const machine = pct(machineBusyMs().busy - before.machine);
			result.load = { server, db, bench, other: Math.max(0, machine - server - db - bench), serverLoopLagMs: await serverChild.call('loopLag') };
			return result;
		};

		let open: string | null = null;
		for (const shape of flags.scenarios.split(',') as Shape[]) {
			const baseline = await measure(() => runBaseline(pool!, participants, shape));
			results.push(baseline);
			log(`${shape} baseline: p50 ${baseline.latencyMs.p50} ms, p99 ${baseline.latencyMs.p99} ms, ${Math.round(baseline.callsPerS)} inserts/s`);

			if (open) await facilitator.rpc('close_round', { round: open });
			const { data: round, error } = await facilitator.rpc('open_round', {
				workshop: w.id, kind: 'dots', title: `Benchmark ${shape}`, canvas: null, block: null, budget: BUDGET, cap: null,
				criteria: [], show_authors: true, candidates: Array.from({ length: CANDIDATES }, (_, i) => ({ noteId: `n${i}`, label: `Idea ${i + 1}` }))
			});
			if (error) throw new Error(`open_round: ${error.message}`);
			open = round as string;
			const opened = open;
			const votes = await measure(() => runVotes(pool!, origin, w, participants, opened, shape));
			votes.p99Ratio = votes.latencyMs.p99 / baseline.latencyMs.p99;
			results.push(votes);
			log(`${shape} votes: p50 ${votes.latencyMs.p50} ms, p99 ${votes.latencyMs.p99} ms, ${votes.counted!.dots} dots counted, watcher ${JSON.stringify(votes.watcherMs)}`);
		}
		list = goals(results, { people: PEOPLE, perPerson: PER_PERSON, budget: BUDGET });
		console.log('');
		console.log(table(results));
		console.log('');
		console.log(`Latency: ms from handing the call to supabase-js to its answer; ${PEOPLE} clients share ${flags.sockets} keep-alive sockets.`);
		console.log('Baseline: plain PostgREST inserts (RLS: an insert policy for authenticated users) in the same pattern. Watcher: from the');
		console.log("last successful cast's answer until the facilitator's console tally summed to every dot / the session showed every");
		console.log('voter (negative: the watcher had it before that answer reached its caster). CPU: % of one core during the arm');
		console.log('(the machine has 200%); srv loop lag: the server process\'s event-loop delay, which its REST proxy waits behind.');
		console.log('');
		console.log(goalLines(list));
	} finally {
		await cleanup();
	}

	/** Plain inserts, as many and in the same pattern as the casts. */
	async function runBaseline(pool: pg.Pool, participants: SupabaseClient[], shape: Shape): Promise<ArmResult> {
		const run = `${shape}-${Date.now()}`;
		const candidate = '00000000-0000-4000-8000-000000000000';
		const arm = await runArm(PEOPLE, PER_PERSON, shape, SPREAD_MS, async (i) =>
			outcome(await participants[i].from('bench_plain_votes').insert({ run, candidate_id: candidate }))
		);
		const { rows } = await pool.query<{ n: number }>('select count(*)::int as n from public.bench_plain_votes where run = $1', [run]);
		return { ...armFigures(shape, 'baseline', arm), rows: rows[0].n };
	}

	async function runVotes(
		pool: pg.Pool,
		origin: string,
		w: BenchWorkshop,
		participants: SupabaseClient[],
		round: string,
		shape: Shape
	): Promise<ArmResult> {
		const { rows } = await pool.query<{ id: string }>('select id from public.round_candidates where round_id = $1 order by position', [round]);
		const candidates = rows.map((r) => r.id);
		let note: string | undefined;
		const rooms = [`console:${w.id}`, `session:${w.id}`];
		const { rows: mark } = await pool.query<{ id: string }>('select coalesce(max(id), 0) as id from collab.updates');
		watcher?.close();
		watcher = undefined;
		try {
			if (flags.realtime === 'off') throw new Error('--realtime off');
			watcher = await watchRound(origin, w.id, w.facilitator.token, round, { dots: PEOPLE * BUDGET, voters: PEOPLE });
		} catch (error) {
			note = (error as Error).message;
			log(`no watcher: ${note}`);
		}
		const arm = await runArm(PEOPLE, PER_PERSON, shape, SPREAD_MS, async (i, k) =>
			outcome(await participants[i].rpc('cast_vote', { round, candidate: candidates[(i + k) % CANDIDATES] }))
		);
		let watcherMs: ArmResult['watcherMs'];
		if (watcher) {
			await watcher.done(Number(flags['watch-timeout-s']) * 1000);
			const since = (at: number | null) => (at === null ? null : at - arm.lastOkAt);
			const last = watcher.last();
			watcherMs = {
				console: since(watcher.consoleFinalAt),
				session: since(watcher.sessionFinalAt),
				...(watcher.consoleFinalAt === null || watcher.sessionFinalAt === null ? { note: `last seen: ${last.dots} dots, ${last.voters} voters` } : {})
			};
		} else watcherMs = { console: null, session: null, note };
		// What the server stored for the two rooms during the arm (one persist interval later).
		await sleep(500);
		const { rows: stored } = await pool.query<{ kb: number }>(
			'select round(coalesce(sum(length(data)), 0) / 1024.0)::int as kb from collab.updates where room = any($1) and id > $2',
			[rooms, mark[0].id]
		);
		const kb = (bytes: number) => Math.round(bytes / 1024);
		const docs = watcher && {
			consoleUpdates: watcher.received.console.updates,
			consoleKb: kb(watcher.received.console.bytes),
			sessionUpdates: watcher.received.session.updates,
			sessionKb: kb(watcher.received.session.bytes),
			storedKb: stored[0].kb
		};
		const { rows: count } = await pool.query<NonNullable<ArmResult['counted']>>(
			`select (select coalesce(sum(dots), 0)::int from public.votes where round_id = $1) as dots,
			        (select count(*)::int from public.ballots where round_id = $1) as ballots,
			        (select count(*)::int from public.ballots where round_id = $1 and used > budget) as "overBudget",
			        (select count(*)::int from public.ballots where round_id = $1 and used <> $2) as "notFive",
			        (select count(*)::int from public.ballots b where b.round_id = $1 and b.used <>
			           (select coalesce(sum(v.dots), 0) from public.votes v where v.round_id = b.round_id and v.user_id = b.user_id)) as mismatched`,
			[round, BUDGET]
		);
		return { ...armFigures(shape, 'votes', arm), counted: count[0], watcherMs, ...(docs ? { docs } : {}) };
	}

	const summary = {
		bench: 'votes',
		machine: { cpus: cpus().length, node: process.version, busyPercentAtStart: busyAtStart },
		options: { realtime: flags.realtime, people: PEOPLE, budget: BUDGET, perPerson: PER_PERSON, spreadMs: SPREAD_MS, sockets: Number(flags.sockets), candidates: CANDIDATES },
		results,
		goals: list
	};
	console.log(JSON.stringify(summary));
}

function armFigures(scenario: Shape, arm: 'votes' | 'baseline', run: ArmRun): ArmResult {
	const wallMs = run.lastAnsweredAt - run.firstSentAt;
	return {
		scenario,
		arm,
		calls: run.calls,
		ok: run.ok,
		refused: run.refused,
		latencyMs: summarize(run.latencies),
		callsPerS: (run.latencies.length / wallMs) * 1000,
		wallMs
	};
}

main().then(
	() => process.exit(0),
	(error) => {
		console.error(error);
		process.exit(1);
	}
);
