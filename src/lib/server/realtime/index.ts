import type { Server } from 'node:http';
import pg from 'pg';
import { createAdmission } from './access.ts';
import { listenForDatabaseEvents } from './listen.ts';
import { PostgresStore } from './persistence.ts';
import { notesProjector, outcomeProjector, projections } from './projection.ts';
import { createRealtimeServer, type RealtimeOptions } from './server.ts';

export { createRealtimeServer } from './server.ts';
export type { RealtimeServer, AccessChange } from './server.ts';
export { CLOSE } from '../../realtime/close-codes.ts';

/**
 * The realtime server as the app runs it: Postgres storage over its own pools,
 * access changes and session events from LISTEN/NOTIFY, on the app's HTTP
 * server at /collab.
 */
export async function attachRealtime(
	httpServer: Server,
	config: { databaseUrl: string; jwtSecret: string },
	options: Pick<RealtimeOptions, 'limits' | 'log'> = {}
) {
	const log = options.log ?? ((line: string) => console.log(`[civic-canvas] ${line}`));
	// Separate pools: storing updates (the durability promise) never queues behind
	// projections, nor behind a wave of room loads when a workshop starts.
	const storePool = openPool(config.databaseUrl, 3);
	const loadPool = openPool(config.databaseUrl, 2);
	const projectionPool = openPool(config.databaseUrl, 2);
	// Session refreshes (a burst of ballots) never wait behind room loads, nor these behind them.
	const sessionPool = openPool(config.databaseUrl, 2);
	const pools = [storePool, loadPool, projectionPool, sessionPool];
	for (const pool of pools) pool.on('error', (error) => log(`realtime: database connection lost: ${error.message}`));
	await Promise.all(pools.map(warm));
	const admission = createAdmission(config.jwtSecret);
	const realtime = createRealtimeServer({
		store: new PostgresStore(storePool, loadPool),
		admit: admission.admit,
		projection: projections({ canvas: notesProjector(projectionPool), outcome: outcomeProjector(projectionPool) }),
		sessionDb: sessionPool,
		outcomeDb: loadPool,
		limits: options.limits,
		log
	});
	const listener = listenForDatabaseEvents(
		config.databaseUrl,
		{
			access: (change) => realtime.applyAccessChange(change),
			session: (event) => realtime.applySessionEvent(event),
			reconnected: () => realtime.refreshSessions()
		},
		log
	);
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
			admission.close();
			await Promise.all(pools.map((pool) => pool.end()));
		}
	};
}

/**
 * A pool that keeps its connections open (min = max): opening one costs a
 * Postgres backend start, which on a busy machine took seconds, and a flush
 * that waits for a new connection breaks the durability window.
 */
function openPool(connectionString: string, size: number) {
	return new pg.Pool({ connectionString, max: size, min: size });
}

/** Opens every connection of the pool now, before the first flush needs one. */
async function warm(pool: pg.Pool) {
	const clients = await Promise.all(Array.from({ length: pool.options.max }, () => pool.connect()));
	for (const client of clients) client.release();
}
