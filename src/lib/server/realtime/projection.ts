import type pg from 'pg';
import { projectNotes } from '../../canvas/projection.ts';
import type { Room } from './room.ts';

/** Writes a room's plain-JSON projection; the server calls it at most once per interval per room. */
export interface Projection {
	write(room: Room): Promise<void>;
	/** The room is unloaded: drop what is kept about it. */
	forget(room: string): void;
}

/**
 * Keeps public.canvas_notes equal to a canvas's notes: upserts every note,
 * deletes the ones gone, in one transaction. Skips the write when nothing
 * changed since the last one. One write per room at a time: a write asked for
 * while one runs waits for it and then reads the document as it is then, and
 * every caller in between shares that one write.
 */
export function notesProjector(pool: pg.Pool): Projection {
	const last = new Map<string, string>();
	const running = new Map<string, Promise<void>>();
	const queued = new Map<string, Promise<void>>();

	async function writeNow(room: Room) {
		if (room.kind !== 'canvas') return;
		const canvasId = room.id;
		const json = JSON.stringify(projectNotes(room.doc));
		if (last.get(room.name) === json) return;
		await pool.query(
			`with incoming as (
			   select * from jsonb_to_recordset($2::jsonb) as n(id text, text text, block text, dimension text,
			     author text, stakeholder text, cluster text, "useCases" text[], x float8, y float8)
			 ), removed as (
			   delete from public.canvas_notes c where c.canvas_id = $1
			   and not exists (select 1 from incoming i where i.id = c.note_id)
			 )
			 insert into public.canvas_notes (canvas_id, note_id, text, block, dimension, author, stakeholder, cluster, use_cases, x, y, updated_at)
			 select $1, id, coalesce(text, ''), block,
			   case when dimension in ('who', 'what', 'how', 'why') then dimension end,
			   case when author ~ '^[0-9a-f-]{36}$' then author::uuid end,
			   stakeholder, cluster, coalesce("useCases", '{}'), coalesce(x, 0), coalesce(y, 0), now()
			 from incoming
			 on conflict (canvas_id, note_id) do update set text = excluded.text, block = excluded.block,
			   dimension = excluded.dimension, author = excluded.author, stakeholder = excluded.stakeholder,
			   cluster = excluded.cluster, use_cases = excluded.use_cases, x = excluded.x, y = excluded.y, updated_at = now()`,
			[canvasId, json]
		);
		last.set(room.name, json);
	}

	return {
		write(room) {
			const waiting = queued.get(room.name);
			if (waiting) return waiting;
			const next = (running.get(room.name) ?? Promise.resolve())
				.catch(() => {})
				.then(() => {
					queued.delete(room.name);
					const write = writeNow(room);
					running.set(room.name, write);
					return write.finally(() => {
						if (running.get(room.name) === write) running.delete(room.name);
					});
				});
			queued.set(room.name, next);
			return next;
		},
		forget(name) {
			last.delete(name);
		}
	};
}
