/**
 * Our realtime server, alone in its process, as the app attaches it: an HTTP
 * server with attachRealtime (admission through PostgREST with the person's
 * token, Postgres persistence, projection, LISTEN for access changes). The
 * environment is the local stack's (CIVIC_CANVAS_MODE=local, LOCAL_*).
 * BENCH_LIMITS (JSON) overrides limits, to try other settings.
 */
import { createServer } from 'node:http';
import { writeHeapSnapshot } from 'node:v8';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { AddressInfo } from 'node:net';
import { attachRealtime } from '../../src/lib/server/realtime/index.ts';
import { serve } from './ipc.ts';
import { takePgTrace } from './pg-trace.ts';

let logged = 0;
// The server's own event-loop lag: queueing inside the server shows here first.
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const loopLag = () => {
	const lag = (ns: number) => Math.max(0, Math.round((ns / 1e6 - 10) * 10) / 10);
	const figures = { p50: lag(loop.percentile(50)), p99: lag(loop.percentile(99)), max: lag(loop.max) };
	loop.reset();
	return figures;
};
const http = createServer((_req, res) => {
	res.writeHead(404);
	res.end();
});

async function start() {
	await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
	const config = { databaseUrl: process.env.LOCAL_DATABASE_URL!, jwtSecret: process.env.LOCAL_JWT_SECRET! };
	const options = {
		limits: process.env.BENCH_LIMITS ? JSON.parse(process.env.BENCH_LIMITS) : undefined,
		// Every warning is counted; the first few are shown, so a failing run says why.
		log: (line: string) => {
			if (++logged <= 10) console.error(`[server-ours] ${line}`);
		}
	};
	const realtime = await attachRealtime(http, config, options);
	return { realtime, port: (http.address() as AddressInfo).port };
}

const started = start();
serve(
	{
		stats: async () => ({ ...(await started).realtime.realtime.stats(), memory: process.memoryUsage(), logged }),
		pgTrace: () => ({ ...takePgTrace(), loopLagMs: loopLag() }),
		flush: async () => (await started).realtime.realtime.flush(),
		resetPersistLagMax: async () => (await started).realtime.realtime.resetPersistLagMax(),
		/** Debug aid (BENCH_HEAP_SNAPSHOT=dir): where the memory of our server goes. */
		heapSnapshot: (path: string) => writeHeapSnapshot(path),
		gc: () => (globalThis as { gc?: () => void }).gc?.(),
		close: async () => {
			await (await started).realtime.close();
			http.closeAllConnections();
			await new Promise((ok) => http.close(ok));
		}
	},
	async () => ({ pid: process.pid, port: (await started).port })
);
