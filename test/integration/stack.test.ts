/**
 * The local stack itself: migrations, the seed, the data-folder lock, and the
 * checks Supabase's database advisor would make.
 */
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { migrate, listMigrations } from '../../src/lib/server/local/migrate';
import { AlreadyRunningError, readRunState } from '../../src/lib/server/local/run-state';
import { loadOrCreateSecrets } from '../../src/lib/server/local/secrets';
import { startLocalStack } from '../../src/lib/server/local/stack';
import { clientFor, closeDb, db } from './helpers';

const supabaseDir = resolve('supabase');
const migrationsDir = join(supabaseDir, 'migrations');

/** The migration files as `<version>_<name>`, the way migrate() reports them. */
async function migrationFiles() {
	const files = (await readdir(migrationsDir)).filter((f) => f.endsWith('.sql')).sort();
	return files.map((f) => f.replace(/\.sql$/, ''));
}

async function withDatabase<T>(url: string, fn: (client: pg.Client) => Promise<T>) {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return await fn(client);
	} finally {
		await client.end();
	}
}

const count = async (client: pg.Client | pg.Pool, text: string) => Number((await client.query(text)).rows[0].count);

afterAll(closeDb);

describe('migrations', () => {
	it('a new data folder gets every migration and the seed, each migration recorded exactly once', async () => {
		const files = await migrationFiles();
		expect(files.length).toBeGreaterThan(0);
		expect(inject('migrations')).toEqual({ applied: files, seeded: true });

		const { rows } = await db().query<{ version: string; name: string; n: number }>(
			`select version, name, count(*) over (partition by version)::int as n
			 from supabase_migrations.schema_migrations order by version`
		);
		expect(rows.map((r) => `${r.version}_${r.name}`)).toEqual(files);
		expect(rows.every((r) => r.n === 1)).toBe(true);
	});

	it('an empty database on the same server can be migrated and seeded from scratch', async () => {
		const name = `it_fresh_${process.pid}`;
		const { authenticatorPassword } = await loadOrCreateSecrets(inject('dataDir'));
		await db().query(`drop database if exists ${name}`);
		await db().query(`create database ${name}`);
		try {
			const url = new URL(inject('databaseUrl'));
			url.pathname = `/${name}`;
			await withDatabase(url.toString(), async (client) => {
				const result = await migrate(client, supabaseDir, { authenticatorPassword });
				expect(result).toEqual({ applied: await migrationFiles(), seeded: true });
				expect(await count(client, 'select count(*) from public.business_model_patterns')).toBe(55);
				expect(await count(client, 'select count(*) from public.use_cases')).toBeGreaterThan(0);
			});
		} finally {
			await db().query(`drop database if exists ${name} with (force)`);
		}
	});

	it('restarting on an existing database applies nothing and does not seed twice', async () => {
		const { authenticatorPassword } = await loadOrCreateSecrets(inject('dataDir'));
		const before = await count(db(), 'select count(*) from public.use_cases');
		const links = await count(db(), 'select count(*) from public.use_case_patterns');
		const result = await withDatabase(inject('databaseUrl'), (client) =>
			migrate(client, supabaseDir, { authenticatorPassword })
		);
		expect(result).toEqual({ applied: [], seeded: false });
		expect(await count(db(), 'select count(*) from public.use_cases')).toBe(before);
		expect(await count(db(), 'select count(*) from public.use_case_patterns')).toBe(links);
		expect(await count(db(), 'select count(*) from supabase_migrations.schema_migrations')).toBe(
			(await listMigrations(migrationsDir)).length
		);
		// The API still logs in with the (unchanged) authenticator password.
		const { error } = await clientFor(null).from('business_model_patterns').select('id').limit(1);
		expect(error).toBeNull();
	});
});

