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
	/** Appends one batch per room; returns how many batches each room now has since its snapshot. */
	append(batches: Map<string, Uint8Array>): Promise<Map<string, number>>;
	/** Replaces the room's stored batches with one snapshot of the given state. */
	compact(room: string, state: Uint8Array): Promise<void>;
}

export class MemoryStore implements DocumentStore {
	private rooms = new Map<string, { snapshot: Uint8Array | null; batches: Uint8Array[] }>();

	async load(room: string) {
		const stored = this.rooms.get(room);
		if (!stored) return null;
		const parts = [...(stored.snapshot ? [stored.snapshot] : []), ...stored.batches];
		return parts.length ? Y.mergeUpdates(parts) : null;
	}

	async append(batches: Map<string, Uint8Array>) {
		const counts = new Map<string, number>();
		for (const [room, update] of batches) {
			const stored = this.rooms.get(room) ?? { snapshot: null, batches: [] };
			stored.batches.push(update);
			this.rooms.set(room, stored);
			counts.set(room, stored.batches.length);
		}
		return counts;
	}

	async compact(room: string, state: Uint8Array) {
		this.rooms.set(room, { snapshot: state, batches: [] });
	}
}

export class PostgresStore implements DocumentStore {
	constructor(private pool: pg.Pool) {}

	async load(room: string) {
		const snapshot = await this.pool.query<{ state: Buffer; last_update_id: string }>(
			'select state, last_update_id from collab.snapshots where room = $1',
			[room]
		);
		const after = snapshot.rows[0]?.last_update_id ?? '0';
		const batches = await this.pool.query<{ data: Buffer }>(
			'select data from collab.updates where room = $1 and id > $2 order by id',
			[room, after]
		);
		const parts = [...snapshot.rows.map((r) => r.state), ...batches.rows.map((r) => r.data)].map((b) => new Uint8Array(b));
		return parts.length ? Y.mergeUpdates(parts) : null;
	}

	async append(batches: Map<string, Uint8Array>) {
		const rooms = [...batches.keys()];
		// One statement for every room's batch: one round trip per tick, whatever the load.
		const { rows } = await this.pool.query<{ room: string; batches: string }>(
			`with added as (
			   insert into collab.updates (room, data)
			   select * from unnest($1::text[], $2::bytea[])
			   returning room
			 )
			 select u.room, count(*)::text as batches
			 from collab.updates u
			 left join collab.snapshots s on s.room = u.room
			 where u.room = any($1::text[]) and u.id > coalesce(s.last_update_id, 0)
			 group by u.room`,
			[rooms, rooms.map((r) => Buffer.from(batches.get(r)!))]
		);
		// The count reads the table as it was before this statement; add the new batch.
		const counts = new Map(rooms.map((r) => [r, 1]));
		for (const row of rows) counts.set(row.room, Number(row.batches) + 1);
		return counts;
	}

	async compact(room: string, state: Uint8Array) {
		const client = await this.pool.connect();
		try {
			await client.query('begin');
			// The state covers every batch stored so far: the caller's document holds them all.
			const { rows } = await client.query<{ last: string | null }>(
				'select max(id)::text as last from collab.updates where room = $1',
				[room]
			);
			const last = rows[0].last;
			await client.query(
				`insert into collab.snapshots (room, state, last_update_id, updated_at) values ($1, $2, coalesce($3::bigint, 0), now())
				 on conflict (room) do update set state = excluded.state,
				   last_update_id = greatest(collab.snapshots.last_update_id, excluded.last_update_id), updated_at = now()`,
				[room, Buffer.from(state), last]
			);
			if (last) await client.query('delete from collab.updates where room = $1 and id <= $2', [room, last]);
			await client.query('commit');
		} catch (error) {
			await client.query('rollback').catch(() => {});
			throw error;
		} finally {
			client.release();
		}
	}
}
