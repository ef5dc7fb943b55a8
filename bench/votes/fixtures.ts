/**
 * Set-up for the benchmark, written as the superuser (not what is measured):
 * people with real tokens signed with the stack's JWT secret (as the local
 * identity signs them), one workshop with a facilitator and the participants
 * of mixed stakeholder types, and the baseline's table.
 */
import type pg from 'pg';
import { STAKEHOLDERS } from '../../src/lib/domain/stakeholders.ts';
import { signToken } from '../../src/lib/server/jwt.ts';

export interface BenchUser {
	id: string;
	token: string;
}

export interface BenchWorkshop {
	id: string;
	facilitator: BenchUser;
	participants: BenchUser[];
}

async function users(pool: pg.Pool, jwtSecret: string, count: number): Promise<BenchUser[]> {
	const { rows } = await pool.query<{ id: string }>(
		`insert into auth.users (email, is_anonymous)
		 select 'vb-' || replace(gen_random_uuid()::text, '-', '') || '@example.test', false from generate_series(1, $1)
		 returning id`,
		[count]
	);
	return Promise.all(
		rows.map(async ({ id }) => ({
			id,
			token: await signToken({ sub: id, role: 'authenticated', aud: 'authenticated', is_anonymous: false }, jwtSecret, 6 * 3600)
		}))
	);
}

/** A workshop (its creator becomes facilitator by trigger) with `participants` members, stakeholder types in turn. */
export async function workshop(pool: pg.Pool, jwtSecret: string, participants: number): Promise<BenchWorkshop> {
	const [facilitator, ...people] = await users(pool, jwtSecret, participants + 1);
	const { rows } = await pool.query<{ id: string }>(
		`insert into public.workshops (title, created_by, capacity) values ('Votes benchmark', $1, $2) returning id`,
		[facilitator.id, participants + 1]
	);
	const id = rows[0].id;
	await pool.query(
		`insert into public.workshop_members (workshop_id, user_id, role, stakeholder, display_name)
		 select $1, u, 'participant', ($3::text[])[1 + (n - 1) % cardinality($3::text[])], 'Benchmark ' || n
		 from unnest($2::uuid[]) with ordinality as x (u, n)`,
		[id, people.map((p) => p.id), [...STAKEHOLDERS]]
	);
	return { id, facilitator, participants: people };
}

/**
 * The baseline's table: no checks but RLS on, with one insert policy for
 * authenticated users (their own user_id), so an insert goes through the same
 * proxy, PostgREST, JWT and role switch as a cast, without the cast's function.
 * In public because PostgREST exposes only that schema; dropped with the temp stack.
 */
export async function createBaselineTable(pool: pg.Pool) {
	await pool.query(`
		create table public.bench_plain_votes (
			id bigint generated always as identity primary key,
			run text not null,
			user_id uuid not null default auth.uid(),
			candidate_id uuid not null,
			created_at timestamptz not null default now()
		);
		alter table public.bench_plain_votes enable row level security;
		create policy "Benchmark: anyone signed in inserts their own" on public.bench_plain_votes
		  for insert to authenticated with check (user_id = (select auth.uid()));
		grant insert on public.bench_plain_votes to authenticated;
		notify pgrst, 'reload schema';
	`);
}