describe('the data folder lock', () => {
	it('a second start on a data folder that is in use is refused, and the running stack keeps serving', async () => {
		const dataDir = inject('dataDir');
		const owner = readRunState(dataDir);
		expect(owner?.pid).toBeTypeOf('number');
		expect(owner?.pid).not.toBe(process.pid);

		const second = startLocalStack({ dataDir, supabaseDir, ephemeral: true });
		await expect(second).rejects.toBeInstanceOf(AlreadyRunningError);
		await expect(second).rejects.toThrow(/already running/);

		expect(readRunState(dataDir)).toEqual(owner);
		const { data, error } = await clientFor(null).from('business_model_patterns').select('id').limit(1);
		expect(error).toBeNull();
		expect(data).toHaveLength(1);
	});
});

describe('seed', () => {
	it('ships the 55 business model patterns', async () => {
		expect(await count(db(), 'select count(*) from public.business_model_patterns')).toBe(55);
		const { rows } = await db().query('select min(id) as lo, max(id) as hi from public.business_model_patterns');
		expect(rows[0]).toEqual({ lo: 1, hi: 55 });
	});

	it('ships at least 15 published use cases, each telling who, what, how and why', async () => {
		const { rows } = await db().query<{ slug: string; who: string; what: string; how: string; why: string }>(
			"select slug, who, what, how, why from public.use_cases where status = 'published'"
		);
		expect(rows.length).toBeGreaterThanOrEqual(15);
		const thin = rows.filter((r) => [r.who, r.what, r.how, r.why].some((v) => v.trim() === '')).map((r) => r.slug);
		expect(thin).toEqual([]);
	});
});

describe('database advisor checks', () => {
	it('every table in public has row level security enabled', async () => {
		const { rows } = await db().query<{ relname: string; relrowsecurity: boolean }>(
			`select c.relname, c.relrowsecurity from pg_class c join pg_namespace n on n.oid = c.relnamespace
			 where n.nspname = 'public' and c.relkind in ('r', 'p')`
		);
		expect(rows.length).toBeGreaterThanOrEqual(6);
		expect(rows.filter((r) => !r.relrowsecurity).map((r) => r.relname)).toEqual([]);
	});

	it('every security definer function in public and private pins its search_path', async () => {
		const { rows } = await db().query<{ name: string; proconfig: string[] | null }>(
			`select n.nspname || '.' || p.proname as name, p.proconfig
			 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
			 where n.nspname in ('public', 'private') and p.prosecdef`
		);
		expect(rows.length).toBeGreaterThan(0); // private.is_organization_member and _publisher
		const unpinned = rows.filter((r) => !(r.proconfig ?? []).some((c) => c.startsWith('search_path='))).map((r) => r.name);
		expect(unpinned).toEqual([]);
	});

	it('anon cannot execute any security definer function in public', async () => {
		const { rows } = await db().query<{ name: string }>(
			`select p.oid::regprocedure::text as name
			 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
			 where n.nspname = 'public' and p.prosecdef and has_function_privilege('anon', p.oid, 'execute')`
		);
		expect(rows.map((r) => r.name)).toEqual([]);
	});

	it('anon cannot execute the security definer membership checks in private either', async () => {
		const { rows } = await db().query<{ name: string; anon: boolean }>(
			`select p.oid::regprocedure::text as name, has_function_privilege('anon', p.oid, 'execute') as anon
			 from pg_proc p join pg_namespace n on n.oid = p.pronamespace
			 where n.nspname = 'private' and p.prosecdef`
		);
		expect(rows.map((r) => r.name)).toContain('private.is_organization_publisher(uuid)');
		expect(rows.filter((r) => r.anon).map((r) => r.name)).toEqual([]);
	});

	it('no view in public exposes auth.users', async () => {
		const { rows } = await db().query<{ view: string }>(
			`select distinct v.relname as view
			 from pg_depend d
			 join pg_rewrite r on r.oid = d.objid
			 join pg_class v on v.oid = r.ev_class
			 join pg_namespace n on n.oid = v.relnamespace
			 where n.nspname = 'public' and v.relkind in ('v', 'm') and d.refobjid = 'auth.users'::regclass`
		);
		expect(rows).toEqual([]);
	});
});
