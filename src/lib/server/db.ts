import pg from 'pg';
import { readConfig } from './config.ts';

let pool: pg.Pool | null = null;

/**
 * Direct SQL, server only: local identity and (later) realtime persistence.
 * Everything a user reads or writes goes through supabase-js and RLS instead.
 */
export function sql(): pg.Pool {
	pool ??= new pg.Pool({ connectionString: readConfig().databaseUrl, max: 5 });
	return pool;
}
