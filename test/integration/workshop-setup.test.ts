/**
 * Setting up and running a workshop, as the browser does it: create_workshop,
 * join_workshop's capacity and closed rules, keeping a facilitator, and
 * collab_access (what the realtime server admits with), all through
 * supabase-js against the real PostgREST and database. The service role (or
 * superuser SQL) only changes fixtures and checks what really is in the tables.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { clientFor, closeDb, createUser, db, type TestUser } from './helpers';
import { waitFor } from './realtime-helpers';

afterAll(closeDb);

interface CanvasInput {
	template: string;
	title: string;
}

/** A title no other test uses, so "no workshop with this title" means exactly this attempt. */
const uniqueTitle = (what: string) => `${what} ${randomUUID().slice(0, 8)}`;

const service = () => clientFor(inject('serviceRoleKey'));

const create = (
	token: string | null,
	{
		title = uniqueTitle('Workshop setup test'),
		host = 'City of Sofia',
		purpose = 'Co-create a mobility data service',
		held_on = '2026-12-03' as string | null,
		canvases = [{ template: 'business-model-canvas', title: 'Business model' }] as CanvasInput[] | unknown
	} = {}
) => clientFor(token).rpc('create_workshop', { title, host, purpose, held_on, canvases });

/** Workshops with this title, as the service role sees them (RLS bypassed). */
async function workshopsTitled(title: string) {
	const { data, error } = await service().from('workshops').select('id').eq('title', title);
	expect(error).toBeNull();
	return data!;
}

/** A workshop created by `creator` through the rpc, with `canvasCount` blank canvases. */
async function createdBy(creator: TestUser, canvasCount = 1) {
	const title = uniqueTitle('Workshop');
	const canvases = Array.from({ length: canvasCount }, (_, i) => ({ template: 'blank', title: `Canvas ${i + 1}` }));
	const { data, error } = await create(creator.token, { title, canvases });
	expect(error).toBeNull();
	const id = data as string;
	const { data: row } = await service().from('workshops').select('join_code').eq('id', id).single();
	const { data: canvasRows } = await service().from('canvases').select('id').eq('workshop_id', id).order('position');
	return { id, code: (row as { join_code: string }).join_code, canvases: (canvasRows ?? []).map((c) => c.id as string) };
}

const join = (token: string, code: string, display_name = 'Ana', stakeholder = 'citizen') =>
	clientFor(token).rpc('join_workshop', { code, display_name, stakeholder });

async function membersOf(workshopId: string) {
	const { rows } = await db().query<{ user_id: string; role: string }>(
		'select user_id, role from public.workshop_members where workshop_id = $1 order by joined_at, user_id',
		[workshopId]
	);
	return rows;
}

async function roleOf(workshopId: string, userId: string) {
	const { rows } = await db().query<{ role: string }>(
		'select role from public.workshop_members where workshop_id = $1 and user_id = $2',
		[workshopId, userId]
	);
	return rows[0]?.role ?? null;
}

