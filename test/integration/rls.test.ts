/**
 * Row level security as people meet it: supabase-js against the real
 * PostgREST, each person with their own token. SQL (as superuser) only sets
 * up fixtures and checks what really is in the tables.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signToken, verifyAccessToken } from '../../src/lib/server/jwt';
import {
	DRAFT_SLUGS, ORG, RETIRED_SLUG, addMember, clientFor, closeDb, createUser, db, draftUseCase, one, tamper, useCaseBySlug,
	type TestUser
} from './helpers';

const SOFIA_DRAFT = 'sofia-smart-data-platform-replication-plan';
const LONDON_PUBLISHED = 'london-parking-apps-as-strategic-services';

let outsider: TestUser, member: TestUser, otherPublisher: TestUser, publisher: TestUser;

beforeAll(async () => {
	[outsider, member, otherPublisher, publisher] = await Promise.all([createUser(), createUser(), createUser(), createUser()]);
	await addMember(ORG.sofia, member.id, 'member');
	await addMember(ORG.oulu, otherPublisher.id, 'publisher');
	await addMember(ORG.sofia, publisher.id, 'publisher');
});
afterAll(closeDb);

/** Runs an attempted change and proves the row is byte-for-byte what it was. */
async function expectUnchanged(slug: string, attempt: () => PromiseLike<{ data: unknown; error: unknown }>) {
	const before = await useCaseBySlug(slug);
	expect(before).toBeDefined();
	const { data } = await attempt();
	expect(data ?? []).toEqual([]);
	expect(await useCaseBySlug(slug)).toEqual(before);
}

const published = async () =>
	(await db().query<{ slug: string }>("select slug from public.use_cases where status = 'published' order by slug")).rows.map(
		(r) => r.slug
	);

const visibleToVisitors = async (slug: string) =>
	(await clientFor(null).from('use_cases').select('slug').eq('slug', slug)).data?.length ?? 0;

describe('a visitor (not signed in)', () => {
	it('sees every published use case and none of the drafts or retired ones', async () => {
		const { data, error } = await clientFor(null).from('use_cases').select('slug, status').order('slug');
		expect(error).toBeNull();
		expect(data!.map((r) => r.slug)).toEqual(await published());
		expect(data!.every((r) => r.status === 'published')).toBe(true);
		for (const slug of [...DRAFT_SLUGS, RETIRED_SLUG]) expect(data!.map((r) => r.slug)).not.toContain(slug);
	});

	it('can browse the 55 business model patterns and the organisations', async () => {
		const patterns = await clientFor(null).from('business_model_patterns').select('id');
		expect(patterns.error).toBeNull();
		expect(patterns.data).toHaveLength(55);
		const orgs = await clientFor(null).from('organizations').select('id, slug');
		expect(orgs.error).toBeNull();
		expect(orgs.data!.map((o) => o.id)).toEqual(expect.arrayContaining(Object.values(ORG)));
	});

	it('cannot add a use case', async () => {
		const row = draftUseCase(ORG.sofia);
		const { error } = await clientFor(null).from('use_cases').insert(row);
		expect(error).not.toBeNull();
		expect(await useCaseBySlug(row.slug)).toBeUndefined();
	});

	it('cannot edit a published use case', async () => {
		await expectUnchanged(LONDON_PUBLISHED, () =>
			clientFor(null).from('use_cases').update({ title: 'Defaced by a visitor' }).eq('slug', LONDON_PUBLISHED).select()
		);
	});
});

describe('a signed-in person outside the organisation', () => {
	it('cannot add a use case for it', async () => {
		const row = draftUseCase(ORG.sofia);
		const { error } = await clientFor(outsider.token).from('use_cases').insert(row);
		expect(error?.code).toBe('42501');
		expect(await useCaseBySlug(row.slug)).toBeUndefined();
	});

	it('cannot edit its use cases', async () => {
		await expectUnchanged(LONDON_PUBLISHED, () =>
			clientFor(outsider.token).from('use_cases').update({ title: 'Defaced by an outsider' }).eq('slug', LONDON_PUBLISHED).select()
		);
	});
});

describe('a plain member of the organisation', () => {
	it("sees the organisation's draft, which visitors do not", async () => {
		const { data, error } = await clientFor(member.token).from('use_cases').select('slug, status').eq('slug', SOFIA_DRAFT);
		expect(error).toBeNull();
		expect(data).toEqual([{ slug: SOFIA_DRAFT, status: 'draft' }]);
		expect(await visibleToVisitors(SOFIA_DRAFT)).toBe(0);
	});

	it('cannot add a use case for the organisation', async () => {
		const row = draftUseCase(ORG.sofia);
		const { error } = await clientFor(member.token).from('use_cases').insert(row);
		expect(error?.code).toBe('42501');
		expect(await useCaseBySlug(row.slug)).toBeUndefined();
	});

	it("cannot edit or publish the organisation's draft", async () => {
		await expectUnchanged(SOFIA_DRAFT, () =>
			clientFor(member.token).from('use_cases').update({ status: 'published' }).eq('slug', SOFIA_DRAFT).select()
		);
	});
});

