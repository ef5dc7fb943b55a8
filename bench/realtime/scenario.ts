/**
 * One scenario against one server: fresh server and generator processes,
 * clients connected in waves, a warm-up, a measured window, then quiescence
 * and the end-of-run checks (deliveries, convergence, what Postgres stored).
 */
import { checkRoom, type RoomCheck } from './convergence.ts';
import type { ClientPlan, ConnectArg, RoomCounts, RoomFinal, RoomPlan, WindowReport } from './generator.ts';
import type { Child } from './ipc.ts';
import { machineBusyMs, Sampler, treeCpu, treeCpuDelta } from './proc.ts';
import type { BenchRoom } from './seed.ts';
import { startGenerators, startServer, storedState, type Context, type ServerKind } from './servers.ts';
import { mb, round, sleep, summarize, type Summary } from './stats.ts';

export interface PgTrace {
	queries: Record<string, { count: number; p50: number; p99: number; max: number }>;
	maxWaiting: number;
	/** The server's event-loop lag over the window (ms beyond the 10 ms timer). */
	loopLagMs: { p50: number; p99: number; max: number };
}

export interface Scenario {
	id: string;
	rooms: number;
	size: number;
	/** Full WebsocketProvider clients per room, the ones that measure latency. */
	realPerRoom: number;
	awarenessHz: number;
	awarenessEcho: boolean;
}

export interface Timing {
	warmupS: number;
	durationS: number;
	editEveryMs: number;
	/** Connections admitted at once, across both generators. */
	wave: number;
}

export interface GeneratorFigures {
	cpuPercent: number;
	lagP50Ms: number;
	lagP99Ms: number;
	lagMaxMs: number;
}

export interface ScenarioResult {
	scenario: string;
	server: ServerKind;
	rooms: number;
	clientsPerRoom: number;
	clients: number;
	realClients: number;
	awarenessHz: number;
	windowS: number;
	latencyMs: Summary;
	editsPerS: number;
	intendedEditsPerS: number;
	msgsInPerS: number;
	msgsOutPerS: number;
	bytesOutPerS: number;
	/** Our server's own counters (room.messagesIn/Out), a cross-check of the generators' counts. */
	serverMsgsInPerS: number | null;
	serverMsgsOutPerS: number | null;
	serverCpuPercent: number;
	peakRssMb: number;
	/** RSS before any client, right after all connected, and highest in the measured window. */
	rssMb: { idle: number; connected: number; windowMax: number };
	/** V8 heap right after every client connected. */
	heapMb: { used: number; total: number; external: number } | null;
	/** The same after the load (quiescence), with array buffers: JS heap or buffers, what holds the peak. */
	heapEndMb: { used: number; total: number; external: number; arrayBuffers: number } | null;
	dbCpuPercent: number;
	/** Our server's queries in the window by kind (ms, pool wait included) and its deepest pool queue. */
	pg: PgTrace | null;
	/** All busy CPU of the machine (200% = both cores), and what of it was none of ours: other work on the machine. */
	machineCpuPercent: number;
	/** Kernel network processing (loopback TCP) seen as softirq; mostly already inside the processes' own CPU time. */
	softirqCpuPercent: number;
	otherCpuPercent: number;
	/** Median of samples and max in the measured window; maxBeforeWindow: admission and warm-up. */
	persistLagMs: { median: number; max: number; maxBeforeWindow: number } | null;
	deliveries: { expected: number; received: number; recipientsPerEdit: string };
	quiescenceMs: number;
	converged: boolean;
	roomsConverged: number;
	clientsMissingEdits: number;
	storedMatches: boolean | null;
	unexpectedCloses: number;
	connect: { seconds: number; p50Ms: number; p99Ms: number; failures: number };
	generators: GeneratorFigures[];
	problems: string[];
}

/** Rooms go to generators in turn; a room bigger than its share is split, its real clients kept together (one clock). */
function plan(rooms: BenchRoom[], scenario: Scenario, generators: number): RoomPlan[][] {
	const plans: RoomPlan[][] = Array.from({ length: generators }, () => []);
	rooms.forEach((room, r) => {
		const clients: ClientPlan[] = room.members.map((m, i) => ({
			kind: i < scenario.realPerRoom ? 'real' : 'light',
			label: `${i < scenario.realPerRoom ? 'r' : 'l'}${i}`,
			userId: m.id,
			token: m.token
		}));
		if (rooms.length >= generators) return plans[r % generators].push({ name: room.name, clients });
		const split: ClientPlan[][] = Array.from({ length: generators }, () => []);
		clients.forEach((c, i) => split[c.kind === 'real' ? 0 : i % generators].push(c));
		split.forEach((part, g) => part.length && plans[g].push({ name: room.name, clients: part }));
	});
	return plans;
}