describe('create_workshop', () => {
	it('creates the workshop, its canvases in order, and makes the creator its facilitator', async () => {
		const person = await createUser('email');
		const title = uniqueTitle('Smart parking co-creation');
		const canvases = [
			{ template: 'business-model-canvas', title: 'Business model' },
			{ template: 'magic-triangle', title: '  Magic triangle  ' },
			{ template: 'multi-sided-market', title: 'Market sides' }
		];
		const { data: id, error } = await create(person.token, {
			title: `  ${title}  `,
			host: ' City of Oulu ',
			purpose: 'Find a sustainable model for parking data',
			held_on: '2026-12-03',
			canvases
		});
		expect(error).toBeNull();
		expect(id).toMatch(/^[0-9a-f-]{36}$/);

		// What the creator reads back through the API, as the workshop page does.
		const me = clientFor(person.token);
		const workshop = await me.from('workshops').select('title, host, purpose, held_on, status, created_by, join_code').eq('id', id).single();
		expect(workshop.error).toBeNull();
		expect(workshop.data).toMatchObject({
			title,
			host: 'City of Oulu',
			purpose: 'Find a sustainable model for parking data',
			held_on: '2026-12-03',
			status: 'open',
			created_by: person.id
		});
		expect(workshop.data!.join_code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);

		const listed = await me.from('canvases').select('template, title, position, locked').eq('workshop_id', id).order('position');
		expect(listed.error).toBeNull();
		expect(listed.data).toEqual([
			{ template: 'business-model-canvas', title: 'Business model', position: 0, locked: false },
			{ template: 'magic-triangle', title: 'Magic triangle', position: 1, locked: false },
			{ template: 'multi-sided-market', title: 'Market sides', position: 2, locked: false }
		]);

		expect(await membersOf(id as string)).toEqual([{ user_id: person.id, role: 'facilitator' }]);
	});

	it('accepts a workshop without a date and with no canvases yet', async () => {
		const person = await createUser('email');
		const title = uniqueTitle('Undated');
		const { data: id, error } = await create(person.token, { title, held_on: null, canvases: [] });
		expect(error).toBeNull();
		const { data } = await service().from('workshops').select('held_on').eq('id', id).single();
		expect(data).toEqual({ held_on: null });
		expect((await db().query('select 1 from public.canvases where workshop_id = $1', [id])).rowCount).toBe(0);
	});

	it('refuses an anonymous person and leaves nothing behind', async () => {
		const person = await createUser('anonymous');
		const title = uniqueTitle('Anonymous attempt');
		const { data, error } = await create(person.token, { title });
		expect(data).toBeNull();
		expect(error?.code).toBe('42501');
		expect(await workshopsTitled(title)).toEqual([]);
		expect((await db().query('select 1 from public.workshop_members where user_id = $1', [person.id])).rowCount).toBe(0);
	});

	it('refuses someone who is not signed in', async () => {
		const title = uniqueTitle('Visitor attempt');
		const { data, error } = await create(null, { title });
		expect(data).toBeNull();
		expect(error).not.toBeNull();
		expect(await workshopsTitled(title)).toEqual([]);
	});

	it('an unknown template anywhere in the list leaves no workshop and no canvases behind', async () => {
		const person = await createUser('email');
		const title = uniqueTitle('Half-made workshop');
		const { data, error } = await create(person.token, {
			title,
			canvases: [
				{ template: 'business-model-canvas', title: 'Fine' },
				{ template: 'blank', title: 'Also fine' },
				{ template: 'kanban', title: 'Not a template' }
			]
		});
		expect(data).toBeNull();
		expect(error).not.toBeNull();
		expect(await workshopsTitled(title)).toEqual([]);
		const { rows } = await db().query('select 1 from public.workshops where created_by = $1', [person.id]);
		expect(rows).toEqual([]);
		expect((await db().query('select 1 from public.workshop_members where user_id = $1', [person.id])).rowCount).toBe(0);
	});

	it('a canvas without a title also leaves nothing behind', async () => {
		const person = await createUser('email');
		const title = uniqueTitle('Untitled canvas');
		const { error } = await create(person.token, { title, canvases: [{ template: 'blank', title: 'One' }, { template: 'blank' }] });
		expect(error).not.toBeNull();
		expect(await workshopsTitled(title)).toEqual([]);
	});

	it('allows 12 canvases and refuses 13, creating nothing', async () => {
		const person = await createUser('email');
		const list = (n: number) => Array.from({ length: n }, (_, i) => ({ template: 'blank', title: `Table ${i + 1}` }));

		const twelve = uniqueTitle('Twelve tables');
		const ok = await create(person.token, { title: twelve, canvases: list(12) });
		expect(ok.error).toBeNull();
		const { rows } = await db().query<{ position: number }>(
			'select position from public.canvases where workshop_id = $1 order by position',
			[ok.data]
		);
		expect(rows.map((r) => r.position)).toEqual([...Array(12).keys()]);

		const thirteen = uniqueTitle('Thirteen tables');
		const refused = await create(person.token, { title: thirteen, canvases: list(13) });
		expect(refused.data).toBeNull();
		expect(refused.error?.code).toBe('22023');
		expect(refused.error?.message).toMatch(/12/);
		expect(await workshopsTitled(thirteen)).toEqual([]);
	});

	it('refuses canvases that are not a list', async () => {
		const person = await createUser('email');
		const title = uniqueTitle('Not a list');
		const { error } = await create(person.token, { title, canvases: { template: 'blank', title: 'One' } });
		expect(error?.code).toBe('22023');
		expect(await workshopsTitled(title)).toEqual([]);
	});
});

