/**
 * Organisations, membership and invitations as people meet them: supabase-js
 * against the real PostgREST, each person with their own token, for every role
 * (visitor, signed-in outsider, member, publisher, admin, admin of another
 * organisation) and every operation, allowed and refused. SQL (as superuser)
 * only sets up fixtures and checks what really is in the tables.
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signToken } from '../../src/lib/server/jwt';
import { clientFor, closeDb, createUser, db, one, type TestUser } from './helpers';

type Role = 'member' | 'publisher' | 'admin';

const hashOf = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

let anonymousUser: TestUser, outsider: TestUser, member: TestUser, publisher: TestUser, admin: TestUser, otherAdmin: TestUser;
let orgId: string, orgSlug: string, otherOrgId: string;

async function orgBySlug(slug: string) {
	return (await db().query<{ id: string; name: string; kind: string; country: string }>('select * from public.organizations where slug = $1', [slug])).rows[0];
}

async function roleOf(org: string, userId: string): Promise<string | null> {
	const { rows } = await db().query<{ role: string }>('select role from public.organization_members where organization_id = $1 and user_id = $2', [org, userId]);
	return rows[0]?.role ?? null;
}

async function addOrgMember(org: string, userId: string, role: Role) {
	await db().query('insert into public.organization_members (organization_id, user_id, role) values ($1, $2, $3)', [org, userId, role]);
}

/** An invitation made as superuser (as an admin's would be), with its token. */
async function invitation(org: string, email: string, role: Role, options: { invitedBy?: string; expiresIn?: string } = {}) {
	const token = newToken();
	const { id } = await one<{ id: string }>(
		`insert into public.organization_invitations (organization_id, email, role, invited_by, token_hash, expires_at)
		 values ($1, $2, $3, $4, $5, now() + $6::interval) returning id`,
		[org, email, role, options.invitedBy ?? admin.id, hashOf(token), options.expiresIn ?? '7 days']
	);
	return { id, token };
}

const invitationRow = async (id: string) =>
	(await db().query('select * from public.organization_invitations where id = $1', [id])).rows[0] as Record<string, unknown> | undefined;

/** What an admin's client sends to invite someone. */
const invitationInsert = (org: string, email: string, role: Role = 'publisher') => ({
	organization_id: org,
	email,
	role,
	token_hash: hashOf(newToken())
});

const invitationsFor = async (email: string) =>
	Number((await one<{ n: string }>('select count(*) as n from public.organization_invitations where email = $1', [email])).n);

beforeAll(async () => {
	[anonymousUser, outsider, member, publisher, admin, otherAdmin] = await Promise.all([
		createUser('anonymous'),
		createUser(),
		createUser(),
		createUser(),
		createUser(),
		createUser()
	]);
	const created = await clientFor(admin.token).rpc('create_organization', { name: `Test City ${randomUUID().slice(0, 8)}`, kind: 'city', country: 'Finland' });
	expect(created.error).toBeNull();
	orgSlug = created.data as string;
	orgId = (await orgBySlug(orgSlug)).id;
	await addOrgMember(orgId, member.id, 'member');
	await addOrgMember(orgId, publisher.id, 'publisher');
	const other = await clientFor(otherAdmin.token).rpc('create_organization', { name: `Other Town ${randomUUID().slice(0, 8)}`, kind: 'city', country: 'Spain' });
	expect(other.error).toBeNull();
	otherOrgId = (await orgBySlug(other.data as string)).id;
});
afterAll(closeDb);

