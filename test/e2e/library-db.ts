/**
 * Fixtures for the library's end-to-end tests, written as the superuser into
 * the database of the app under test (its data folder is E2E_DATA_DIR): what
 * no page of this part makes (replication records, a membership, many drafts).
 * The pages themselves are driven only through the browser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { readRunState } from '../../src/lib/server/local/run-state';

export async function withDb<T>(work: (db: pg.Client) => Promise<T>): Promise<T> {
	const dataDir = process.env.E2E_DATA_DIR;
	if (!dataDir) throw new Error('E2E_DATA_DIR is not set (playwright.config.ts sets it)');
	const state = readRunState(dataDir);
	if (!state) throw new Error(`no running app in ${dataDir}`);
	const { postgresPassword } = JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8')) as { postgresPassword: string };
	const db = new pg.Client({ connectionString: `postgresql://postgres:${encodeURIComponent(postgresPassword)}@127.0.0.1:${state.postgresPort}/postgres` });
	await db.connect();
	try {
		return await work(db);
	} finally {
		await db.end();
	}
}
