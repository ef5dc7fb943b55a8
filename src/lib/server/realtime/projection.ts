import type pg from 'pg';
import { projectNotes } from '../../canvas/projection.ts';
import { projectOutcome } from '../../outcome/document.ts';
import type { RoomKind } from '../../realtime/rooms.ts';
import type { Room } from './room.ts';

/** The kinds of room with a plain-JSON projection: a canvas's notes, a workshop's outcome. */
export const isProjected = (kind: RoomKind) => kind === 'canvas' || kind === 'outcome';

/** Writes a room's plain-JSON projection; the server calls it at most once per interval per room. */
export interface Projection {
	write(room: Room): Promise<void>;
	/** The room is unloaded: drop what is kept about it. */
	forget(room: string): void;
}

/**
 * One write per room at a time: a write asked for while one runs waits for it
 * and then reads the document as it is then, and every caller in between
 * shares that one write. `writeNow` returns the JSON it wrote, or null when it
 * wrote nothing; the next write with the same JSON is skipped.
 */
function serialWrites(project: (room: Room) => string | null, store: (room: Room, json: string) => Promise<void>): Projection {
	const last = new Map<string, string>();
	const running = new Map<string, Promise<void>>();
	const queued = new Map<string, Promise<void>>();

	async function writeNow(room: Room) {
		const json = project(room);
		if (json === null || last.get(room.name) === json) return;
		await store(room, json);
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

/**
 * Keeps public.canvas_notes equal to a canvas's notes: upserts every note,
 * deletes the ones gone, in one transaction. Skips the write when nothing
 * changed since the last one.
 */
export function notesProjector(pool: pg.Pool): Projection {
	return serialWrites(
		(room) => (room.kind === 'canvas' ? JSON.stringify(projectNotes(room.doc)) : null),
		async (room, json) => {
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
				[room.id, json]
			);
		}
	);
}

/**
 * Keeps public.outcomes.content equal to a workshop's outcome document
 * (src/lib/outcome/document.ts): one upsert, which leaves the row alone when
 * the content is already the same (a restart projecting an unchanged room).
 */
export function outcomeProjector(pool: pg.Pool): Projection {
	return serialWrites(
		(room) => (room.kind === 'outcome' ? JSON.stringify(projectOutcome(room.doc)) : null),
		async (room, json) => {
			await pool.query(
				`insert into public.outcomes (workshop_id, content, updated_at) values ($1, $2::jsonb, now())
				 on conflict (workshop_id) do update set content = excluded.content, updated_at = now()
				 where public.outcomes.content is distinct from excluded.content`,
				[room.id, json]
			);
		}
	);
}

/** Routes each room to the projection of its kind. */
export function projections(byKind: Partial<Record<RoomKind, Projection>>): Projection {
	return {
		write: (room) => byKind[room.kind]?.write(room) ?? Promise.resolve(),
		forget(name) {
			for (const projection of Object.values(byKind)) projection.forget(name);
		}
	};
}