describe('creating an organisation', () => {
	it('a signed-in person with an email creates one and becomes its admin, in one step', async () => {
		const person = await createUser();
		const name = `Ville de Zürich ${randomUUID().slice(0, 6)}`;
		const { data, error } = await clientFor(person.token).rpc('create_organization', { name: `  ${name} `, kind: 'city', country: 'Switzerland' });
		expect(error).toBeNull();
		expect(data).toBe(`ville-de-zurich-${name.slice(-6)}`);
		const org = await orgBySlug(data as string);
		expect(org).toMatchObject({ name, kind: 'city', country: 'Switzerland' });
		expect(await roleOf(org.id, person.id)).toBe('admin');
	});

	it('a second organisation with the same name gets its own address', async () => {
		const name = `Twin Town ${randomUUID().slice(0, 6)}`;
		const first = await clientFor(outsider.token).rpc('create_organization', { name, kind: 'company', country: '' });
		const second = await clientFor(member.token).rpc('create_organization', { name, kind: 'company', country: '' });
		expect(first.error).toBeNull();
		expect(second.error).toBeNull();
		expect(second.data).toBe(`${first.data}-2`);
		expect(await roleOf((await orgBySlug(second.data as string)).id, member.id)).toBe('admin');
	});

	it('a name of only punctuation still gets an address', async () => {
		const { data, error } = await clientFor(outsider.token).rpc('create_organization', { name: '¿?!', kind: 'other', country: '' });
		expect(error).toBeNull();
		expect(data).toMatch(/^organisation(-\d+)?$/);
	});

	it('refuses a visitor, and a participant signed in without an email', async () => {
		const name = `Nobody's ${randomUUID()}`;
		const visitor = await clientFor(null).rpc('create_organization', { name, kind: 'city', country: '' });
		expect(visitor.error).not.toBeNull();
		const anonymous = await clientFor(anonymousUser.token).rpc('create_organization', { name, kind: 'city', country: '' });
		expect(anonymous.error?.hint).toBe('needs-email');
		expect(await db().query('select 1 from public.organizations where name = $1', [name]).then((r) => r.rowCount)).toBe(0);
	});

	it('refuses an empty or too long name, an unknown kind and a too long country, creating nothing', async () => {
		const before = Number((await one<{ n: string }>('select count(*) as n from public.organizations')).n);
		const client = clientFor(outsider.token);
		expect((await client.rpc('create_organization', { name: '   ', kind: 'city', country: '' })).error?.hint).toBe('name');
		expect((await client.rpc('create_organization', { name: 'x'.repeat(121), kind: 'city', country: '' })).error?.hint).toBe('name');
		expect((await client.rpc('create_organization', { name: 'Fine', kind: 'castle', country: '' })).error?.hint).toBe('kind');
		expect((await client.rpc('create_organization', { name: 'Fine', kind: 'city', country: 'y'.repeat(61) })).error?.hint).toBe('country');
		expect(Number((await one<{ n: string }>('select count(*) as n from public.organizations')).n)).toBe(before);
	});

	it('nobody inserts organisations or memberships directly', async () => {
		const slug = `direct-${randomUUID().slice(0, 8)}`;
		const org = await clientFor(outsider.token).from('organizations').insert({ slug, name: 'Direct' });
		expect(org.error).not.toBeNull();
		expect(await orgBySlug(slug)).toBeUndefined();
		const join = await clientFor(outsider.token).from('organization_members').insert({ organization_id: orgId, user_id: outsider.id, role: 'admin' });
		expect(join.error).not.toBeNull();
		expect(await roleOf(orgId, outsider.id)).toBeNull();
	});
});

