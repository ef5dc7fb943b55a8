import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { isHosted, localEnv } from '../config.ts';
import { createRestProxy, isRestRequest } from '../rest-proxy.ts';
import { startLocalStack, type LocalStack } from './stack.ts';

/**
 * `npm run dev`: the same local stack as `npm start`, under Vite's dev server.
 * Requests wait until the stack is up; /rest/v1 goes to PostgREST.
 */
export function localStackPlugin(): Plugin {
	return {
		name: 'civic-canvas-local-stack',
		apply: 'serve',
		configureServer(server) {
			if (process.env.VITEST || isHosted()) return;
			const dataDir = resolve(process.env.DATA_DIR ?? '.data');
			let stack: LocalStack | undefined;
			const ready = startLocalStack({ dataDir, log: (l) => server.config.logger.info(l) }).then((s) => {
				stack = s;
				Object.assign(
					process.env,
					localEnv({
						postgrestUrl: s.postgrest.url,
						anonKey: s.secrets.anonKey,
						serviceRoleKey: s.secrets.serviceRoleKey,
						jwtSecret: s.secrets.jwtSecret,
						databaseUrl: s.postgres.url
					})
				);
				server.config.logger.info(`[civic-canvas] local stack ready (data in ${dataDir})`);
				return createRestProxy(s.postgrest.url);
			});
			ready.catch((error) => {
				server.config.logger.error(`[civic-canvas] ${error.message}`);
				process.exit(1);
			});
			server.httpServer?.once('listening', () => {
				const address = server.httpServer?.address();
				if (address && typeof address === 'object') void ready.then(() => stack?.announce(`http://localhost:${address.port}`));
			});
			server.httpServer?.once('close', () => void stack?.stop());
			for (const signal of ['SIGINT', 'SIGTERM'] as const) {
				process.once(signal, () => void (stack?.stop() ?? Promise.resolve()).then(() => process.exit(0)));
			}
			server.middlewares.use((req, res, next) => {
				ready.then((proxy) => (isRestRequest(req.url) ? proxy(req, res) : next()), next);
			});
		}
	};
}
