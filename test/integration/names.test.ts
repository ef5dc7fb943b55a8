/**
 * People are shown by name, never by email (issue 11): the facilitator's member
 * row, a profile name change reaching every workshop, and wrong-then-right
 * codes ending with one name, through supabase-js against the real PostgREST.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { clientFor, closeDb, createUser, db, one, type TestUser } from './helpers';

afterAll(closeDb);

const create = (person: TestUser, title = 'Names test') =>
	clientFor(person.token).rpc('create_workshop', { title, host: '', purpose: '', held_on: null, canvases: [] });
const join = (person: TestUser, code: string, display_name: string, stakeholder = 'citizen') =>
	clientFor(person.token).rpc('join_workshop', { code, display_name, stakeholder });
const codeOf = async (workshopId: string) => (await one<{ join_code: string }>('select join_code from public.workshops where id = $1', [workshopId])).join_code;
const namesIn = async (workshopId: string) =>
	(await db().query<{ user_id: string; display_name: string; stakeholder: string }>(
		'select user_id, display_name, stakeholder from public.workshop_members where workshop_id = $1 order by joined_at', [workshopId]
	)).rows;
/** What a participant reads of the workshop's people through RLS. */
const peopleAs = async (person: TestUser, workshopId: string) =>
	(await clientFor(person.token).from('workshop_members').select('user_id, display_name').eq('workshop_id', workshopId)).data ?? [];
const WRONG = 'QQQQQ1';

describe('names, never emails', () => {
	it('names a facilitator without a profile "Facilitator", never by their email; participants never read the email', async () => {
		const facilitator = await createUser('email');
		const created = await create(facilitator);
		expect(created.error).toBeNull();
		const workshopId = created.data as string;
		expect(await namesIn(workshopId)).toEqual([{ user_id: facilitator.id, display_name: 'Facilitator', stakeholder: 'city' }]);

		const participant = await createUser('anonymous');
		expect((await join(participant, await codeOf(workshopId), 'Aino')).error).toBeNull();
		const seen = JSON.stringify(await peopleAs(participant, workshopId));
		expect(seen).toContain('Facilitator');
		expect(seen).not.toContain(facilitator.email!);
		// Nor through the profiles table: a person reads only their own.
		expect((await clientFor(participant.token).from('profiles').select('*').eq('id', facilitator.id)).data).toEqual([]);
	});

	it('names the facilitator by their profile, and a profile change renames them in every workshop', async () => {
		const facilitator = await createUser('email');
		await clientFor(facilitator.token).from('profiles').insert({ id: facilitator.id, display_name: 'Maija', stakeholder: 'city' });
		const first = (await create(facilitator, 'First')).data as string;
		const second = (await create(facilitator, 'Second')).data as string;
		expect((await namesIn(first))[0].display_name).toBe('Maija');

		const changed = await clientFor(facilitator.token)
			.from('profiles').update({ display_name: 'Maija Virtanen', stakeholder: 'academia' }).eq('id', facilitator.id).select('id');
		expect(changed.error).toBeNull();
		for (const workshopId of [first, second]) {
			expect(await namesIn(workshopId)).toEqual([{ user_id: facilitator.id, display_name: 'Maija Virtanen', stakeholder: 'academia' }]);
		}
	});

	it('a profile written before the first workshop names the rows already there (a facilitator who named themselves late)', async () => {
		const facilitator = await createUser('email');
		const workshopId = (await create(facilitator)).data as string;
		await clientFor(facilitator.token).from('profiles').insert({ id: facilitator.id, display_name: 'Late Name', stakeholder: 'company' });
		expect(await namesIn(workshopId)).toEqual([{ user_id: facilitator.id, display_name: 'Late Name', stakeholder: 'company' }]);
	});

	it('a wrong code, then the right one with another name: one name everywhere, the one typed last', async () => {
		const facilitator = await createUser('email');
		const workshopId = (await create(facilitator)).data as string;
		const other = (await create(facilitator, 'Other')).data as string;
		const person = await createUser('anonymous');
		// As the join page does for someone new: the profile first, then the code.
		await clientFor(person.token).from('profiles').insert({ id: person.id, display_name: 'Wrong Try', stakeholder: 'citizen' });
		expect(await join(person, WRONG, 'Wrong Try')).toMatchObject({ data: null, error: null });
		expect(await join(person, await codeOf(workshopId), '  Right   Name ', 'developer')).toMatchObject({ data: workshopId, error: null });

		expect(await one('select display_name, stakeholder from public.profiles where id = $1', [person.id])).toEqual({
			display_name: 'Right Name',
			stakeholder: 'developer'
		});
		expect((await namesIn(workshopId)).find((m) => m.user_id === person.id)).toMatchObject({ display_name: 'Right Name', stakeholder: 'developer' });

		// Joining another workshop, or the same one again, with a third name renames them everywhere.
		expect((await join(person, await codeOf(other), 'Third')).error).toBeNull();
		expect((await join(person, await codeOf(workshopId), 'Third')).error).toBeNull();
		for (const id of [workshopId, other]) {
			expect((await namesIn(id)).filter((m) => m.user_id === person.id).map((m) => m.display_name)).toEqual(['Third']);
		}
	});

	it('a wrong code renames no one', async () => {
		const person = await createUser('anonymous');
		await clientFor(person.token).from('profiles').insert({ id: person.id, display_name: 'Kept', stakeholder: 'citizen' });
		expect(await join(person, WRONG, 'Changed')).toMatchObject({ data: null, error: null });
		expect((await one('select display_name from public.profiles where id = $1', [person.id])).display_name).toBe('Kept');
	});

	it('a member of a closed workshop may come back (with their name updated); a newcomer is refused', async () => {
		const facilitator = await createUser('email');
		const workshopId = (await create(facilitator)).data as string;
		const code = await codeOf(workshopId);
		const member = await createUser('anonymous');
		expect((await join(member, code, 'Before')).error).toBeNull();
		await db().query("update public.workshops set status = 'closed' where id = $1", [workshopId]);
		expect(await join(member, code, 'After')).toMatchObject({ data: workshopId, error: null });
		expect((await namesIn(workshopId)).find((m) => m.user_id === member.id)?.display_name).toBe('After');
		const newcomer = await createUser('anonymous');
		expect((await join(newcomer, code, 'New')).error?.code).toBe('55000');
		expect((await db().query('select 1 from public.profiles where id = $1', [newcomer.id])).rowCount).toBe(0);
	});

	it('the trigger that renames member rows cannot be called by anyone', async () => {
		const { rows } = await db().query(
			"select has_function_privilege(r, 'private.name_members_by_profile()', 'execute') as can from unnest(array['anon', 'authenticated']) r"
		);
		expect(rows.map((r) => r.can)).toEqual([false, false]);
	});
});