describe('join_workshop: capacity and closed workshops', () => {
	const setWorkshop = async (id: string, change: Record<string, unknown>) => {
		const { error } = await service().from('workshops').update(change).eq('id', id);
		expect(error).toBeNull();
	};

	it('lets people in up to the capacity (the creator counts), then says it is full; those inside may come back', async () => {
		const creator = await createUser('email');
		const w = await createdBy(creator);
		await setWorkshop(w.id, { capacity: 2 });
		const [second, third] = await Promise.all([createUser('anonymous'), createUser('anonymous')]);

		expect(await join(second.token, w.code, 'Second')).toMatchObject({ data: w.id, error: null });
		const full = await join(third.token, w.code, 'Third');
		expect(full.data).toBeNull();
		expect(full.error?.code).toBe('53300');
		expect(full.error?.message).toMatch(/full/);
		expect(await roleOf(w.id, third.id)).toBeNull();

		// Someone already inside rejoining (a reload, a second device) is not turned away.
		expect(await join(second.token, w.code, 'Second again')).toMatchObject({ data: w.id, error: null });
		expect(await join(creator.token, w.code, 'Creator')).toMatchObject({ data: w.id, error: null });
		expect((await membersOf(w.id)).map((m) => m.user_id).sort()).toEqual([creator.id, second.id].sort());

		// Raising the capacity lets the next person in.
		await setWorkshop(w.id, { capacity: 3 });
		expect(await join(third.token, w.code, 'Third')).toMatchObject({ data: w.id, error: null });
		expect(await membersOf(w.id)).toHaveLength(3);
	});

	it('never lets more people in than the capacity, even when they all join at the same moment', async () => {
		const creator = await createUser('email');
		const w = await createdBy(creator);
		await setWorkshop(w.id, { capacity: 2 });
		const people = await Promise.all(Array.from({ length: 4 }, () => createUser('anonymous')));

		// Hold every insert into workshop_members, so all four joins have read the
		// member count before any of them can add a row: a real race, made certain.
		const blocker = await db().connect();
		let results;
		try {
			await blocker.query('begin');
			await blocker.query('lock table public.workshop_members in share row exclusive mode');
			const pending = Promise.all(people.map((p, i) => join(p.token, w.code, `Person ${i}`)));
			await waitFor(
				async () =>
					(
						await db().query<{ n: number }>(
							`select count(*)::int as n from pg_stat_activity
							 where wait_event_type = 'Lock' and query like '%join_workshop%' and pid <> pg_backend_pid()`
						)
					).rows[0].n === people.length,
				'all four joins to wait'
			);
			await blocker.query('commit');
			results = await pending;
		} finally {
			await blocker.query('rollback').catch(() => {});
			blocker.release();
		}
		const admitted = results.filter((r) => r.error === null);
		expect(admitted.map((r) => r.data)).toEqual([w.id]);
		expect(results.filter((r) => r.error !== null).map((r) => r.error?.code)).toEqual(['53300', '53300', '53300']);
		expect(await membersOf(w.id)).toHaveLength(2);
	});

	it('a member of a closed workshop gets back in; a newcomer is told it is closed', async () => {
		const creator = await createUser('email');
		const w = await createdBy(creator);
		const [member, newcomer] = await Promise.all([createUser('anonymous'), createUser('anonymous')]);
		expect(await join(member.token, w.code, 'Member')).toMatchObject({ data: w.id, error: null });
		await setWorkshop(w.id, { status: 'closed' });

		expect(await join(member.token, w.code, 'Member')).toMatchObject({ data: w.id, error: null });
		const closed = await join(newcomer.token, w.code, 'Newcomer');
		expect(closed.data).toBeNull();
		expect(closed.error?.code).toBe('55000');
		expect(closed.error?.message).toMatch(/closed/);
		expect(await roleOf(w.id, newcomer.id)).toBeNull();
	});

	it('a closed and full workshop says closed to a newcomer, not full', async () => {
		const creator = await createUser('email');
		const w = await createdBy(creator);
		const [member, newcomer] = await Promise.all([createUser('anonymous'), createUser('anonymous')]);
		await setWorkshop(w.id, { capacity: 2 });
		expect(await join(member.token, w.code)).toMatchObject({ data: w.id, error: null });
		await setWorkshop(w.id, { status: 'closed' });
		expect((await join(newcomer.token, w.code)).error?.code).toBe('55000');
	});
});