describe('a publisher of another organisation', () => {
	it('cannot add a use case in this organisation’s name', async () => {
		const row = draftUseCase(ORG.sofia);
		const { error } = await clientFor(otherPublisher.token).from('use_cases').insert(row);
		expect(error?.code).toBe('42501');
		expect(await useCaseBySlug(row.slug)).toBeUndefined();
	});

	it("cannot edit this organisation's use cases, draft or published", async () => {
		const client = clientFor(otherPublisher.token);
		await expectUnchanged(SOFIA_DRAFT, () => client.from('use_cases').update({ title: 'Taken over' }).eq('slug', SOFIA_DRAFT).select());
		await expectUnchanged(LONDON_PUBLISHED, () =>
			client.from('use_cases').update({ title: 'Taken over' }).eq('slug', LONDON_PUBLISHED).select()
		);
	});

	it("cannot see this organisation's drafts", async () => {
		const { data, error } = await clientFor(otherPublisher.token).from('use_cases').select('slug').in('slug', DRAFT_SLUGS);
		expect(error).toBeNull();
		expect(data).toEqual([]);
	});
});

describe('a publisher of the organisation', () => {
	it('drafts, edits, publishes and retires a use case; visitors see it once published, and still when retired', async () => {
		const client = clientFor(publisher.token);
		const row = draftUseCase(ORG.sofia);
		const created = await client.from('use_cases').insert(row).select('id, status, published_at').single();
		expect(created.error).toBeNull();
		expect(created.data).toMatchObject({ status: 'draft', published_at: null });
		const id = created.data!.id as string;
		expect(await visibleToVisitors(row.slug)).toBe(0);

		const edited = await client.from('use_cases').update({ title: 'Sofia: edited by its publisher' }).eq('id', id).select('title');
		expect(edited.data).toEqual([{ title: 'Sofia: edited by its publisher' }]);

		const before = Date.now();
		const pub = await client
			.from('use_cases')
			.update({ status: 'published', published_at: '2001-01-01T00:00:00Z' })
			.eq('id', id)
			.select('status, published_at')
			.single();
		expect(pub.error).toBeNull();
		expect(pub.data!.status).toBe('published');
		// Set by the database to now: a publisher cannot back-date a publication.
		expect(Math.abs(new Date(pub.data!.published_at as string).getTime() - before)).toBeLessThan(60_000);
		expect(await visibleToVisitors(row.slug)).toBe(1);

		const retired = await client.from('use_cases').update({ status: 'retired' }).eq('id', id).select('status');
		expect(retired.data).toEqual([{ status: 'retired' }]);
		// Its page stays readable and says retired (publishing, issue 12); search leaves it out.
		expect(await visibleToVisitors(row.slug)).toBe(1);
		expect((await useCaseBySlug(row.slug))?.status).toBe('retired');
		// Other files count what a visitor reads against the published rows: leave no retired one behind.
		await db().query('delete from public.use_cases where id = $1', [id]);
	});

	it('cannot delete a use case, only retire it', async () => {
		const row = draftUseCase(ORG.sofia);
		const { error } = await clientFor(publisher.token).from('use_cases').insert(row);
		expect(error).toBeNull();
		const { data } = await clientFor(publisher.token).from('use_cases').delete().eq('slug', row.slug).select();
		expect(data ?? []).toEqual([]);
		expect(await useCaseBySlug(row.slug)).toBeDefined();
	});

	it('is always recorded as the author, even when naming someone else', async () => {
		const row = draftUseCase(ORG.sofia, { created_by: outsider.id });
		const { data, error } = await clientFor(publisher.token).from('use_cases').insert(row).select('id, created_by').single();
		expect(error).toBeNull();
		expect(data!.created_by).toBe(publisher.id);
		await clientFor(publisher.token).from('use_cases').update({ created_by: outsider.id }).eq('id', data!.id);
		expect((await useCaseBySlug(row.slug))?.created_by).toBe(publisher.id);
	});
});

describe('patterns of a use case', () => {
	const linked = async (useCaseId: string, patternId: number) =>
		Number(
			(await one<{ n: string }>('select count(*) as n from public.use_case_patterns where use_case_id = $1 and pattern_id = $2', [useCaseId, patternId])).n
		);

	it('a publisher links a pattern to their own use case; a publisher of another organisation cannot', async () => {
		const row = draftUseCase(ORG.sofia);
		const { id } = await one<{ id: string }>(
			`insert into public.use_cases (slug, title, city, country, organization_id, domain, summary)
			 values ($1, $2, $3, $4, $5, $6, $7) returning id`,
			[row.slug, row.title, row.city, row.country, row.organization_id, row.domain, row.summary]
		);
		const own = await clientFor(publisher.token).from('use_case_patterns').insert({ use_case_id: id, pattern_id: 18 });
		expect(own.error).toBeNull();
		expect(await linked(id, 18)).toBe(1);

		const other = await clientFor(otherPublisher.token).from('use_case_patterns').insert({ use_case_id: id, pattern_id: 35 });
		expect(other.error?.code).toBe('42501');
		expect(await linked(id, 35)).toBe(0);
	});
});

