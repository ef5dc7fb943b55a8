/**
 * What the app serves beside SvelteKit, started the same way by `npm start`
 * (cli/start.ts) and `npm run dev` (local/vite-plugin.ts): in local mode the
 * local stack (Postgres, PostgREST) and the /rest/v1 proxy in front of it,
 * the app's environment pointing at them; in both modes /collab (realtime).
 * Each caller only adapts it to its own HTTP server.
 */
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { isHosted, readConfig } from './config.ts';
import { closeSql } from './db.ts';
import { startLocalStack, type LocalStack } from './local/stack.ts';
import { attachRealtime } from './realtime/index.ts';
import { createRestProxy, isRestRequest } from './rest-proxy.ts';

export interface BackendOptions {
	/** Local mode's data folder. */
	dataDir: string;
	log: (line: string) => void;
}

export interface Backend {
	mode: 'local' | 'hosted';
	/** Milliseconds each step of the local stack took, in order (none when hosted). */
	timings: [step: string, ms: number][];
	/** Serves a /rest/v1 request (local mode) and says so; false leaves the request to the caller. */
	serveRest(req: IncomingMessage, res: ServerResponse): boolean;
	/** Serves /collab on this HTTP server until stop(), or until the returned close(). */
	attach(server: Server): Promise<{ close(): Promise<void> }>;
	/** Records the app's URL for `npm run status` (local mode). */
	announce(url: string): void;
	/**
	 * Stops in the order that loses nothing and logs no false alarm: realtime
	 * first (it stores what it holds), then the app's pool, then PostgREST and
	 * Postgres. Calling it again waits for the first call.
	 */
	stop(): Promise<void>;
}

export async function startBackend(options: BackendOptions): Promise<Backend> {
	const { log } = options;
	let stack: LocalStack | null = null;
	if (isHosted()) {
		log('hosted mode: using the Supabase project in the environment');
	} else {
		log(`local mode, data in ${options.dataDir}`);
		stack = await startLocalStack({ dataDir: options.dataDir, log });
		const { applied, seeded } = stack.migrations;
		if (applied.length) log(`applied ${applied.length} migration(s)${seeded ? ' and the seed' : ''}`);
		Object.assign(process.env, stack.env());
	}
	const proxy = stack ? createRestProxy(stack.postgrest.url) : null;
	let config: ReturnType<typeof readConfig>;
	try {
		config = readConfig();
	} catch (error) {
		await stack?.stop();
		throw error;
	}
	const attached = new Set<{ close(): Promise<void> }>();

	let stopping: Promise<void> | undefined;
	const stop = async () => {
		await Promise.all(
			[...attached].map((collab) => collab.close().catch((error: Error) => log(`realtime did not close cleanly: ${error.message}`)))
		);
		await closeSql().catch((error: Error) => log(`the database pool did not close cleanly: ${error.message}`));
		await stack?.stop();
	};

	return {
		mode: config.mode,
		timings: stack?.timings ?? [],
		serveRest(req, res) {
			if (!proxy || !isRestRequest(req.url)) return false;
			proxy(req, res);
			return true;
		},
		async attach(server) {
			const collab = await attachRealtime(server, { databaseUrl: config.databaseUrl, jwtSecret: config.jwtSecret }, { log });
			let closing: Promise<void> | undefined;
			const handle = {
				close: () => {
					attached.delete(handle);
					return (closing ??= collab.close());
				}
			};
			attached.add(handle);
			return handle;
		},
		announce(url) {
			stack?.announce(url);
		},
		stop: () => (stopping ??= stop())
	};
}
