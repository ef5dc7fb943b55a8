/**
 * The app's server side for the benchmark, alone in its process: one HTTP
 * server with the /rest/v1 proxy to PostgREST (what supabase-js calls) and the
 * realtime server on /collab (what the watcher reads), as `npm start` wires
 * them. The environment is the local stack's (CIVIC_CANVAS_MODE=local, LOCAL_*).
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { readConfig } from '../../src/lib/server/config.ts';
import { attachRealtime } from '../../src/lib/server/realtime/index.ts';
import { createRestProxy, isRestRequest } from '../../src/lib/server/rest-proxy.ts';
import { serve } from '../realtime/ipc.ts';

let logged = 0;
// The process's event-loop lag: the REST proxy waits behind the session sync's work here.
const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
const config = readConfig();
if (config.mode !== 'local') throw new Error('bench/votes/server.ts runs in local mode only');
const proxy = createRestProxy(config.supabaseUrl);
const http = createServer((req, res) => {
	if (isRestRequest(req.url)) return proxy(req, res);
	res.writeHead(404);
	res.end();
});

async function start() {
	// BENCH_REALTIME=off: the REST proxy alone, to see what the realtime server's reads cost the casts.
	const realtime = process.env.BENCH_REALTIME === 'off' ? null : await attachRealtime(
		http,
		{ databaseUrl: config.databaseUrl, jwtSecret: config.jwtSecret },
		{ log: (line) => void (++logged <= 10 && console.error(`[votes-server] ${line}`)) }
	);
	await new Promise<void>((ok) => http.listen(0, '127.0.0.1', ok));
	return { realtime, port: (http.address() as AddressInfo).port };
}

const started = start();
serve(
	{
		logged: () => logged,
		/** Event-loop lag (ms over the 10 ms resolution) since the last call. */
		loopLag: () => {
			const lag = (ns: number) => Math.max(0, Math.round((ns / 1e6 - 10) * 10) / 10);
			const figures = { p99: lag(loop.percentile(99)), max: lag(loop.max) };
			loop.reset();
			return figures;
		},
		close: async () => {
			await (await started).realtime?.close();
			http.closeAllConnections();
			await new Promise((ok) => http.close(ok));
		}
	},
	async () => ({ pid: process.pid, port: (await started).port })
);
