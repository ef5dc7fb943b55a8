/**
 * One real local stack for the whole integration run: embedded Postgres with
 * the shim, migrations and seed applied, PostgREST in front of it, and the
 * app's /rest/v1 proxy on a free port (what supabase-js is pointed at).
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startLocalStack } from '../../src/lib/server/local/stack';
import { createRestProxy, isRestRequest } from '../../src/lib/server/rest-proxy';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Base URL for supabase-js: the app-style proxy that serves PostgREST under /rest/v1. */
		apiUrl: string;
		/** PostgREST itself, without the /rest/v1 prefix (what localEnv() expects). */
		postgrestUrl: string;
		anonKey: string;
		serviceRoleKey: string;
		jwtSecret: string;
		/** Superuser connection string. */
		databaseUrl: string;
		dataDir: string;
		/** What the first start's migrate() reported. */
		migrations: { applied: string[]; seeded: boolean };
	}
}

export default async function setup(project: TestProject) {
	const dataDir = await mkdtemp(join(tmpdir(), 'civic-canvas-it-'));
	// As root, Postgres runs as the `postgres` OS user, who must reach the folder.
	await chmod(dataDir, 0o755);

	let server: Server | undefined;
	let stack: Awaited<ReturnType<typeof startLocalStack>> | undefined;
	const teardown = async () => {
		if (server) {
			const s = server;
			await new Promise<void>((ok) => {
				s.close(() => ok());
				s.closeAllConnections();
			});
		}
		await stack?.stop();
		await rm(dataDir, { recursive: true, force: true });
	};

	try {
		stack = await startLocalStack({ dataDir, supabaseDir: resolve('supabase'), ephemeral: true });
		const proxy = createRestProxy(stack.postgrest.url);
		const http = createServer((req, res) => {
			if (isRestRequest(req.url)) return proxy(req, res);
			res.writeHead(404, { 'content-type': 'text/plain' });
			res.end('not found');
		});
		server = http;
		await new Promise<void>((ok, fail) => {
			http.once('error', fail);
			http.listen(0, '127.0.0.1', () => ok());
		});
		const address = http.address();
		if (!address || typeof address !== 'object') throw new Error('The test API server has no port');

		project.provide('apiUrl', `http://127.0.0.1:${address.port}`);
		project.provide('postgrestUrl', stack.postgrest.url);
		project.provide('anonKey', stack.secrets.anonKey);
		project.provide('serviceRoleKey', stack.secrets.serviceRoleKey);
		project.provide('jwtSecret', stack.secrets.jwtSecret);
		project.provide('databaseUrl', stack.postgres.url);
		project.provide('dataDir', stack.dataDir);
		project.provide('migrations', { applied: [...stack.migrations.applied], seeded: stack.migrations.seeded });
	} catch (error) {
		await teardown();
		throw error;
	}
	return teardown;
}