describe('reading the members', () => {
	const everyone = () => [admin.id, member.id, publisher.id].sort();

	it.each([
		['a member', () => member],
		['a publisher', () => publisher],
		['an admin', () => admin]
	])('%s reads every member with their role and name', async (_, who) => {
		const client = clientFor(who().token);
		const rows = await client.from('organization_members').select('user_id, role').eq('organization_id', orgId);
		expect(rows.error).toBeNull();
		expect(rows.data!.map((r) => r.user_id).sort()).toEqual(everyone());
		const list = await client.rpc('organization_member_list', { org: orgId });
		expect(list.error).toBeNull();
		expect(list.data).toHaveLength(3);
		expect(list.data[0]).toMatchObject({ user_id: admin.id, role: 'admin', display_name: 'Member' });
		// Names only, never an email.
		expect(JSON.stringify(list.data)).not.toContain('@');
	});

	it.each([
		['a signed-in outsider', () => outsider],
		['an admin of another organisation', () => otherAdmin]
	])('%s reads none of them', async (_, who) => {
		const client = clientFor(who().token);
		expect((await client.from('organization_members').select('user_id').eq('organization_id', orgId)).data).toEqual([]);
		expect((await client.rpc('organization_member_list', { org: orgId })).data).toEqual([]);
	});

	it('a visitor reads none of them', async () => {
		expect((await clientFor(null).from('organization_members').select('user_id').eq('organization_id', orgId)).data ?? []).toEqual([]);
		expect((await clientFor(null).rpc('organization_member_list', { org: orgId })).error).not.toBeNull();
	});
});

describe('inviting', () => {
	it('an admin invites an email address with a role, recorded as inviting it', async () => {
		const email = `invitee-${randomUUID()}@example.test`;
		const { data, error } = await clientFor(admin.token)
			.from('organization_invitations')
			.insert(invitationInsert(orgId, email))
			.select('invited_by, role, accepted_at, expires_at')
			.single();
		expect(error).toBeNull();
		expect(data).toMatchObject({ invited_by: admin.id, role: 'publisher', accepted_at: null });
		const days = (new Date(data!.expires_at).getTime() - Date.now()) / 86_400_000;
		expect(days).toBeGreaterThan(6.9);
		expect(days).toBeLessThanOrEqual(7);
	});

	it.each([
		['a member', () => member],
		['a publisher', () => publisher],
		['a signed-in outsider', () => outsider],
		['an admin of another organisation', () => otherAdmin]
	])('%s cannot invite', async (_, who) => {
		const email = `refused-${randomUUID()}@example.test`;
		const { error } = await clientFor(who().token).from('organization_invitations').insert(invitationInsert(orgId, email));
		expect(error?.code).toBe('42501');
		expect(await invitationsFor(email)).toBe(0);
	});

	it('a visitor cannot invite', async () => {
		const email = `refused-${randomUUID()}@example.test`;
		expect((await clientFor(null).from('organization_invitations').insert(invitationInsert(orgId, email))).error).not.toBeNull();
		expect(await invitationsFor(email)).toBe(0);
	});

	it('an admin cannot invite in another’s name, already accepted, or for longer than 30 days', async () => {
		const client = clientFor(admin.token);
		const email = `odd-${randomUUID()}@example.test`;
		const tries: Record<string, unknown>[] = [
			{ ...invitationInsert(orgId, email), invited_by: member.id },
			{ ...invitationInsert(orgId, email), accepted_at: new Date().toISOString() },
			{ ...invitationInsert(orgId, email), expires_at: new Date(Date.now() + 31 * 86_400_000).toISOString() }
		];
		for (const row of tries) expect((await client.from('organization_invitations').insert(row)).error?.code).toBe('42501');
		expect(await invitationsFor(email)).toBe(0);
	});

	it('refuses a malformed email or role', async () => {
		const client = clientFor(admin.token);
		expect((await client.from('organization_invitations').insert(invitationInsert(orgId, 'not an email'))).error).not.toBeNull();
		expect((await client.from('organization_invitations').insert({ ...invitationInsert(orgId, 'ok@example.test'), role: 'owner' })).error).not.toBeNull();
	});
});

