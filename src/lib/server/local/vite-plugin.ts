import type { Server } from 'node:http';
import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { startBackend, type Backend } from '../backend.ts';

// Vite re-evaluates its config when it restarts in place; the backend (and
// the local stack in it) outlives that, so it is kept on the process rather
// than in this module, with the dev server currently in use.
const KEY = Symbol.for('civic-canvas.dev-backend');
type Holder = { [KEY]?: { backend: Promise<Backend>; server?: ViteDevServer } };

function devBackend(log: (line: string) => void) {
	const holder = globalThis as Holder;
	if (!holder[KEY]) {
		const dev: NonNullable<Holder[typeof KEY]> = {
			backend: startBackend({ dataDir: resolve(process.env.DATA_DIR ?? '.data'), log })
		};
		holder[KEY] = dev;
		// Vite closes its server on SIGTERM (and runs closeServer below); on
		// Ctrl-C it does nothing itself, so we close it the same way.
		const stopAndExit = () =>
			void Promise.resolve(dev.server?.close())
				.catch(() => {})
				.then(() => dev.backend.then((backend) => backend.stop(), () => {}))
				.then(() => process.exit(0));
		process.once('SIGINT', stopAndExit);
		process.once('SIGHUP', stopAndExit);
	}
	return holder[KEY];
}

/**
 * `npm run dev`: the same backend as `npm start` (cli/start.ts), under Vite's
 * dev server. Requests wait until it is up; /rest/v1 goes to PostgREST,
 * /collab upgrades are served beside Vite's HMR socket.
 */
export function localStackPlugin(): Plugin {
	let collab: Promise<{ close(): Promise<void> } | null> = Promise.resolve(null);
	let dev: ReturnType<typeof devBackend> | undefined;
	return {
		name: 'civic-canvas-local-stack',
		apply: 'serve',
		configureServer(server) {
			if (process.env.VITEST) return;
			const log = (line: string) => server.config.logger.info(`[civic-canvas] ${line}`);
			dev = devBackend(log);
			dev.server = server;
			const ready = dev.backend;
			ready.then(
				() => log('backend ready'),
				(error: Error) => {
					server.config.logger.error(`[civic-canvas] ${error.message}`);
					process.exit(1);
				}
			);
			const httpServer = server.httpServer;
			if (httpServer && 'listen' in httpServer) {
				collab = ready.then((backend) => backend.attach(httpServer as Server));
				httpServer.once('listening', () => {
					const address = httpServer.address();
					if (address && typeof address === 'object') void ready.then((backend) => backend.announce(`http://localhost:${address.port}`));
				});
			}
			server.middlewares.use((req, res, next) => {
				ready.then((backend) => backend.serveRest(req, res) || next(), next);
			});
		},
		// 'restart' (a config change): only this server's /collab goes, the stack
		// stays for the next one. 'close' (SIGTERM, Ctrl-C, `q`): everything stops.
		async closeServer({ reason }) {
			await collab.then((c) => c?.close(), () => {});
			if (reason === 'close' && dev) await dev.backend.then((backend) => backend.stop(), () => {});
		}
	};
}
