import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { isHosted, readConfig } from '../config.ts';
import { attachRealtime } from '../realtime/index.ts';
import { createRestProxy, isRestRequest } from '../rest-proxy.ts';
import { startLocalStack, type LocalStack } from './stack.ts';

// Vite re-evaluates its config when it restarts in place; the stack outlives
// that, so it is kept on the process rather than in this module.
const KEY = Symbol.for('civic-canvas.dev-stack');
type Holder = { [KEY]?: Promise<LocalStack> };

function devStack(dataDir: string, log: (line: string) => void): Promise<LocalStack> {
	const holder = globalThis as Holder;
	if (!holder[KEY]) {
		const starting = startLocalStack({ dataDir, log });
		holder[KEY] = starting;
		const stopAndExit = () => void starting.then((s) => s.stop(), () => {}).then(() => process.exit(0));
		process.once('SIGINT', stopAndExit);
		process.once('SIGTERM', stopAndExit);
	}
	return holder[KEY];
}

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
			const ready = devStack(dataDir, (l) => server.config.logger.info(l)).then((stack) => {
				Object.assign(process.env, stack.env());
				server.config.logger.info(`[civic-canvas] local stack ready (data in ${dataDir})`);
				return { stack, proxy: createRestProxy(stack.postgrest.url) };
			});
			ready.catch((error: Error) => {
				server.config.logger.error(`[civic-canvas] ${error.message}`);
				process.exit(1);
			});
			// /collab WebSocket upgrades on Vite's own server, beside its HMR socket.
			const httpServer = server.httpServer;
			if (httpServer && 'listen' in httpServer) {
				void ready.then(() => {
					const config = readConfig();
					return attachRealtime(httpServer as import('node:http').Server, config, { log: (l) => server.config.logger.info(l) });
				});
			}
			server.httpServer?.once('listening', () => {
				const address = server.httpServer?.address();
				if (address && typeof address === 'object') void ready.then(({ stack }) => stack.announce(`http://localhost:${address.port}`));
			});
			server.middlewares.use((req, res, next) => {
				ready.then(({ proxy }) => (isRestRequest(req.url) ? proxy(req, res) : next()), next);
			});
		}
	};
}
