/**
 * `npm start`: the whole app in one process. Local mode (no hosted Supabase
 * variables) starts Postgres and PostgREST from the data folder first.
 */
import { createServer } from 'node:http';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isHosted, readConfig } from '../config.ts';
import { attachRealtime } from '../realtime/index.ts';
import { createRestProxy, isRestRequest } from '../rest-proxy.ts';
import { startLocalStack, type LocalStack } from '../local/stack.ts';
import { AlreadyRunningError } from '../local/run-state.ts';
import { buildIsStale, runBuild } from './build.ts';

const root = process.cwd();
const started = performance.now();
const timings: [string, number][] = [];
const say = (line: string) => console.log(`[civic-canvas] ${line}`);

let stack: LocalStack | null = null;
let collab: Awaited<ReturnType<typeof attachRealtime>> | null = null;
const PROTOCOL_HEADER = 'x-civic-canvas-protocol';

async function main() {
	const port = Number(process.env.PORT ?? 3000);
	const host = process.env.HOST ?? '0.0.0.0';
	// adapter-node takes every request for https unless told otherwise, and then
	// refuses form posts from http://… as cross-site. This server speaks plain
	// http, so it says so on each request, in a header a client cannot set
	// (it is overwritten). ORIGIN or PROTOCOL_HEADER set behind a TLS proxy win.
	const ownProtocol = !process.env.ORIGIN && !process.env.PROTOCOL_HEADER;
	if (ownProtocol) process.env.PROTOCOL_HEADER = PROTOCOL_HEADER;
	let proxy: ReturnType<typeof createRestProxy> | null = null;

	if (!isHosted()) {
		const dataDir = resolve(process.env.DATA_DIR ?? '.data');
		say(`local mode, data in ${dataDir}`);
		stack = await startLocalStack({ dataDir, log: (l) => say(l) });
		timings.push(...stack.timings);
		if (stack.migrations.applied.length) say(`applied ${stack.migrations.applied.length} migration(s)${stack.migrations.seeded ? ' and the seed' : ''}`);
		Object.assign(process.env, stack.env());
		proxy = createRestProxy(stack.postgrest.url);
	} else {
		say('hosted mode: using the Supabase project in the environment');
	}

	let server: import('node:http').Server | null = null;
	let shuttingDown = false;
	const shutdown = async (signal: string) => {
		if (shuttingDown) return;
		shuttingDown = true;
		say(`${signal}: stopping`);
		server?.close();
		// Realtime first: it stores what it holds before the database goes.
		await collab?.close().catch((error: Error) => say(`realtime did not close cleanly: ${error.message}`));
		server?.closeAllConnections();
		await stack?.stop();
		process.exit(0);
	};
	process.on('SIGINT', () => void shutdown('SIGINT'));
	process.on('SIGTERM', () => void shutdown('SIGTERM'));

	const t = performance.now();
	if (process.env.SKIP_BUILD !== '1' && (await buildIsStale(root))) {
		say('building the app (the build is missing or older than the sources)');
		await runBuild(root);
		timings.push(['build', performance.now() - t]);
	}
	const { handler } = (await import(pathToFileURL(resolve(root, 'build', 'handler.js')).href)) as {
		handler: (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse, next?: () => void) => void;
	};

	server = createServer((req, res) => {
		if (proxy && isRestRequest(req.url)) return proxy(req, res);
		if (ownProtocol) req.headers[PROTOCOL_HEADER] = 'http';
		handler(req, res);
	});
	const config = readConfig();
	collab = await attachRealtime(server, { databaseUrl: config.databaseUrl, jwtSecret: config.jwtSecret }, { log: say });
	const listening = server;
	await new Promise<void>((ok, fail) => {
		listening.once('error', fail);
		listening.listen(port, host, ok);
	});
	const address = listening.address();
	const actualPort = typeof address === 'object' && address ? address.port : port;
	const url = `http://localhost:${actualPort}`;
	stack?.announce(url);
	timings.push(['total', performance.now() - started]);
	say(timings.map(([name, ms]) => `${name} ${(ms / 1000).toFixed(2)} s`).join(', '));
	say(`ready at ${url}`);
}

main().catch(async (error) => {
	if (error instanceof AlreadyRunningError) console.error(`[civic-canvas] ${error.message}`);
	else console.error('[civic-canvas] could not start:', error instanceof Error ? error.message : error);
	// Leave nothing running behind a failed start.
	await stack?.stop();
	process.exit(1);
});