describe('reading and revoking invitations', () => {
	it('an admin reads their organisation’s invitations; no one else does', async () => {
		const { id } = await invitation(orgId, `read-${randomUUID()}@example.test`, 'member');
		const ids = async (token: string | null) => ((await clientFor(token).from('organization_invitations').select('id').eq('id', id)).data ?? []).map((r) => r.id);
		expect(await ids(admin.token)).toEqual([id]);
		for (const who of [member, publisher, outsider, otherAdmin, anonymousUser]) expect(await ids(who.token)).toEqual([]);
		expect(await ids(null)).toEqual([]);
	});

	it('no one but an admin of the organisation revokes one; the admin does', async () => {
		const { id } = await invitation(orgId, `revoke-${randomUUID()}@example.test`, 'member');
		const before = await invitationRow(id);
		for (const who of [member, publisher, outsider, otherAdmin]) {
			const { data } = await clientFor(who.token).from('organization_invitations').delete().eq('id', id).select();
			expect(data ?? []).toEqual([]);
		}
		await clientFor(null).from('organization_invitations').delete().eq('id', id);
		expect(await invitationRow(id)).toEqual(before);
		const revoked = await clientFor(admin.token).from('organization_invitations').delete().eq('id', id).select('id');
		expect(revoked.data).toEqual([{ id }]);
		expect(await invitationRow(id)).toBeUndefined();
	});

	it('nobody edits an invitation, not even an admin (no longer expiry, no other role)', async () => {
		const { id } = await invitation(orgId, `edit-${randomUUID()}@example.test`, 'member');
		const before = await invitationRow(id);
		const { error } = await clientFor(admin.token).from('organization_invitations').update({ role: 'admin' }).eq('id', id);
		expect(error).not.toBeNull();
		expect(await invitationRow(id)).toEqual(before);
	});
});

describe('accepting an invitation', () => {
	it('the invited person, signed in with that email, becomes a member with the invited role', async () => {
		const invitee = await createUser();
		const { id, token } = await invitation(orgId, invitee.email!, 'publisher');
		const seen = await clientFor(invitee.token).rpc('read_invitation', { token });
		expect(seen.error).toBeNull();
		expect(seen.data).toEqual([expect.objectContaining({ organization_slug: orgSlug, role: 'publisher', email: invitee.email, accepted: false })]);
		const { data, error } = await clientFor(invitee.token).rpc('accept_invitation', { token });
		expect(error).toBeNull();
		expect(data).toBe(orgSlug);
		expect(await roleOf(orgId, invitee.id)).toBe('publisher');
		expect(await invitationRow(id)).toMatchObject({ accepted_by: invitee.id });
		// Once only.
		const again = await clientFor(invitee.token).rpc('accept_invitation', { token });
		expect(again.error?.hint).toBe('invitation-used');
	});

	it('matches the email whatever its case', async () => {
		const invitee = await createUser();
		const { token } = await invitation(orgId, invitee.email!, 'member');
		// Supabase Auth keeps the address as typed; the token may carry capitals.
		const shouted = await signToken(
			{ sub: invitee.id, role: 'authenticated', aud: 'authenticated', is_anonymous: false, email: invitee.email!.toUpperCase() },
			inject('jwtSecret'),
			3600
		);
		expect((await clientFor(shouted).rpc('accept_invitation', { token })).error).toBeNull();
		expect(await roleOf(orgId, invitee.id)).toBe('member');
	});

	it('refuses someone signed in with another email, and keeps the invitation for its owner', async () => {
		const invitee = await createUser();
		const { id, token } = await invitation(orgId, invitee.email!, 'admin');
		const wrong = await clientFor(outsider.token).rpc('accept_invitation', { token });
		expect(wrong.error?.hint).toBe('invitation-other-email');
		expect(await roleOf(orgId, outsider.id)).toBeNull();
		expect((await invitationRow(id))?.accepted_at).toBeNull();
		const anonymous = await clientFor(anonymousUser.token).rpc('accept_invitation', { token });
		expect(anonymous.error?.hint).toBe('invitation-other-email');
		expect(await roleOf(orgId, anonymousUser.id)).toBeNull();
		const visitor = await clientFor(null).rpc('accept_invitation', { token });
		expect(visitor.error).not.toBeNull();
		expect((await clientFor(invitee.token).rpc('accept_invitation', { token })).error).toBeNull();
		expect(await roleOf(orgId, invitee.id)).toBe('admin');
	});

	it('refuses an expired invitation and an unknown link', async () => {
		const invitee = await createUser();
		const { token } = await invitation(orgId, invitee.email!, 'member', { expiresIn: '-1 minute' });
		expect((await clientFor(invitee.token).rpc('accept_invitation', { token })).error?.hint).toBe('invitation-expired');
		expect((await clientFor(invitee.token).rpc('accept_invitation', { token: newToken() })).error?.hint).toBe('invitation-unknown');
		expect(await roleOf(orgId, invitee.id)).toBeNull();
		expect((await clientFor(invitee.token).rpc('read_invitation', { token: newToken() })).data).toEqual([]);
	});

	it('a visitor cannot read an invitation even with its link', async () => {
		const { token } = await invitation(orgId, `visitor-${randomUUID()}@example.test`, 'member');
		expect((await clientFor(null).rpc('read_invitation', { token })).error).not.toBeNull();
	});

	it('never changes the role of someone already a member', async () => {
		const { token } = await invitation(orgId, publisher.email!, 'member');
		expect((await clientFor(publisher.token).rpc('accept_invitation', { token })).error).toBeNull();
		expect(await roleOf(orgId, publisher.id)).toBe('publisher');
	});
});