describe('profiles', () => {
	it('a person creates and renames their own profile', async () => {
		const me = await createUser('anonymous');
		const client = clientFor(me.token);
		expect((await client.from('profiles').insert({ id: me.id, display_name: 'Ana', stakeholder: 'city' })).error).toBeNull();
		expect((await client.from('profiles').update({ display_name: 'Ana P.' }).eq('id', me.id)).error).toBeNull();
		const { data } = await client.from('profiles').select('display_name, stakeholder').eq('id', me.id);
		expect(data).toEqual([{ display_name: 'Ana P.', stakeholder: 'city' }]);
		expect((await one('select display_name from public.profiles where id = $1', [me.id])).display_name).toBe('Ana P.');
	});

	it("a person cannot create a profile in someone else's name, nor read theirs", async () => {
		const [me, them] = await Promise.all([createUser(), createUser()]);
		const forged = await clientFor(me.token).from('profiles').insert({ id: them.id, display_name: 'Not me' });
		expect(forged.error?.code).toBe('42501');
		expect((await db().query('select 1 from public.profiles where id = $1', [them.id])).rowCount).toBe(0);

		await db().query("insert into public.profiles (id, display_name) values ($1, 'Them')", [them.id]);
		const { data, error } = await clientFor(me.token).from('profiles').select('id').eq('id', them.id);
		expect(error).toBeNull();
		expect(data).toEqual([]);
	});

	it('a visitor cannot read any profile', async () => {
		const someone = await createUser();
		await db().query("insert into public.profiles (id, display_name) values ($1, 'Someone')", [someone.id]);
		const { data } = await clientFor(null).from('profiles').select('id');
		expect(data ?? []).toEqual([]);
	});
});

describe('organisation memberships', () => {
	it('a person sees their own memberships but not those of organisations they are not in', async () => {
		const { data, error } = await clientFor(member.token).from('organization_members').select('organization_id, user_id, role');
		expect(error).toBeNull();
		expect(data).toContainEqual({ organization_id: ORG.sofia, user_id: member.id, role: 'member' });
		expect(data!.filter((m) => m.organization_id !== ORG.sofia)).toEqual([]);
	});

	it('a person cannot make themselves a member or publisher', async () => {
		const { error } = await clientFor(outsider.token)
			.from('organization_members')
			.insert({ organization_id: ORG.sofia, user_id: outsider.id, role: 'publisher' });
		expect(error?.code).toBe('42501');
		expect((await db().query('select 1 from public.organization_members where user_id = $1', [outsider.id])).rowCount).toBe(0);
	});
});

describe('searching the library', () => {
	const search = async (words: string) => {
		const { data, error } = await clientFor(null)
			.from('use_cases')
			.select('slug')
			.textSearch('search', words, { type: 'websearch', config: 'english' });
		expect(error).toBeNull();
		return data!.map((r) => r.slug);
	};

	it('finds use cases by a word of their summary', async () => {
		expect(await search('parking')).toContain(LONDON_PUBLISHED);
		expect(await search('chatbot')).toContain('oulu-oulubot-chatbot');
	});

	it('finds nothing for a word no use case contains', async () => {
		expect(await search('xylophonequark')).toEqual([]);
	});
});

describe('tokens', () => {
	const status = async (token: string) => (await clientFor(token).from('use_cases').select('id').limit(1)).status;
	const claims = { sub: '', role: 'authenticated', aud: 'authenticated', is_anonymous: false };

	it('a good token is accepted by the API and by the server', async () => {
		expect(await status(outsider.token)).toBe(200);
		expect(await verifyAccessToken(outsider.token, inject('jwtSecret'))).toMatchObject({ sub: outsider.id, role: 'authenticated', is_anonymous: false });
	});

	it('a token signed with another secret is refused', async () => {
		const forged = await signToken({ ...claims, sub: publisher.id }, 'not-the-project-secret-not-the-project-secret', 3600);
		expect(await status(forged)).toBe(401);
		expect(await verifyAccessToken(forged, inject('jwtSecret'))).toBeNull();
	});

	it('an expired token is refused', async () => {
		const expired = await signToken({ ...claims, sub: outsider.id }, inject('jwtSecret'), -3600);
		expect(await status(expired)).toBe(401);
		expect(await verifyAccessToken(expired, inject('jwtSecret'))).toBeNull();
	});

	it('a token whose payload was tampered with is refused', async () => {
		const forged = tamper(outsider.token, { sub: publisher.id });
		expect(await status(forged)).toBe(401);
		expect(await verifyAccessToken(forged, inject('jwtSecret'))).toBeNull();
	});
});
