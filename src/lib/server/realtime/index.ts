import type { Server } from 'node:http';
import pg from 'pg';
import { admit } from './access.ts';
import { listenForAccessChanges } from './listen.ts';
import { PostgresStore } from './persistence.ts';
import { notesProjector } from './projection.ts';
import { createRealtimeServer, type RealtimeOptions } from './server.ts';

export { createRealtimeServer } from './server.ts';
export type { RealtimeServer, AccessChange } from './server.ts';

/**
 * The realtime server as the app runs it: Postgres storage over its own pool,
 * access changes from LISTEN/NOTIFY, on the app's HTTP server at /collab.
 */
export async function attachRealtime(
	httpServer: Server,
	config: { databaseUrl: string; jwtSecret: string },
	options: Pick<RealtimeOptions, 'limits' | 'log'> = {}
) {
	const log = options.log ?? ((line: string) => console.log(`[civic-canvas] ${line}`));
	const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 4 });
	pool.on('error', (error) => log(`realtime: database connection lost: ${error.message}`));
	const realtime = createRealtimeServer({
		store: new PostgresStore(pool),
		admit: (req, url, room) => admit(req, url, room, config.jwtSecret),
		project: notesProjector(pool),
		limits: options.limits,
		log
	});
	const listener = listenForAccessChanges(config.databaseUrl, (change) => realtime.applyAccessChange(change), log);
	await listener.ready;
	const onUpgrade = (req: import('node:http').IncomingMessage, socket: import('node:stream').Duplex, head: Buffer) => {
		realtime.handleUpgrade(req, socket, head);
	};
	httpServer.on('upgrade', onUpgrade);
	return {
		realtime,
		async close() {
			httpServer.off('upgrade', onUpgrade);
			await realtime.close();
			await listener.stop();
			await pool.end();
		}
	};
}
