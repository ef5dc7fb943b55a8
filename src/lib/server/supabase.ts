import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import ws from 'ws';
import { readConfig } from './config.ts';

const noSession = { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false };
// Node 20 has no global WebSocket; supabase-js builds its realtime client eagerly.
const realtime = { transport: ws as never };

/** A client that acts as this person (or as anon without a token): RLS decides. */
export function createUserClient(accessToken: string | null): SupabaseClient {
	const config = readConfig();
	return createClient(config.supabaseUrl, config.anonKey, {
		auth: noSession,
		realtime,
		global: {
			headers: accessToken ? { Authorization: `Bearer ${accessToken}` } : {},
			...(config.restFetch ? { fetch: config.restFetch } : {})
		}
	});
}

/** Bypasses RLS. Only for server work no user may do (never for a user's own request). */
export function createServiceClient(): SupabaseClient {
	const config = readConfig();
	return createClient(config.supabaseUrl, config.serviceRoleKey, {
		auth: noSession,
		realtime,
		global: config.restFetch ? { fetch: config.restFetch } : {}
	});
}
