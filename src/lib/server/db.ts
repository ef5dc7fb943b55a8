import pg from 'pg';
import { readConfig } from './config.ts';

let pool: pg.Pool | null = null;

/**
 * Direct SQL, server only: local identity and (later) realtime persistence.
 * Everything a user reads or writes goes through supabase-js and RLS instead.
 */
export function sql(): pg.Pool {
	if (!pool) {
		pool = new pg.Pool({ connectionString: readConfig().databaseUrl, max: 5 });
		// An idle connection dropped by Postgres (restart, shutdown) must not crash the app.
		pool.on('error', (error) => console.warn('[civic-canvas] database connection lost:', error.message));
	}
	return pool;
}
