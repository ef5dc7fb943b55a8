/** Shared by the integration tests: people, memberships and clients on the real stack. */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import ws from 'ws';
import { inject } from 'vitest';
import { signToken } from '../../src/lib/server/jwt';

export const ORG = {
	sofia: '00000000-0000-4000-8000-000000000005',
	oulu: '00000000-0000-4000-8000-000000000008',
	london: '00000000-0000-4000-8000-000000000012',
	icity: '00000000-0000-4000-8000-000000000015'
} as const;

export const DRAFT_SLUGS = ['icity-sponsored-engagement-events', 'sofia-smart-data-platform-replication-plan'];
export const RETIRED_SLUG = 'icity-free-open-data-first-model';

let pool: pg.Pool | null = null;

/** Superuser SQL: sets up fixtures and checks what really is in the tables (bypasses RLS). */
export function db(): pg.Pool {
	pool ??= new pg.Pool({ connectionString: inject('databaseUrl'), max: 3 });
	return pool;
}

export async function closeDb() {
	const p = pool;
	pool = null;
	await p?.end();
}

export async function one<T extends pg.QueryResultRow = Record<string, unknown>>(text: string, params: unknown[] = []) {
	const { rows } = await db().query<T>(text, params);
	if (rows.length !== 1) throw new Error(`Expected one row from ${text}, got ${rows.length}`);
	return rows[0];
}

export interface TestUser {
	id: string;
	email: string | null;
	token: string;
}

/** Inserts a person into auth.users and signs them a token as the local identity would. */
export async function createUser(kind: 'anonymous' | 'email' = 'email'): Promise<TestUser> {
	const isAnonymous = kind === 'anonymous';
	const email = isAnonymous ? null : `it-${randomUUID()}@example.test`;
	const { id } = await one<{ id: string }>('insert into auth.users (email, is_anonymous) values ($1, $2) returning id', [
		email,
		isAnonymous
	]);
	const token = await signToken(
		{ sub: id, role: 'authenticated', aud: 'authenticated', is_anonymous: isAnonymous, ...(email ? { email } : {}) },
		inject('jwtSecret'),
		3600
	);
	return { id, email, token };
}

export async function addMember(orgId: string, userId: string, role: 'member' | 'publisher') {
	await db().query('insert into public.organization_members (organization_id, user_id, role) values ($1, $2, $3)', [
		orgId,
		userId,
		role
	]);
}

// Browsers have WebSocket; Node 20 has none, and supabase-js builds its realtime client eagerly.
const realtime = { transport: ws as never };

/** supabase-js as the browser uses it: the anon key, plus the person's token when signed in. */
export function clientFor(token: string | null): SupabaseClient {
	return createClient(inject('apiUrl'), inject('anonKey'), {
		auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
		global: { headers: token ? { Authorization: `Bearer ${token}` } : {} },
		realtime
	});
}

/** A draft that passes every check of public.use_cases, including the published one. */
export function draftUseCase(orgId: string, extra: Record<string, unknown> = {}) {
	const slug = `it-${randomUUID().slice(0, 8)}`;
	return {
		slug,
		title: `Integration test use case ${slug}`,
		city: 'Sofia',
		country: 'Bulgaria',
		organization_id: orgId,
		domain: 'mobility',
		summary: 'A use case written by the integration tests to check who may change what.',
		who: 'Residents',
		what: 'A test service',
		how: 'Built in a test',
		why: 'To prove the policies',
		...extra
	};
}

export async function useCaseBySlug(slug: string) {
	const { rows } = await db().query('select * from public.use_cases where slug = $1', [slug]);
	return rows[0] as Record<string, unknown> | undefined;
}

/** Re-encodes a token's payload with one change, keeping the original signature. */
export function tamper(token: string, change: Record<string, unknown>): string {
	const [header, payload, signature] = token.split('.');
	const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
	const forged = Buffer.from(JSON.stringify({ ...claims, ...change })).toString('base64url');
	return `${header}.${forged}.${signature}`;
}
