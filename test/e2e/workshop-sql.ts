/**
 * Direct SQL on the e2e app's own database, for what a test must set up that
 * no page writes yet (the realtime server's note projection, a stored
 * outcome). Reads the address as `npm run status` does, from the e2e data folder.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { readRunState } from '../../src/lib/server/local/run-state.ts';
import type { LocalSecrets } from '../../src/lib/server/local/secrets.ts';

export async function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
	const dataDir = String(process.env.E2E_DATA_DIR);
	const state = readRunState(dataDir);
	if (!state) throw new Error(`no app running on ${dataDir}`);
	const secrets = JSON.parse(readFileSync(join(dataDir, 'secrets.json'), 'utf8')) as LocalSecrets;
	const client = new pg.Client({ host: '127.0.0.1', port: state.postgresPort, user: 'postgres', password: secrets.postgresPassword, database: 'postgres' });
	await client.connect();
	try {
		return (await client.query<T>(text, values)).rows;
	} finally {
		await client.end();
	}
}

/** The first canvas of a workshop (a new workshop has one). */
export async function firstCanvas(workshopId: string): Promise<string> {
	const rows = await sql<{ id: string }>('select id from public.canvases where workshop_id = $1 order by position limit 1', [workshopId]);
	return rows[0].id;
}

/** Notes as the realtime server projects them (public.canvas_notes). */
export async function projectNotes(canvasId: string, notes: { id: string; text: string; dimension?: string; y?: number }[]) {
	for (const [i, n] of notes.entries()) {
		await sql(
			`insert into public.canvas_notes (canvas_id, note_id, text, dimension, x, y) values ($1, $2, $3, $4, 0, $5)`,
			[canvasId, n.id, n.text, n.dimension ?? null, n.y ?? i * 100]
		);
	}
}

/** A stored outcome (public.outcomes.content), as the outcome room's projection writes it. */
export async function storeOutcome(workshopId: string, content: unknown) {
	await sql(
		`insert into public.outcomes (workshop_id, content) values ($1, $2)
		 on conflict (workshop_id) do update set content = excluded.content`,
		[workshopId, JSON.stringify(content)]
	);
}
