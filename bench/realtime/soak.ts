/**
 * Soak: rooms open and close for a few minutes against our server (clients
 * connect, edit, move cursors, leave; the server unloads each room after
 * unloadAfterMs). RSS when idle after the soak must be within 10% of RSS when
 * idle after a warm-up cycle: memory that does not come back is a leak.
 */
import { checkRoom } from './convergence.ts';
import type { ClientPlan, RoomFinal, RoomPlan } from './generator.ts';
import { Sampler } from './proc.ts';
import type { BenchRoom, Fixtures } from './seed.ts';
import { startGenerators, startServer, storedState, type Context } from './servers.ts';
import { mb, round, sleep } from './stats.ts';

export interface SoakOptions {
	durationS: number;
	concurrentRooms: number;
	size: number;
	realPerRoom: number;
	awarenessHz: number;
	editEveryMs: number;
	/** A room lives between these many seconds before its clients leave. */
	lifeS: [number, number];
}

export interface SoakResult {
	durationS: number;
	roomsOpened: number;
	concurrentRooms: number;
	clientsPerRoom: number;
	startRssMb: number;
	endRssMb: number;
	ratio: number;
	pass: boolean;
	/** The same two figures after a forced GC (--expose-gc): what is really retained. */
	startRssAfterGcMb: number;
	endRssAfterGcMb: number;
	heapUsedStartMb: number;
	heapUsedEndMb: number;
	peakRssMb: number;
	serverCpuPercent: number;
	roomsLeftLoaded: number;
	roomsChecked: number;
	roomsConverged: number;
	clientsMissingEdits: number;
	unexpectedCloses: number;
}

export async function runSoak(ctx: Context, fixtures: Fixtures, o: SoakOptions): Promise<SoakResult> {
	const server = await startServer(ctx, 'ours', ['--expose-gc']);
	const sampler = new Sampler(server.info.pid);
	const gens = await startGenerators(ctx, 2);
	const base = `ws://127.0.0.1:${server.info.port}/collab`;
	const load = { editEveryMs: o.editEveryMs, awarenessHz: o.awarenessHz };
	const pool: BenchRoom[] = await fixtures.rooms(Math.ceil(o.concurrentRooms * (2 + o.durationS / o.lifeS[0])), o.size);
	const open = new Map<string, { gen: number; until: number }>();
	const finals: RoomFinal[] = [];
	let opened = 0;

	const openRoom = async (lifeS: number) => {
		const room = pool[opened];
		const gen = opened++ % gens.length;
		const clients: ClientPlan[] = room.members.map((m, i) => ({
			kind: i < o.realPerRoom ? 'real' : 'light',
			label: `${i < o.realPerRoom ? 'r' : 'l'}${i}`,
			userId: m.id,
			token: m.token
		}));
		open.set(room.name, { gen, until: performance.now() + lifeS * 1000 });
		const plan: RoomPlan = { name: room.name, clients };
		const { failures } = await gens[gen].call<{ failures: string[] }>('open', { base, rooms: [plan], concurrency: 5, load });
		if (failures.length) ctx.log(`soak: ${failures.length} connections to ${room.name} failed: ${failures[0]}`);
	};
	const closeRooms = async (names: string[]) => {
		for (const [g, gen] of gens.entries()) {
			const mine = names.filter((n) => open.get(n)?.gen === g);
			if (!mine.length) continue;
			await gen.call('stopRooms', mine);
			// Let the last edits reach every peer before the clients report and leave.
			await sleep(300);
			finals.push(...(await gen.call<RoomFinal[]>('closeRooms', mine)));
		}
		for (const name of names) open.delete(name);
	};
	const life = () => o.lifeS[0] + Math.random() * (o.lifeS[1] - o.lifeS[0]);
	/** Idle floor: waits for every room to unload, then the smallest RSS over a few seconds. */
	const idleRss = async () => {
		for (let i = 0; i < 40 && (await server.stats()).rooms > 0; i++) await sleep(250);
		await sleep(2000);
		const from = performance.now();
		await sleep(3000);
		return sampler.minRss(from, performance.now());
	};
	const afterGc = async (label: string) => {
		await server.child.call('gc');
		if (process.env.BENCH_HEAP_SNAPSHOT) await server.child.call('heapSnapshot', `${process.env.BENCH_HEAP_SNAPSHOT}/soak-${label}.heapsnapshot`);
		await sleep(1500);
		const from = performance.now();
		await sleep(1500);
		const memory = (await server.stats()).memory;
		return { rss: sampler.minRss(from, performance.now()), heap: memory.heapUsed };
	};

	try {
		ctx.log(`soak: warm-up, ${o.concurrentRooms} rooms of ${o.size} for 10 s`);
		await Promise.all(Array.from({ length: o.concurrentRooms }, () => openRoom(10)));
		await sleep(10_000);
		await closeRooms([...open.keys()]);
		const startRss = await idleRss();
		const start = await afterGc('start');

		ctx.log(`soak: ${o.durationS} s of rooms opening and closing`);
		const soakFrom = performance.now();
		await Promise.all(Array.from({ length: o.concurrentRooms }, () => openRoom(life())));
		while (performance.now() - soakFrom < o.durationS * 1000) {
			await sleep(250);
			const due = [...open].filter(([, r]) => r.until <= performance.now()).map(([name]) => name);
			if (!due.length) continue;
			await closeRooms(due);
			if (opened + due.length > pool.length) break;
			await Promise.all(due.map(() => openRoom(life())));
		}
		const soakTo = performance.now();
		await closeRooms([...open.keys()]);
		const endRss = await idleRss();
		const roomsLeftLoaded = (await server.stats()).rooms;
		const end = await afterGc('end');

		let roomsConverged = 0;
		let clientsMissingEdits = 0;
		for (const parts of finals) {
			const check = checkRoom([parts], await storedState(ctx.pool, parts.name));
			if (check.converged && check.stored) roomsConverged++;
			else ctx.log(`soak: ${parts.name}: ${check.problem}`);
			clientsMissingEdits += check.clientsMissingEdits;
		}
		return {
			durationS: round((soakTo - soakFrom) / 1000),
			roomsOpened: opened,
			concurrentRooms: o.concurrentRooms,
			clientsPerRoom: o.size,
			startRssMb: mb(startRss),
			endRssMb: mb(endRss),
			ratio: round(endRss / startRss),
			pass: endRss <= startRss * 1.1,
			startRssAfterGcMb: mb(start.rss),
			endRssAfterGcMb: mb(end.rss),
			heapUsedStartMb: mb(start.heap),
			heapUsedEndMb: mb(end.heap),
			peakRssMb: mb(sampler.peakRss()),
			serverCpuPercent: round(sampler.cpuPercent(soakFrom, soakTo)),
			roomsLeftLoaded,
			roomsChecked: finals.length,
			roomsConverged,
			clientsMissingEdits,
			unexpectedCloses: finals.reduce((n, f) => n + f.unexpectedCloses, 0)
		};
	} finally {
		await Promise.all(gens.map((g) => g.stop()));
		sampler.stop();
		await server.child.stop();
	}
}