const all = <T>(gens: Child[], op: string, arg?: unknown, timeoutMs?: number) => Promise.all(gens.map((g) => g.call<T>(op, arg, timeoutMs)));

function byRoom<T extends { name: string }>(lists: T[][]): Map<string, T[]> {
	const rooms = new Map<string, T[]>();
	for (const item of lists.flat()) rooms.set(item.name, [...(rooms.get(item.name) ?? []), item]);
	return rooms;
}

export async function runScenario(ctx: Context, rooms: BenchRoom[], scenario: Scenario, kind: ServerKind, timing: Timing): Promise<ScenarioResult> {
	const server = await startServer(ctx, kind);
	const sampler = new Sampler(server.info.pid);
	const rssIdle = sampler.take()?.rss ?? 0;
	const gens = await startGenerators(ctx, 2);
	const problems: string[] = [];
	const recipients = kind === 'ours' ? scenario.size - 1 : scenario.size;
	try {
		const plans = plan(rooms, scenario, gens.length);
		const base = `ws://127.0.0.1:${server.info.port}/collab`;
		const connectAt = performance.now();
		const connects = await Promise.all(
			gens.map((g, i) => g.call<{ connectMs: number[]; failures: string[] }>('connect', { base, rooms: plans[i], concurrency: timing.wave / gens.length } satisfies ConnectArg, 600_000))
		);
		const connectS = (performance.now() - connectAt) / 1000;
		const failures = connects.flatMap((c) => c.failures);
		if (failures.length) problems.push(`${failures.length} connections failed, e.g. ${failures[0]}`);
		const connectMs = summarize(connects.flatMap((c) => c.connectMs));
		const rssConnected = sampler.take()?.rss ?? 0;
		// Heap right after admission: tells live per-connection memory from admission garbage.
		const heapConnected = (await server.stats().catch(() => null))?.memory;
		if (process.env.BENCH_HEAP_SNAPSHOT && kind === 'ours') await server.child.call('heapSnapshot', `${process.env.BENCH_HEAP_SNAPSHOT}/${scenario.id}-connected.heapsnapshot`);

		await all(gens, 'start', { editEveryMs: timing.editEveryMs, awarenessHz: scenario.awarenessHz, awarenessEcho: scenario.awarenessEcho });
		await sleep(timing.warmupS * 1000);
		// Only our server has counters; a backlogged bare server may not answer IPC for minutes.
		const stats = () => (kind === 'ours' ? server.stats().catch(() => null) : Promise.resolve(null));
		const before = await stats();
		// The durability promise is judged under the steady load; the admission wave's worst is kept apart.
		if (kind === 'ours') await server.child.call('resetPersistLagMax').catch(() => null);
		const pgTrace = () => (kind === 'ours' ? server.child.call<PgTrace>('pgTrace', undefined, 5000).catch(() => null) : Promise.resolve(null));
		await pgTrace();
		const db0 = treeCpu(ctx.dbPids);
		const machine0 = machineBusyMs();
		await all(gens, 'mark');
		const from = performance.now();
		// Persistence lag as it goes: the server reports the lag of its most recent flush.
		const lags: number[] = [];
		const poll = setInterval(() => void stats().then((s) => s?.persistLagMs !== undefined && lags.push(s.persistLagMs)), 500);
		await sleep(timing.durationS * 1000);
		clearInterval(poll);
		const windows = await all<WindowReport>(gens, 'endMeasure');
		const to = performance.now();
		const machine1 = machineBusyMs();
		const machineCpuPercent = ((machine1.busy - machine0.busy) / (to - from)) * 100;
		const softirqCpuPercent = ((machine1.softirq - machine0.softirq) / (to - from)) * 100;
		const after = await stats();
		const pg = await pgTrace();
		const dbCpuPercent = (treeCpuDelta(db0, treeCpu(ctx.dbPids)) / (to - from)) * 100;
		await all(gens, 'stop');

		// Quiescence: every room has all its deliveries, or nothing moved for 3 s (at most 20 s).
		const quietAt = performance.now();
		let expected = 0;
		let received = 0;
		for (let last = -1, still = performance.now(); performance.now() - quietAt < 20_000; await sleep(250)) {
			const counts = byRoom(await all<RoomCounts[]>(gens, 'counts'));
			expected = [...counts.values()].reduce((n, parts) => n + parts.reduce((e, p) => e + p.edits, 0) * recipients, 0);
			received = [...counts.values()].flat().reduce((n, p) => n + p.updatesReceived, 0);
			if (received >= expected) break;
			if (received !== last) [last, still] = [received, performance.now()];
			else if (performance.now() - still > 3000) break;
		}
		const quiescenceMs = performance.now() - quietAt;
		// Memory after the load: what holds the window's peak, JS heap or buffers (external, array buffers).
		const memoryEnd = (await server.child.call<{ memory: NodeJS.MemoryUsage }>('stats', undefined, 5000).catch(() => null))?.memory;
		if (kind === 'ours') await server.child.call('flush');
		const finals = byRoom(await all<RoomFinal[]>(gens, 'final'));
		const checks: RoomCheck[] = [];
		for (const [name, parts] of finals) checks.push(checkRoom(parts, kind === 'ours' ? await storedState(ctx.pool, name) : undefined));
		for (const check of checks.filter((c) => c.problem).slice(0, 3)) problems.push(`${check.name}: ${check.problem}`);
		const unexpectedCloses = [...finals.values()].flat().reduce((n, p) => n + p.unexpectedCloses, 0);
		if (unexpectedCloses) problems.push(`${unexpectedCloses} connections closed during the run`);

		const windowS = windows[0].ms / 1000;
		const serverCpuPercent = sampler.cpuPercent(from, to);
		const sum = (f: (w: WindowReport) => number) => windows.reduce((n, w) => n + f(w), 0);
		const perS = (n: number) => round(n / windowS);
		const clients = scenario.rooms * scenario.size;
		const sortedLags = [...lags].sort((a, b) => a - b);
		return {
			scenario: scenario.id,
			server: kind,
			rooms: scenario.rooms,
			clientsPerRoom: scenario.size,
			clients,
			realClients: scenario.rooms * scenario.realPerRoom,
			awarenessHz: scenario.awarenessHz,
			windowS: round(windowS),
			latencyMs: summarize(windows.flatMap((w) => w.latencies)),
			editsPerS: perS(sum((w) => w.edits)),
			intendedEditsPerS: round((clients * 1000) / timing.editEveryMs),
			msgsInPerS: perS(sum((w) => w.sent)),
			msgsOutPerS: perS(sum((w) => w.received)),
			bytesOutPerS: perS(sum((w) => w.receivedBytes)),
			serverMsgsInPerS: after?.messagesIn === undefined ? null : perS(after.messagesIn - (before?.messagesIn ?? 0)),
			serverMsgsOutPerS: after?.messagesOut === undefined ? null : perS(after.messagesOut - (before?.messagesOut ?? 0)),
			serverCpuPercent: round(serverCpuPercent),
			peakRssMb: mb(sampler.peakRss()),
			rssMb: { idle: mb(rssIdle), connected: mb(rssConnected), windowMax: mb(sampler.maxRss(from, to)) },
			heapMb: heapConnected ? { used: mb(heapConnected.heapUsed), total: mb(heapConnected.heapTotal), external: mb(heapConnected.external) } : null,
			heapEndMb: memoryEnd
				? { used: mb(memoryEnd.heapUsed), total: mb(memoryEnd.heapTotal), external: mb(memoryEnd.external), arrayBuffers: mb(memoryEnd.arrayBuffers) }
				: null,
			dbCpuPercent: round(dbCpuPercent),
			pg,
			machineCpuPercent: round(machineCpuPercent),
			softirqCpuPercent: round(softirqCpuPercent),
			otherCpuPercent: round(machineCpuPercent - serverCpuPercent - dbCpuPercent - windows.reduce((n, w) => n + w.cpuPercent, 0)),
			persistLagMs:
				kind === 'ours'
					? {
							median: round(sortedLags[Math.floor(sortedLags.length / 2)] ?? NaN),
							max: round(after?.persistLagMaxMs ?? NaN),
							maxBeforeWindow: round(before?.persistLagMaxMs ?? NaN)
						}
					: null,
			deliveries: { expected, received, recipientsPerEdit: kind === 'ours' ? 'n-1' : 'n (echoes to the sender)' },
			quiescenceMs: round(quiescenceMs),
			converged: checks.every((c) => c.converged),
			roomsConverged: checks.filter((c) => c.converged).length,
			clientsMissingEdits: checks.reduce((n, c) => n + c.clientsMissingEdits, 0),
			storedMatches: kind === 'ours' ? checks.every((c) => c.stored) : null,
			unexpectedCloses,
			connect: { seconds: round(connectS), p50Ms: connectMs.p50, p99Ms: connectMs.p99, failures: failures.length },
			generators: windows.map((w) => ({ cpuPercent: round(w.cpuPercent), lagP50Ms: round(w.lagP50Ms), lagP99Ms: round(w.lagP99Ms), lagMaxMs: round(w.lagMaxMs) })),
			problems
		};
	} finally {
		await Promise.all(gens.map((g) => g.stop()));
		sampler.stop();
		await server.child.stop();
	}
}
