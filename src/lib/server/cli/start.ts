/**
 * `npm start`: the whole app in one process. Local mode (no hosted Supabase
 * variables) starts Postgres and PostgREST from the data folder first.
 */
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { startBackend, type Backend } from '../backend.ts';
import { AlreadyRunningError } from '../local/run-state.ts';
import { buildIsStale, runBuild } from './build.ts';
import { guardStaticFiles, type Handler } from './static-files.ts';

const root = process.cwd();
const started = performance.now();
const timings: [string, number][] = [];
const say = (line: string) => console.log(`[civic-canvas] ${line}`);

let backend: Backend | null = null;
let server: Server | null = null;
const PROTOCOL_HEADER = 'x-civic-canvas-protocol';
/** Longest an orderly stop may take before the process exits anyway (the watchdog then stops the rest). */
const STOP_DEADLINE_MS = 15_000;

let stopping = false;
/** Stops the server, realtime, the app's pool, PostgREST and Postgres, in that order, then exits. */
async function shutdown(reason: string, code: number) {
	if (stopping) return;
	stopping = true;
	say(`${reason}: stopping`);
	setTimeout(() => {
		say(`still stopping after ${STOP_DEADLINE_MS / 1000} s: exiting`);
		process.exit(code || 1);
	}, STOP_DEADLINE_MS).unref();
	server?.close();
	server?.closeIdleConnections();
	await backend?.stop();
	server?.closeAllConnections();
	process.exit(code);
}
process.on('SIGINT', () => void shutdown('SIGINT', 0));
process.on('SIGTERM', () => void shutdown('SIGTERM', 0));
process.on('SIGHUP', () => void shutdown('SIGHUP', 0));
// After an error nothing caught, the process's state is unknown: stop it,
// but in order, so realtime still stores what it holds and nothing outlives it.
const crash = (error: unknown) => {
	console.error('[civic-canvas] crashed:', error instanceof Error ? (error.stack ?? error.message) : error);
	void shutdown('crash', 1);
};
process.on('uncaughtException', crash);
process.on('unhandledRejection', crash);

async function main() {
	const port = Number(process.env.PORT ?? 3000);
	const host = process.env.HOST ?? '0.0.0.0';
	// adapter-node takes every request for https unless told otherwise, and then
	// refuses form posts from http://… as cross-site. This server speaks plain
	// http, so it says so on each request, in a header a client cannot set
	// (it is overwritten). ORIGIN or PROTOCOL_HEADER set behind a TLS proxy win.
	const ownProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
	if (ownProtocol) process.env.PROTOCOL_HEADER = PROTOCOL_HEADER;

	backend = await startBackend({ dataDir: resolve(process.env.DATA_DIR ?? '.data'), log: say });
	timings.push(...backend.timings);

	const t = performance.now();
	if (process.env.SKIP_BUILD !== '1' && (await buildIsStale(root))) {
		say('building the app (the build is missing or older than the sources)');
		await runBuild(root);
		timings.push(['build', performance.now() - t]);
	}
	const built = (await import(pathToFileURL(resolve(root, 'build', 'handler.js')).href)) as { handler: Handler };
	const handler = guardStaticFiles(built.handler, resolve(root, 'build', 'client'), say);

	const rest = backend;
	const http = createServer((req, res) => {
		if (rest.serveRest(req, res)) return;
		if (ownProtocol) req.headers[PROTOCOL_HEADER] = 'http';
		handler(req, res);
	});
	server = http;
	await backend.attach(http);
	await new Promise<void>((ok, fail) => {
		http.once('error', fail);
		http.listen(port, host, ok);
	});
	const address = http.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	const url = `http://localhost:${actualPort}`;
	backend.announce(url);
	timings.push(['total', performance.now() - started]);
	say(timings.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(2)} s`).join(', '));
	say(`ready at ${url}`);
}

main().catch(async (error) => {
	if (error instanceof AlreadyRunningError) console.error(`[civic-canvas] ${error.message}`);
	else console.error('[civic-canvas] could not start:', error instanceof Error ? error.message : error);
	// Leave nothing running behind a failed start.
	stopping = true;
	await backend?.stop();
	process.exit(1);
});
