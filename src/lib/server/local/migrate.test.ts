import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listMigrations } from './migrate';

let dir: string;
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('listMigrations', () => {
	it('orders migrations by timestamp as the Supabase CLI does', async () => {
		dir = await mkdtemp(join(tmpdir(), 'migrations-'));
		for (const f of ['20260102000000_b.sql', '20260101000000_a.sql', 'README.md']) await writeFile(join(dir, f), '');
		expect((await listMigrations(dir)).map((m) => [m.version, m.name])).toEqual([
			['20260101000000', 'a'],
			['20260102000000', 'b']
		]);
	});

	it('refuses a migration file without a timestamp', async () => {
		dir = await mkdtemp(join(tmpdir(), 'migrations-'));
		await writeFile(join(dir, 'add_things.sql'), '');
		await expect(listMigrations(dir)).rejects.toThrow(/<timestamp>_<name>\.sql/);
	});

	it('lists the project migrations in order', async () => {
		dir = await mkdtemp(join(tmpdir(), 'unused-'));
		const versions = (await listMigrations('supabase/migrations')).map((m) => m.version);
		expect(versions.length).toBeGreaterThan(0);
		expect([...versions].sort()).toEqual(versions);
	});
});
