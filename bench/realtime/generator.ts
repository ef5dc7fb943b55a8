/**
 * A load generator process: owns some rooms' clients (real and light), drives
 * them, and reports what it sent, received and measured, plus its own CPU
 * and event-loop lag so a reader can see it was not the bottleneck.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { LightClient, type BenchClient, type Load } from './light-client.ts';
import { serve } from './ipc.ts';
import { RealClient, Recorder } from './real-client.ts';

export interface ClientPlan {
	kind: 'real' | 'light';
	/** Unique in its room across generators: also the id of the client's note. */
	label: string;
	userId: string;
	token: string;
}
export interface RoomPlan {
	name: string;
	clients: ClientPlan[];
}
export interface ConnectArg {
	/** ws://host:port/collab */
	base: string;
	rooms: RoomPlan[];
	concurrency: number;
}
export interface WindowReport {
	ms: number;
	sent: number;
	received: number;
	receivedBytes: number;
	edits: number;
	latencies: number[];
	cpuPercent: number;
	lagP50Ms: number;
	lagP99Ms: number;
	lagMaxMs: number;
}
export interface RoomCounts {
	name: string;
	clients: number;
	edits: number;
	updatesReceived: number;
	unexpectedCloses: number;
}
export interface RoomFinal extends RoomCounts {
	/** Base64 Yjs states of the room's real clients. */
	real: string[];
	/** [clientID, clock, label] of every client of the room in this process. */
	own: [number, number, string][];
}

const RESOLUTION_MS = 10;
const loop = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
loop.enable();
const recorder = new Recorder();
const rooms = new Map<string, BenchClient[]>();
let window: { at: number; cpu: NodeJS.CpuUsage; sent: number; received: number; bytes: number; edits: number } | null = null;
// Each provider adds a process 'exit' listener; dozens are expected here.
process.setMaxListeners(0);

const all = () => [...rooms.values()].flat();
const totals = () => {
	let sent = 0;
	let received = 0;
	let bytes = 0;
	let edits = 0;
	for (const c of all()) {
		sent += c.counters.sent;
		received += c.counters.messages;
		bytes += c.counters.bytes;
		edits += c.edits;
	}
	return { sent, received, bytes, edits };
};

/** Connects in waves of `concurrency`, so admission is not mistaken for steady-state latency. */
async function connect(arg: ConnectArg): Promise<{ connectMs: number[]; failures: string[] }> {
	const recorderFor = recorder;
	const queue: BenchClient[] = [];
	for (const room of arg.rooms) {
		const clients = room.clients.map((c) => {
			const url = `${arg.base}/${room.name}?token=${encodeURIComponent(c.token)}`;
			return c.kind === 'real'
				? new RealClient(room.name, c.label, arg.base, c.token, c.userId, recorderFor)
				: new LightClient(room.name, c.label, url, c.userId);
		});
		rooms.set(room.name, [...(rooms.get(room.name) ?? []), ...clients]);
		queue.push(...clients);
	}
	const connectMs: number[] = [];
	const failures: string[] = [];
	let next = 0;
	const worker = async () => {
		while (next < queue.length) {
			const client = queue[next++];
			const t = performance.now();
			await client.connect().then(
				() => connectMs.push(performance.now() - t),
				(error: Error) => failures.push(error.message)
			);
		}
	};
	await Promise.all(Array.from({ length: arg.concurrency }, worker));
	return { connectMs, failures };
}

function countsOf(name: string, clients: BenchClient[]): RoomCounts {
	return {
		name,
		clients: clients.length,
		edits: clients.reduce((n, c) => n + c.edits, 0),
		updatesReceived: clients.reduce((n, c) => n + c.counters.updates, 0),
		unexpectedCloses: clients.reduce((n, c) => n + c.unexpectedCloses, 0)
	};
}

function finalOf(name: string, clients: BenchClient[]): RoomFinal {
	return {
		...countsOf(name, clients),
		real: clients.filter((c): c is RealClient => c instanceof RealClient).map((c) => Buffer.from(c.state()).toString('base64')),
		own: clients.map((c) => [...c.own(), c.label])
	};
}

function closeRoom(name: string) {
	for (const client of rooms.get(name) ?? []) client.close();
	rooms.delete(name);
}

serve(
	{
		connect,
		start(load: Load) {
			for (const client of all()) client.start(load);
		},
		mark() {
			recorder.latencies = [];
			recorder.measuring = true;
			loop.reset();
			window = { at: performance.now(), cpu: process.cpuUsage(), ...totals() };
		},
		endMeasure(): WindowReport {
			recorder.measuring = false;
			if (!window) throw new Error('endMeasure before mark');
			const ms = performance.now() - window.at;
			const cpu = process.cpuUsage(window.cpu);
			const now = totals();
			const lag = (ns: number) => Math.max(0, ns / 1e6 - RESOLUTION_MS);
			return {
				ms,
				sent: now.sent - window.sent,
				received: now.received - window.received,
				receivedBytes: now.bytes - window.bytes,
				edits: now.edits - window.edits,
				latencies: recorder.latencies,
				cpuPercent: ((cpu.user + cpu.system) / 1000 / ms) * 100,
				lagP50Ms: lag(loop.percentile(50)),
				lagP99Ms: lag(loop.percentile(99)),
				lagMaxMs: lag(loop.max)
			};
		},
		stop() {
			for (const client of all()) client.stop();
		},
		counts: (): RoomCounts[] => [...rooms].map(([name, clients]) => countsOf(name, clients)),
		final: (): RoomFinal[] => [...rooms].map(([name, clients]) => finalOf(name, clients)),
		/** Soak: connect more rooms and set them going at once. */
		async open(arg: ConnectArg & { load: Load }) {
			const result = await connect(arg);
			for (const room of arg.rooms) for (const client of rooms.get(room.name) ?? []) client.start(arg.load);
			return result;
		},
		stopRooms(names: string[]) {
			for (const name of names) for (const client of rooms.get(name) ?? []) client.stop();
		},
		/** Soak: what the rooms' clients did, then close them (the server unloads the rooms later). */
		closeRooms(names: string[]): RoomFinal[] {
			const finals = names.map((name) => finalOf(name, rooms.get(name) ?? []));
			for (const name of names) closeRoom(name);
			return finals;
		},
		close() {
			for (const name of [...rooms.keys()]) closeRoom(name);
		}
	},
	() => ({ pid: process.pid })
);
