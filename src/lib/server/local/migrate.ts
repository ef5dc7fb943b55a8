import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type pg from 'pg';

export interface MigrationFile {
	version: string;
	name: string;
	path: string;
}

const MIGRATION_NAME = /^(\d+)_(.+)\.sql$/;

/** Lists supabase/migrations in the order the Supabase CLI applies them. */
export async function listMigrations(dir: string): Promise<MigrationFile[]> {
	const files = (await readdir(dir)).filter((f) => f.endsWith('.sql')).sort();
	return files.map((file) => {
		const match = MIGRATION_NAME.exec(file);
		if (!match) throw new Error(`Migration ${file} must be named <timestamp>_<name>.sql`);
		return { version: match[1], name: match[2], path: join(dir, file) };
	});
}

export interface MigrateResult {
	applied: string[];
	seeded: boolean;
}

/**
 * Applies the shim, then every migration not yet recorded in
 * supabase_migrations.schema_migrations, each in its own transaction. On a new
 * database all migrations and the seed run in one transaction, so a failed
 * first start leaves nothing half-made behind.
 */
export async function migrate(
	client: pg.Client,
	supabaseDir: string,
	options: { authenticatorPassword: string }
): Promise<MigrateResult> {
	await client.query(await readFile(join(supabaseDir, 'local', 'shim.sql'), 'utf8'));
	await client.query(`alter role authenticator with login password ${client.escapeLiteral(options.authenticatorPassword)}`);

	const done = new Set(
		(await client.query<{ version: string }>('select version from supabase_migrations.schema_migrations')).rows.map(
			(r) => r.version
		)
	);
	const fresh = done.size === 0;
	const pending = (await listMigrations(join(supabaseDir, 'migrations'))).filter((m) => !done.has(m.version));
	const applied: string[] = [];
	let seeded = false;

	const apply = async (m: MigrationFile) => {
		const sql = await readFile(m.path, 'utf8');
		try {
			await client.query(sql);
		} catch (error) {
			throw new Error(`Migration ${m.version}_${m.name} failed: ${(error as Error).message}`);
		}
		await client.query('insert into supabase_migrations.schema_migrations (version, name, statements) values ($1, $2, $3)', [
			m.version,
			m.name,
			[sql]
		]);
		applied.push(`${m.version}_${m.name}`);
	};

	if (fresh) {
		await client.query('begin');
		try {
			for (const m of pending) await apply(m);
			const seed = await readFile(join(supabaseDir, 'seed.sql'), 'utf8').catch(() => null);
			if (seed !== null) {
				await client.query(seed).catch((error: Error) => {
					throw new Error(`supabase/seed.sql failed: ${error.message}`);
				});
				seeded = true;
			}
			await client.query('commit');
		} catch (error) {
			await client.query('rollback');
			throw error;
		}
	} else {
		for (const m of pending) {
			await client.query('begin');
			try {
				await apply(m);
				await client.query('commit');
			} catch (error) {
				await client.query('rollback');
				throw error;
			}
		}
	}
	if (applied.length > 0) await client.query(`notify pgrst, 'reload schema'`);
	return { applied, seeded };
}
