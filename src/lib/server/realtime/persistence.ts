import type pg from 'pg';
import * as Y from 'yjs';

/**
 * Where rooms' documents live. The server buffers updates and hands them over
 * in batches; a store makes them durable, loads a room from its snapshot plus
 * the batches after it, and compacts. Two implementations share one contract
 * test: in memory (tests) and Postgres (everything else).
 */
export interface DocumentStore {
	/** The room's whole state as one update, or null for a room never stored. */
	load(room: string): Promise<Uint8Array | null>;
	/** Appends one batch per room; returns, per room, its batches since its snapshot and the new batch's id. */
	append(batches: Map<string, Uint8Array>): Promise<Map<string, Appended>>;
	/**
	 * Replaces the room's batches up to `upTo` (a batch id from append) with one
	 * snapshot of the given state, which must cover them all. Batches after it
	 * stay: appends may run while a room is compacted.
	 */
	compact(room: string, state: Uint8Array, upTo: string): Promise<void>;
}

export interface Appended {
	/** Batches stored for the room since its snapshot, this one included. */
	batches: number;
	/** The id of the batch just stored (ids grow with every append). */
	id: string;
}

export class MemoryStore implements DocumentStore {
	private rooms = new Map<string, { snapshot: Uint8Array | null; batches: { id: number; data: Uint8Array }[] }>();
	private lastId = 0;

	async load(room: string) {
		const stored = this.rooms.get(room);
		if (!stored) return null;
		const parts = [...(stored.snapshot ? [stored.snapshot] : []), ...stored.batches.map((b) => b.data)];
		return parts.length ? Y.mergeUpdates(parts) : null;
	}

	async append(batches: Map<string, Uint8Array>) {
		const appended = new Map<string, Appended>();
		for (const [room, data] of batches) {
			const stored = this.rooms.get(room) ?? { snapshot: null, batches: [] };
			const id = ++this.lastId;
			stored.batches.push({ id, data });
			this.rooms.set(room, stored);
			appended.set(room, { batches: stored.batches.length, id: String(id) });
		}
		return appended;
	}

	async compact(room: string, state: Uint8Array, upTo: string) {
		const batches = (this.rooms.get(room)?.batches ?? []).filter((b) => b.id > Number(upTo));
		this.rooms.set(room, { snapshot: state, batches });
	}
}

export class PostgresStore implements DocumentStore {
	/** Loads go to `readPool` when given: a wave of room loads must not queue ahead of appends (the durability promise). */
	constructor(
		private pool: pg.Pool,
		private readPool: pg.Pool = pool
	) {}

	async load(room: string) {
		// One statement, so a compaction committing in between cannot hide batches
		// (snapshot read before it, batches after it: both would miss them).
		const { rows } = await this.readPool.query<{ data: Buffer }>(
			`with s as (select state, last_update_id from collab.snapshots where room = $1)
			 select data from (
			   select 0 as part, 0::bigint as id, state as data from s
			   union all
			   select 1, u.id, u.data from collab.updates u
			   where u.room = $1 and u.id > coalesce((select last_update_id from s), 0)
			 ) parts order by part, id`,
			[room]
		);
		const parts = rows.map((r) => new Uint8Array(r.data));
		return parts.length ? Y.mergeUpdates(parts) : null;
	}

	async append(batches: Map<string, Uint8Array>) {
		const rooms = [...batches.keys()];
		// One statement for every room's batch: one round trip per tick, whatever the load.
		const { rows } = await this.pool.query<{ room: string; id: string; batches: string }>(
			`with added as (
			   insert into collab.updates (room, data)
			   select * from unnest($1::text[], $2::bytea[])
			   returning room, id
			 ), before as (
			   select u.room, count(*) as batches
			   from collab.updates u
			   left join collab.snapshots s on s.room = u.room
			   where u.room = any($1::text[]) and u.id > coalesce(s.last_update_id, 0)
			   group by u.room
			 )
			 select a.room, a.id::text, coalesce(b.batches, 0)::text as batches
			 from added a left join before b on b.room = a.room`,
			[rooms, rooms.map((r) => Buffer.from(batches.get(r)!))]
		);
		// The count reads the table as it was before this statement; add the new batch.
		return new Map(rows.map((row) => [row.room, { batches: Number(row.batches) + 1, id: row.id }]));
	}

	async compact(room: string, state: Uint8Array, upTo: string) {
		const client = await this.pool.connect();
		try {
			await client.query('begin');
			await client.query(
				`insert into collab.snapshots (room, state, last_update_id, updated_at) values ($1, $2, $3::bigint, now())
				 on conflict (room) do update set state = excluded.state,
				   last_update_id = greatest(collab.snapshots.last_update_id, excluded.last_update_id), updated_at = now()`,
				[room, Buffer.from(state), upTo]
			);
			await client.query('delete from collab.updates where room = $1 and id <= $2', [room, upTo]);
			await client.query('commit');
		} catch (error) {
			await client.query('rollback').catch(() => {});
			throw error;
		} finally {
			client.release();
		}
	}
}