describe('changing roles', () => {
	it('an admin makes a member a publisher, and back', async () => {
		const person = await createUser();
		await addOrgMember(orgId, person.id, 'member');
		const up = await clientFor(admin.token).from('organization_members').update({ role: 'publisher' }).eq('organization_id', orgId).eq('user_id', person.id).select('role');
		expect(up.data).toEqual([{ role: 'publisher' }]);
		const down = await clientFor(admin.token).from('organization_members').update({ role: 'member' }).eq('organization_id', orgId).eq('user_id', person.id).select('role');
		expect(down.data).toEqual([{ role: 'member' }]);
	});

	it.each([
		['a member', () => member],
		['a publisher', () => publisher],
		['a signed-in outsider', () => outsider],
		['an admin of another organisation', () => otherAdmin]
	])('%s changes no role, not even their own', async (_, who) => {
		for (const target of [member, who()]) {
			const before = await roleOf(orgId, target.id);
			const { data } = await clientFor(who().token).from('organization_members').update({ role: 'admin' }).eq('organization_id', orgId).eq('user_id', target.id).select();
			expect(data ?? []).toEqual([]);
			expect(await roleOf(orgId, target.id)).toBe(before);
		}
	});

	it('a visitor changes no role', async () => {
		await clientFor(null).from('organization_members').update({ role: 'admin' }).eq('organization_id', orgId).eq('user_id', member.id);
		expect(await roleOf(orgId, member.id)).toBe('member');
	});

	it('an admin cannot move a membership to another organisation or person', async () => {
		const { error } = await clientFor(admin.token).from('organization_members').update({ organization_id: otherOrgId }).eq('organization_id', orgId).eq('user_id', member.id);
		expect(error?.code).toBe('42501');
		expect(await roleOf(orgId, member.id)).toBe('member');
	});

	it('refuses a role that does not exist', async () => {
		const { error } = await clientFor(admin.token).from('organization_members').update({ role: 'owner' }).eq('organization_id', orgId).eq('user_id', member.id);
		expect(error).not.toBeNull();
		expect(await roleOf(orgId, member.id)).toBe('member');
	});
});