describe('a workshop always keeps a facilitator', () => {
	/** A workshop created through the rpc, with one participant who joined by code. */
	async function scene() {
		const [facilitator, participant] = await Promise.all([createUser('email'), createUser('anonymous')]);
		const w = await createdBy(facilitator);
		expect(await join(participant.token, w.code, 'Pat')).toMatchObject({ data: w.id, error: null });
		return { w, facilitator, participant };
	}

	it('the only facilitator can neither step down to participant nor leave', async () => {
		const { w, facilitator } = await scene();
		const me = clientFor(facilitator.token);

		const demote = await me
			.from('workshop_members')
			.update({ role: 'participant' })
			.eq('workshop_id', w.id)
			.eq('user_id', facilitator.id)
			.select();
		expect(demote.error).not.toBeNull();
		expect(demote.error?.message).toMatch(/facilitator/);
		expect(await roleOf(w.id, facilitator.id)).toBe('facilitator');

		const observer = await me.from('workshop_members').update({ role: 'observer' }).eq('workshop_id', w.id).eq('user_id', facilitator.id);
		expect(observer.error).not.toBeNull();
		expect(await roleOf(w.id, facilitator.id)).toBe('facilitator');

		const leave = await me.from('workshop_members').delete().eq('workshop_id', w.id).eq('user_id', facilitator.id).select();
		expect(leave.error).not.toBeNull();
		expect(await roleOf(w.id, facilitator.id)).toBe('facilitator');
	});

	it('after promoting someone else, the first facilitator may step down, and then the new one is the last', async () => {
		const { w, facilitator, participant } = await scene();
		const me = clientFor(facilitator.token);

		const promote = await me
			.from('workshop_members')
			.update({ role: 'facilitator' })
			.eq('workshop_id', w.id)
			.eq('user_id', participant.id)
			.select('role');
		expect(promote.error).toBeNull();
		expect(promote.data).toEqual([{ role: 'facilitator' }]);

		const demote = await me
			.from('workshop_members')
			.update({ role: 'participant' })
			.eq('workshop_id', w.id)
			.eq('user_id', facilitator.id)
			.select('role');
		expect(demote.error).toBeNull();
		expect(demote.data).toEqual([{ role: 'participant' }]);
		expect(await roleOf(w.id, facilitator.id)).toBe('participant');

		// Now the promoted person is the only facilitator, and cannot leave either.
		const leave = await clientFor(participant.token).from('workshop_members').delete().eq('workshop_id', w.id).eq('user_id', participant.id);
		expect(leave.error).not.toBeNull();
		expect(await roleOf(w.id, participant.id)).toBe('facilitator');
	});

	it('with two facilitators, one may leave', async () => {
		const { w, facilitator, participant } = await scene();
		const me = clientFor(facilitator.token);
		expect((await me.from('workshop_members').update({ role: 'facilitator' }).eq('workshop_id', w.id).eq('user_id', participant.id)).error).toBeNull();
		const leave = await me.from('workshop_members').delete().eq('workshop_id', w.id).eq('user_id', facilitator.id);
		expect(leave.error).toBeNull();
		expect(await roleOf(w.id, facilitator.id)).toBeNull();
		expect(await roleOf(w.id, participant.id)).toBe('facilitator');
	});

	it('two facilitators stepping down at the same moment still leave one facilitator', async () => {
		const { w, facilitator, participant: second } = await scene();
		const me = clientFor(facilitator.token);
		expect((await me.from('workshop_members').update({ role: 'facilitator' }).eq('workshop_id', w.id).eq('user_id', second.id)).error).toBeNull();

		// The keep-a-facilitator check reads public.workshops: holding that table makes both
		// step-downs wait inside their check, so both run it before either commits.
		const blocker = await db().connect();
		let results;
		try {
			await blocker.query('begin');
			await blocker.query('lock table public.workshops in access exclusive mode');
			const pending = Promise.all(
				[facilitator, second].map((person) =>
					clientFor(person.token).from('workshop_members').update({ role: 'participant' }).eq('workshop_id', w.id).eq('user_id', person.id)
				)
			);
			await waitFor(
				async () =>
					(
						await db().query<{ n: number }>(
							`select count(*)::int as n from pg_stat_activity
							 where wait_event_type = 'Lock' and query like '%workshop_members%' and pid <> pg_backend_pid()`
						)
					).rows[0].n === 2,
				'both step-downs to wait'
			);
			await blocker.query('commit');
			results = await pending;
		} finally {
			await blocker.query('rollback').catch(() => {});
			blocker.release();
		}
		// One of them may step down; the other must be refused.
		expect(results.filter((r) => r.error !== null)).toHaveLength(1);
		expect((await membersOf(w.id)).filter((m) => m.role === 'facilitator')).toHaveLength(1);
	});

	it('a participant may still leave', async () => {
		const { w, participant } = await scene();
		const leave = await clientFor(participant.token).from('workshop_members').delete().eq('workshop_id', w.id).eq('user_id', participant.id);
		expect(leave.error).toBeNull();
		expect(await roleOf(w.id, participant.id)).toBeNull();
	});

	it('the facilitator can still delete the whole workshop, which removes its members and canvases', async () => {
		const { w, facilitator } = await scene();
		const deleted = await clientFor(facilitator.token).from('workshops').delete().eq('id', w.id).select('id');
		expect(deleted.error).toBeNull();
		expect(deleted.data).toEqual([{ id: w.id }]);
		expect((await db().query('select 1 from public.workshops where id = $1', [w.id])).rowCount).toBe(0);
		expect(await membersOf(w.id)).toEqual([]);
		expect((await db().query('select 1 from public.canvases where workshop_id = $1', [w.id])).rowCount).toBe(0);
	});
});

