/**
 * Getting into a workshop, as the browser does it: the join_workshop rpc and
 * creating a workshop, through supabase-js against the real PostgREST.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientFor, closeDb, createUser, db, one } from './helpers';
import { createWorkshop, type Workshop } from './realtime-helpers';

let w: Workshop;
beforeAll(async () => {
	w = await createWorkshop(0);
});
afterAll(closeDb);

const join = (token: string | null, code: string, display_name = 'Ana', stakeholder = 'citizen') =>
	clientFor(token).rpc('join_workshop', { code, display_name, stakeholder });
const membership = async (workshopId: string, userId: string) =>
	(
		await db().query('select role, stakeholder, display_name from public.workshop_members where workshop_id = $1 and user_id = $2', [
			workshopId,
			userId
		])
	).rows;
/** Six characters that normalise to no possible code: the alphabet has no 1. */
const WRONG = 'QQQQQ1';

describe('join_workshop', () => {
	it('joins an anonymous person as a participant; joining again changes only the name and stakeholder (the ones typed last)', async () => {
		const person = await createUser('anonymous');
		const first = await join(person.token, w.code, '  Ana   Maria ', 'developer');
		expect(first.error).toBeNull();
		expect(first.data).toBe(w.id);
		expect(await membership(w.id, person.id)).toEqual([{ role: 'participant', stakeholder: 'developer', display_name: 'Ana Maria' }]);

		const again = await join(person.token, w.code, 'Someone else', 'city');
		expect(again).toMatchObject({ data: w.id, error: null });
		expect(await membership(w.id, person.id)).toEqual([{ role: 'participant', stakeholder: 'city', display_name: 'Someone else' }]);
	});

	it('never demotes: the facilitator joining by code stays facilitator', async () => {
		expect(await join(w.facilitator.token, w.code)).toMatchObject({ data: w.id, error: null });
		expect((await membership(w.id, w.facilitator.id))[0].role).toBe('facilitator');
	});

	it('accepts the code in lower case, with spaces and dashes', async () => {
		const person = await createUser('anonymous');
		const typed = ` ${w.code.slice(0, 3).toLowerCase()} - ${w.code.slice(3).toLowerCase()} `;
		expect(await join(person.token, typed)).toMatchObject({ data: w.id, error: null });
		expect(await membership(w.id, person.id)).toHaveLength(1);
	});

	it('returns null for a code no workshop has, and adds no one', async () => {
		const person = await createUser('anonymous');
		expect(await join(person.token, WRONG)).toMatchObject({ data: null, error: null });
		expect(await join(person.token, '')).toMatchObject({ data: null, error: null });
		expect((await db().query('select 1 from public.workshop_members where user_id = $1', [person.id])).rowCount).toBe(0);
	});

	it('refuses a closed or draft workshop', async () => {
		const person = await createUser('anonymous');
		for (const status of ['closed', 'draft']) {
			const other = await createWorkshop(0, status);
			const { data, error } = await join(person.token, other.code);
			expect(data).toBeNull();
			expect(error?.message).toMatch(/closed/);
			expect(await membership(other.id, person.id)).toEqual([]);
		}
	});

	it('refuses an unknown stakeholder type and an empty or too long name', async () => {
		const person = await createUser('anonymous');
		for (const [name, stakeholder, message] of [
			['Ana', 'mayor', /stakeholder/],
			['Ana', '', /stakeholder/],
			['   ', 'citizen', /display name/],
			['x'.repeat(61), 'citizen', /display name/]
		] as const) {
			const { data, error } = await join(person.token, w.code, name, stakeholder);
			expect(data).toBeNull();
			expect(error?.message).toMatch(message);
		}
		expect(await membership(w.id, person.id)).toEqual([]);
	});

	it('refuses people who are not signed in', async () => {
		const { data, error } = await join(null, w.code);
		expect(data).toBeNull();
		expect(error).not.toBeNull();
	});

	it('after 10 wrong codes within 10 minutes, even the right code is refused, for that person only', async () => {
		const guesser = await createUser('anonymous');
		for (let i = 0; i < 10; i++) expect(await join(guesser.token, WRONG)).toMatchObject({ data: null, error: null });
		const { data, error } = await join(guesser.token, w.code);
		expect(data).toBeNull();
		expect(error?.message).toMatch(/too many/);
		expect(await membership(w.id, guesser.id)).toEqual([]);

		const bystander = await createUser('anonymous');
		expect(await join(bystander.token, w.code)).toMatchObject({ data: w.id, error: null });
		// Attempts older than ten minutes no longer count.
		await db().query("update private.join_attempts set attempted_at = now() - interval '11 minutes' where user_id = $1", [guesser.id]);
		expect(await join(guesser.token, w.code)).toMatchObject({ data: w.id, error: null });
	});
});

describe('creating a workshop', () => {
	it('an anonymous person cannot create one', async () => {
		const person = await createUser('anonymous');
		const { error } = await clientFor(person.token).from('workshops').insert({ title: 'Anonymous workshop' });
		expect(error?.code).toBe('42501');
		expect((await db().query('select 1 from public.workshops where created_by = $1', [person.id])).rowCount).toBe(0);
	});

	it('a person with an email can, and becomes its facilitator', async () => {
		const person = await createUser('email');
		const { data, error } = await clientFor(person.token)
			.from('workshops')
			.insert({ title: 'Mobility data co-creation' })
			.select('id, join_code, created_by, status')
			.single();
		expect(error).toBeNull();
		expect(data).toMatchObject({ created_by: person.id, status: 'open' });
		expect(data!.join_code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
		const member = await one('select role from public.workshop_members where workshop_id = $1 and user_id = $2', [data!.id, person.id]);
		expect(member).toEqual({ role: 'facilitator' });
	});

	it('nobody can create one in someone else’s name', async () => {
		const [person, victim] = await Promise.all([createUser('email'), createUser('email')]);
		const { error } = await clientFor(person.token).from('workshops').insert({ title: 'Not mine', created_by: victim.id });
		expect(error?.code).toBe('42501');
	});
});
