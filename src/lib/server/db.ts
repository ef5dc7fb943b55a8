import pg from 'pg';
import { readConfig } from './config.ts';

// One pool per process, kept on the process rather than in this module: the
// built app (build/server) and `npm start` each load their own copy of this
// file, and Vite's SSR loads another; closeSql() must reach the pool they use.
const KEY = Symbol.for('civic-canvas.sql-pool');
type Holder = { [KEY]?: pg.Pool };
const holder = globalThis as Holder;

/**
 * Direct SQL, server only: local identity and (later) realtime persistence.
 * Everything a user reads or writes goes through supabase-js and RLS instead.
 */
export function sql(): pg.Pool {
	let pool = holder[KEY];
	// A pool someone ended (a test's cleanup) is replaced rather than reused.
	if (!pool || pool.ending) {
		pool = new pg.Pool({ connectionString: readConfig().databaseUrl, max: 5 });
		// An idle connection dropped by Postgres (a restart) must not crash the app.
		pool.on('error', (error) => console.warn('[civic-canvas] database connection lost:', error.message));
		holder[KEY] = pool;
	}
	return pool;
}

/** Ends the pool, if one was opened; the app's shutdown does this before Postgres stops. */
export async function closeSql(): Promise<void> {
	const pool = holder[KEY];
	delete holder[KEY];
	await pool?.end();
}