describe('collab_access', () => {
	const access = (token: string, room_kind: string, room_id: string) => clientFor(token).rpc('collab_access', { room_kind, room_id });

	it('tells a member their workshop, the lock and their role, for a canvas and for the session; reflects a lock', async () => {
		const [facilitator, participant] = await Promise.all([createUser('email'), createUser('anonymous')]);
		const w = await createdBy(facilitator, 2);
		expect(await join(participant.token, w.code, 'Pat')).toMatchObject({ data: w.id, error: null });

		expect(await access(participant.token, 'canvas', w.canvases[0])).toMatchObject({
			data: [{ workshop_id: w.id, locked: false, role: 'participant' }],
			error: null
		});
		expect(await access(facilitator.token, 'canvas', w.canvases[1])).toMatchObject({
			data: [{ workshop_id: w.id, locked: false, role: 'facilitator' }],
			error: null
		});
		expect(await access(participant.token, 'session', w.id)).toMatchObject({
			data: [{ workshop_id: w.id, locked: false, role: 'participant' }],
			error: null
		});

		const lock = await clientFor(facilitator.token).from('canvases').update({ locked: true }).eq('id', w.canvases[0]).select('locked');
		expect(lock).toMatchObject({ data: [{ locked: true }], error: null });
		expect((await access(participant.token, 'canvas', w.canvases[0])).data).toEqual([
			{ workshop_id: w.id, locked: true, role: 'participant' }
		]);
		// Only that canvas.
		expect((await access(participant.token, 'canvas', w.canvases[1])).data).toEqual([
			{ workshop_id: w.id, locked: false, role: 'participant' }
		]);
	});

	it('reflects a role change', async () => {
		const [facilitator, participant] = await Promise.all([createUser('email'), createUser('anonymous')]);
		const w = await createdBy(facilitator, 1);
		expect(await join(participant.token, w.code, 'Pat')).toMatchObject({ data: w.id, error: null });
		await clientFor(facilitator.token).from('workshop_members').update({ role: 'observer' }).eq('workshop_id', w.id).eq('user_id', participant.id);
		expect((await access(participant.token, 'canvas', w.canvases[0])).data).toEqual([
			{ workshop_id: w.id, locked: false, role: 'observer' }
		]);
	});

	it('gives no row to a non-member, for an unknown canvas, for another workshop’s canvas, or for a mismatched room kind', async () => {
		const [facilitator, outsider, otherFacilitator] = await Promise.all([createUser('email'), createUser('email'), createUser('email')]);
		const w = await createdBy(facilitator, 1);
		const other = await createdBy(otherFacilitator, 1);

		// Someone who is in no workshop at all.
		expect(await access(outsider.token, 'canvas', w.canvases[0])).toMatchObject({ data: [], error: null });
		expect(await access(outsider.token, 'session', w.id)).toMatchObject({ data: [], error: null });
		// A member, but of another workshop.
		expect(await access(otherFacilitator.token, 'canvas', w.canvases[0])).toMatchObject({ data: [], error: null });
		expect(await access(otherFacilitator.token, 'session', w.id)).toMatchObject({ data: [], error: null });
		expect(await access(facilitator.token, 'canvas', other.canvases[0])).toMatchObject({ data: [], error: null });
		// Things that do not exist, or ids of the wrong kind.
		expect(await access(facilitator.token, 'canvas', randomUUID())).toMatchObject({ data: [], error: null });
		expect(await access(facilitator.token, 'session', randomUUID())).toMatchObject({ data: [], error: null });
		expect(await access(facilitator.token, 'canvas', w.id)).toMatchObject({ data: [], error: null });
		expect(await access(facilitator.token, 'session', w.canvases[0])).toMatchObject({ data: [], error: null });
		expect(await access(facilitator.token, 'kanban', w.id)).toMatchObject({ data: [], error: null });
	});

	it('gives no row once a member is removed, and nothing to someone not signed in', async () => {
		const [facilitator, participant] = await Promise.all([createUser('email'), createUser('anonymous')]);
		const w = await createdBy(facilitator, 1);
		expect(await join(participant.token, w.code, 'Pat')).toMatchObject({ data: w.id, error: null });
		const removed = await clientFor(facilitator.token).from('workshop_members').delete().eq('workshop_id', w.id).eq('user_id', participant.id);
		expect(removed.error).toBeNull();
		expect(await access(participant.token, 'canvas', w.canvases[0])).toMatchObject({ data: [], error: null });

		const visitor = await clientFor(null).rpc('collab_access', { room_kind: 'canvas', room_id: w.canvases[0] });
		expect(visitor.data ?? []).toEqual([]);
		expect(visitor.error).not.toBeNull();
	});
});
