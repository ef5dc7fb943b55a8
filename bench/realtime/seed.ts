/**
 * People, workshops and canvases for the benchmark, written as the superuser
 * (set-up, not what is measured), and real tokens signed with the stack's JWT
 * secret: our server verifies each one and asks PostgREST, as that person,
 * whether they are a member.
 */
import type pg from 'pg';
import { canvasRoom } from '../../src/lib/realtime/rooms.ts';
import { signToken } from '../../src/lib/server/jwt.ts';

export interface BenchUser {
	id: string;
	token: string;
}

export interface BenchRoom {
	/** The realtime room name, canvas:<id>. */
	name: string;
	workshopId: string;
	/** members[0] created the workshop (facilitator); the rest are participants. */
	members: BenchUser[];
}

export class Fixtures {
	private users: BenchUser[] = [];

	constructor(
		private pool: pg.Pool,
		private jwtSecret: string
	) {}

	private async ensureUsers(count: number) {
		const missing = count - this.users.length;
		if (missing <= 0) return;
		const { rows } = await this.pool.query<{ id: string }>(
			`insert into auth.users (email, is_anonymous)
			 select 'bench-' || gen_random_uuid() || '@example.test', false from generate_series(1, $1)
			 returning id`,
			[missing]
		);
		for (const { id } of rows) {
			const token = await signToken({ sub: id, role: 'authenticated', aud: 'authenticated', is_anonymous: false }, this.jwtSecret, 6 * 3600);
			this.users.push({ id, token });
		}
	}

	/** `count` fresh workshops of `size` members, one canvas each: fresh documents for every run. */
	async rooms(count: number, size: number): Promise<BenchRoom[]> {
		await this.ensureUsers(size);
		const members = this.users.slice(0, size);
		const facilitator = members[0].id;
		const { rows: workshops } = await this.pool.query<{ id: string }>(
			`insert into public.workshops (title, created_by)
			 select 'Benchmark workshop ' || g, $1::uuid from generate_series(1, $2) g
			 returning id`,
			[facilitator, count]
		);
		const ids = workshops.map((w) => w.id);
		// The creator is already facilitator (trigger); everyone else takes part.
		await this.pool.query(
			`insert into public.workshop_members (workshop_id, user_id, role, stakeholder, display_name)
			 select w, u, 'participant', 'citizen', 'Benchmark participant'
			 from unnest($1::uuid[]) w cross join unnest($2::uuid[]) u`,
			[ids, members.slice(1).map((m) => m.id)]
		);
		const { rows: canvases } = await this.pool.query<{ id: string; workshop_id: string }>(
			`insert into public.canvases (workshop_id, template, title)
			 select w, 'blank', 'Benchmark canvas' from unnest($1::uuid[]) w
			 returning id, workshop_id`,
			[ids]
		);
		return canvases.map((c) => ({ name: canvasRoom(c.id), workshopId: c.workshop_id, members }));
	}
}