describe('removing members and leaving', () => {
	it('an admin removes a member', async () => {
		const person = await createUser();
		await addOrgMember(orgId, person.id, 'publisher');
		const { data } = await clientFor(admin.token).from('organization_members').delete().eq('organization_id', orgId).eq('user_id', person.id).select('user_id');
		expect(data).toEqual([{ user_id: person.id }]);
		expect(await roleOf(orgId, person.id)).toBeNull();
	});

	it.each([
		['a member', () => member],
		['a publisher', () => publisher],
		['a signed-in outsider', () => outsider],
		['an admin of another organisation', () => otherAdmin]
	])('%s removes nobody else', async (_, who) => {
		for (const target of [admin, who() === member ? publisher : member]) {
			const { data } = await clientFor(who().token).from('organization_members').delete().eq('organization_id', orgId).eq('user_id', target.id).select();
			expect(data ?? []).toEqual([]);
			expect(await roleOf(orgId, target.id)).not.toBeNull();
		}
	});

	it('a visitor removes nobody', async () => {
		await clientFor(null).from('organization_members').delete().eq('organization_id', orgId).eq('user_id', member.id);
		expect(await roleOf(orgId, member.id)).toBe('member');
	});

	it.each(['member', 'publisher', 'admin'] as const)('someone with the role %s leaves', async (role) => {
		const person = await createUser();
		await addOrgMember(orgId, person.id, role);
		const { data } = await clientFor(person.token).from('organization_members').delete().eq('organization_id', orgId).eq('user_id', person.id).select('user_id');
		expect(data).toEqual([{ user_id: person.id }]);
		expect(await roleOf(orgId, person.id)).toBeNull();
	});
});

describe('the last admin', () => {
	async function soloOrg() {
		const founder = await createUser();
		const { data } = await clientFor(founder.token).rpc('create_organization', { name: `Solo ${randomUUID().slice(0, 8)}`, kind: 'network', country: '' });
		return { founder, id: (await orgBySlug(data as string)).id };
	}

	it('cannot leave, with a clear refusal', async () => {
		const { founder, id } = await soloOrg();
		const { error } = await clientFor(founder.token).from('organization_members').delete().eq('organization_id', id).eq('user_id', founder.id);
		expect(error?.hint).toBe('last-admin');
		expect(error?.message).toContain('at least one admin');
		expect(await roleOf(id, founder.id)).toBe('admin');
	});

	it('cannot be demoted, by themselves or anyone', async () => {
		const { founder, id } = await soloOrg();
		const { error } = await clientFor(founder.token).from('organization_members').update({ role: 'publisher' }).eq('organization_id', id).eq('user_id', founder.id);
		expect(error?.hint).toBe('last-admin');
		expect(await roleOf(id, founder.id)).toBe('admin');
	});

	it('can step down or leave once there is another admin', async () => {
		const { founder, id } = await soloOrg();
		const second = await createUser();
		await addOrgMember(id, second.id, 'admin');
		const down = await clientFor(founder.token).from('organization_members').update({ role: 'member' }).eq('organization_id', id).eq('user_id', founder.id).select('role');
		expect(down.error).toBeNull();
		expect(down.data).toEqual([{ role: 'member' }]);
		// Now the second is the last admin: removing them is refused, even by themselves.
		const leave = await clientFor(second.token).from('organization_members').delete().eq('organization_id', id).eq('user_id', second.id);
		expect(leave.error?.hint).toBe('last-admin');
		expect(await roleOf(id, second.id)).toBe('admin');
	});

	it('two admins demoting each other at once leave one admin', async () => {
		const { founder, id } = await soloOrg();
		const second = await createUser();
		await addOrgMember(id, second.id, 'admin');
		const demote = (by: TestUser, target: TestUser) =>
			clientFor(by.token).from('organization_members').update({ role: 'member' }).eq('organization_id', id).eq('user_id', target.id).select('role');
		const results = await Promise.all([demote(founder, second), demote(second, founder)]);
		expect(results.filter((r) => r.data?.length === 1)).toHaveLength(1);
		const admins = await db().query("select user_id from public.organization_members where organization_id = $1 and role = 'admin'", [id]);
		expect(admins.rowCount).toBe(1);
	});

	it('does not stop the organisation or the person’s account being deleted', async () => {
		const { founder, id } = await soloOrg();
		await db().query('delete from public.organizations where id = $1', [id]);
		expect(await roleOf(id, founder.id)).toBeNull();
		const other = await soloOrg();
		await db().query('delete from auth.users where id = $1', [other.founder.id]);
		expect(await roleOf(other.id, other.founder.id)).toBeNull();
	});
});
