/**
 * Publishing a workshop's outcome as a use case, through the real PostgREST,
 * by every role: a visitor (anon), a participant of the workshop with no
 * organisation role, a member, a publisher and an admin of the organisation,
 * and a publisher of another organisation. Each operation (create a draft,
 * read drafts, link patterns, publish, edit, retire) allowed and refused; a
 * refused write leaves the row as it was. Rows made here are removed at the
 * end, so the seed's counts other tests rely on hold.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ORG, addMember, clientFor, closeDb, createUser, db, one, useCaseBySlug, type TestUser } from './helpers';

const PREFIX = `pub-${randomUUID().slice(0, 6)}`;
let n = 0;

interface Cast {
	anon: null;
	participant: TestUser;
	member: TestUser;
	publisher: TestUser;
	admin: TestUser;
	otherPublisher: TestUser;
}
let cast: Cast;
let workshopId: string;
/** A use case the seed published (other tests rely on its text). */
let sourceUseCaseId: string;

const tokenOf = (who: keyof Cast) => (who === 'anon' ? null : cast[who].token);
const as = (who: keyof Cast) => clientFor(tokenOf(who));

const OUTCOME = {
	atos: {
		'public-interest': { holds: true, evidence: 'Fewer cars in the harbour' },
		'public-engagement': { holds: true, evidence: '' },
		'business-viability': { holds: null, evidence: '' },
		'market-opportunities': { holds: false, evidence: '' }
	},
	revenue: { segments: [], streams: [], costs: [] }
};

function draft(extra: Record<string, unknown> = {}) {
	const slug = `${PREFIX}-${++n}`;
	return {
		slug,
		title: `Ferry bikes ${slug}`,
		city: 'Oulu',
		country: 'Finland',
		organization_id: ORG.oulu,
		domain: 'mobility',
		maturity: 'pilot',
		summary: 'Shared bikes at every ferry stop of the harbour district.',
		who: 'Commuters',
		what: 'Bikes at the ferry',
		how: 'Port authority runs docks',
		why: 'Fees per ride',
		funding_mechanisms: ['EU grant'],
		workshop_id: workshopId,
		...extra
	};
}

const createDraft = (who: keyof Cast, row = draft(), patterns = [3, 17]) =>
	as(who).rpc('create_use_case_draft', { use_case: row, patterns });

/** A draft made by the publisher, as they would (their rpc). */
async function publisherDraft(extra: Record<string, unknown> = {}) {
	const row = draft(extra);
	const { data, error } = await createDraft('publisher', row);
	expect(error).toBeNull();
	expect(data).toBe(row.slug);
	const { id } = await one<{ id: string }>('select id from public.use_cases where slug = $1', [row.slug]);
	return { ...row, id };
}

const patternsOf = async (id: string) =>
	(await db().query<{ pattern_id: number }>('select pattern_id from public.use_case_patterns where use_case_id = $1 order by 1', [id])).rows.map(
		(r) => r.pattern_id
	);

beforeAll(async () => {
	const [participant, member, publisher, admin, otherPublisher] = await Promise.all([
		createUser('anonymous'),
		createUser(),
		createUser(),
		createUser(),
		createUser()
	]);
	cast = { anon: null, participant, member, publisher, admin, otherPublisher };
	await addMember(ORG.oulu, member.id, 'member');
	await addMember(ORG.oulu, publisher.id, 'publisher');
	await db().query("insert into public.organization_members (organization_id, user_id, role) values ($1, $2, 'admin')", [ORG.oulu, admin.id]);
	await addMember(ORG.sofia, otherPublisher.id, 'publisher');
	({ id: sourceUseCaseId } = await one<{ id: string }>("select id from public.use_cases where slug = 'munich-mobility-points'"));
	({ id: workshopId } = await one<{ id: string }>(
		'insert into public.workshops (title, created_by, source_use_case_id) values ($1, $2, $3) returning id',
		['Publishing test', publisher.id, sourceUseCaseId]
	));
	// Everyone but the participant facilitates, so a refusal below is the organisation's, not the workshop's.
	await db().query(
		`insert into public.workshop_members (workshop_id, user_id, role, display_name)
		 values ($1, $2, 'participant', 'Pat'), ($1, $3, 'facilitator', 'Mem'), ($1, $4, 'facilitator', 'Ada'), ($1, $5, 'facilitator', 'Oth')`,
		[workshopId, participant.id, member.id, admin.id, otherPublisher.id]
	);
	await db().query('insert into public.outcomes (workshop_id, content) values ($1, $2)', [workshopId, OUTCOME]);
});

afterAll(async () => {
	const like = `${PREFIX}-%`;
	await db().query('delete from public.use_case_replications where replica_id in (select id from public.use_cases where slug like $1)', [like]);
	await db().query('delete from public.use_cases where slug like $1', [like]);
	await db().query('delete from public.workshops where id = $1', [workshopId]);
	await closeDb();
});

describe('creating a draft from a workshop outcome', () => {
	it('a publisher who facilitates the workshop creates it, with its patterns, as a draft', async () => {
		const row = await publisherDraft();
		const stored = await useCaseBySlug(row.slug);
		expect(stored).toMatchObject({ status: 'draft', workshop_id: workshopId, created_by: cast.publisher.id, funding_mechanisms: ['EU grant'] });
		expect(await patternsOf(row.id)).toEqual([3, 17]);
	});

	it("copies the Atos check and the revenue model from the outcome, and the source use case from the workshop, whatever the request says", async () => {
		const row = await publisherDraft({ atos: { forged: true }, source_use_case_id: randomUUID(), status: 'published' });
		const stored = await useCaseBySlug(row.slug);
		expect(stored?.atos).toEqual(OUTCOME.atos);
		expect(stored?.revenue_model).toEqual(OUTCOME.revenue);
		expect(stored?.source_use_case_id).toBe(sourceUseCaseId);
		expect(stored?.status).toBe('draft');
	});

	it('an admin of the organisation creates one too', async () => {
		const row = draft();
		expect((await createDraft('admin', row)).error).toBeNull();
		expect((await useCaseBySlug(row.slug))?.created_by).toBe(cast.admin.id);
	});

	for (const who of ['anon', 'participant', 'member', 'otherPublisher'] as const) {
		it(`is refused to ${who}, and nothing is kept`, async () => {
			const row = draft();
			const { error } = await createDraft(who, row);
			expect(error).not.toBeNull();
			expect(await useCaseBySlug(row.slug)).toBeUndefined();
		});
	}

	it("is refused to a publisher of another organisation for their own organisation, from a workshop they do not facilitate", async () => {
		await db().query("update public.workshop_members set role = 'participant' where workshop_id = $1 and user_id = $2", [
			workshopId,
			cast.otherPublisher.id
		]);
		try {
			const row = draft({ organization_id: ORG.sofia, city: 'Sofia', country: 'Bulgaria' });
			expect((await createDraft('otherPublisher', row)).error).not.toBeNull();
			expect(await useCaseBySlug(row.slug)).toBeUndefined();
		} finally {
			await db().query("update public.workshop_members set role = 'facilitator' where workshop_id = $1 and user_id = $2", [
				workshopId,
				cast.otherPublisher.id
			]);
		}
	});

	it('keeps nothing when a pattern is unknown (no draft without its patterns)', async () => {
		const row = draft();
		const { error } = await createDraft('publisher', row, [3, 999]);
		expect(error).not.toBeNull();
		expect(await useCaseBySlug(row.slug)).toBeUndefined();
	});

	it('refuses a slug that is taken, even by a draft the caller cannot see, and suggests the next free one', async () => {
		const taken = await publisherDraft();
		const { error } = await createDraft('otherPublisher', draft({ slug: taken.slug, organization_id: ORG.sofia }));
		expect(error?.code).toBe('23505');
		const free = await as('otherPublisher').rpc('free_use_case_slug', { wanted: taken.slug });
		expect(free.data).toBe(`${taken.slug}-2`);
		expect((await as('otherPublisher').rpc('free_use_case_slug', { wanted: `${PREFIX}-unused` })).data).toBe(`${PREFIX}-unused`);
		expect((await as('anon').rpc('free_use_case_slug', { wanted: taken.slug })).error).not.toBeNull();
	});
});

describe('reading drafts', () => {
	let slug: string;
	beforeAll(async () => {
		({ slug } = await publisherDraft());
	});

	for (const who of ['member', 'publisher', 'admin'] as const) {
		it(`${who} of the organisation reads the draft and its patterns`, async () => {
			const { data } = await as(who).from('use_cases').select('slug, use_case_patterns(pattern_id)').eq('slug', slug);
			expect(data).toEqual([{ slug, use_case_patterns: [{ pattern_id: 3 }, { pattern_id: 17 }] }]);
		});
	}

	for (const who of ['anon', 'participant', 'otherPublisher'] as const) {
		it(`${who} does not see it, nor its patterns`, async () => {
			const { data } = await as(who).from('use_cases').select('slug').eq('slug', slug);
			expect(data ?? []).toEqual([]);
			const id = (await useCaseBySlug(slug))?.id as string;
			const links = await as(who).from('use_case_patterns').select('pattern_id').eq('use_case_id', id);
			expect(links.data ?? []).toEqual([]);
		});
	}
});

describe('linking patterns', () => {
	for (const who of ['publisher', 'admin'] as const) {
		it(`${who} links and unlinks a pattern`, async () => {
			const row = await publisherDraft();
			expect((await as(who).from('use_case_patterns').insert({ use_case_id: row.id, pattern_id: 5 })).error).toBeNull();
			expect(await patternsOf(row.id)).toEqual([3, 5, 17]);
			const removed = await as(who).from('use_case_patterns').delete().eq('use_case_id', row.id).eq('pattern_id', 3).select();
			expect(removed.data).toHaveLength(1);
			expect(await patternsOf(row.id)).toEqual([5, 17]);
		});
	}

	for (const who of ['anon', 'participant', 'member', 'otherPublisher'] as const) {
		it(`${who} can neither link nor unlink`, async () => {
			const row = await publisherDraft();
			expect((await as(who).from('use_case_patterns').insert({ use_case_id: row.id, pattern_id: 5 })).error).not.toBeNull();
			const removed = await as(who).from('use_case_patterns').delete().eq('use_case_id', row.id).eq('pattern_id', 3).select();
			expect(removed.data ?? []).toEqual([]);
			expect(await patternsOf(row.id)).toEqual([3, 17]);
		});
	}
});

describe('publishing', () => {
	for (const who of ['publisher', 'admin'] as const) {
		it(`${who} publishes a draft; anyone then reads it`, async () => {
			const row = await publisherDraft();
			const { data } = await as(who).from('use_cases').update({ status: 'published' }).eq('id', row.id).select('status');
			expect(data).toEqual([{ status: 'published' }]);
			expect((await useCaseBySlug(row.slug))?.published_at).not.toBeNull();
			expect((await as('anon').from('use_cases').select('slug').eq('slug', row.slug)).data).toEqual([{ slug: row.slug }]);
		});
	}

	for (const who of ['anon', 'participant', 'member', 'otherPublisher'] as const) {
		it(`${who} cannot publish: the draft stays as it was`, async () => {
			const row = await publisherDraft();
			const before = await useCaseBySlug(row.slug);
			const { data } = await as(who).from('use_cases').update({ status: 'published' }).eq('id', row.id).select('status');
			expect(data ?? []).toEqual([]);
			expect(await useCaseBySlug(row.slug)).toEqual(before);
		});
	}

	it('refuses to publish a use case that does not tell all four dimensions', async () => {
		const row = await publisherDraft({ why: '' });
		const { error } = await as('publisher').from('use_cases').update({ status: 'published' }).eq('id', row.id).select();
		expect(error?.code).toBe('23514');
		expect((await useCaseBySlug(row.slug))?.status).toBe('draft');
	});
});

describe('editing', () => {
	const edit = (who: keyof Cast, id: string, title: string, patterns: number[]) =>
		as(who).rpc('update_use_case', {
			use_case_id: id,
			use_case: { ...draft(), title, maturity: 'operating', lessons: 'Start small.' },
			patterns
		});

	for (const who of ['publisher', 'admin'] as const) {
		it(`${who} edits a published use case and its patterns in one step; last changed moves`, async () => {
			const row = await publisherDraft();
			await as('publisher').from('use_cases').update({ status: 'published' }).eq('id', row.id);
			const before = await useCaseBySlug(row.slug);
			const { error } = await edit(who, row.id, 'Ferry bikes, second season', [17, 20]);
			expect(error).toBeNull();
			const after = await useCaseBySlug(row.slug);
			expect(after).toMatchObject({ title: 'Ferry bikes, second season', maturity: 'operating', lessons: 'Start small.', status: 'published' });
			expect((after?.updated_at as Date).getTime()).toBeGreaterThan((before?.updated_at as Date).getTime());
			expect(after?.created_by).toBe(cast.publisher.id);
			expect(after?.workshop_id).toBe(workshopId);
			expect(await patternsOf(row.id)).toEqual([17, 20]);
		});
	}

	for (const who of ['anon', 'participant', 'member', 'otherPublisher'] as const) {
		it(`${who} cannot edit: text and patterns stay`, async () => {
			const row = await publisherDraft();
			await as('publisher').from('use_cases').update({ status: 'published' }).eq('id', row.id);
			const before = await useCaseBySlug(row.slug);
			const { error } = await edit(who, row.id, 'Defaced', [1]);
			expect(error).not.toBeNull();
			expect(await useCaseBySlug(row.slug)).toEqual(before);
			expect(await patternsOf(row.id)).toEqual([3, 17]);
		});
	}

	it('keeps the edit all or nothing: an unknown pattern leaves text and patterns as they were', async () => {
		const row = await publisherDraft();
		const before = await useCaseBySlug(row.slug);
		expect((await edit('publisher', row.id, 'Half written', [17, 999])).error).not.toBeNull();
		expect(await useCaseBySlug(row.slug)).toEqual(before);
		expect(await patternsOf(row.id)).toEqual([3, 17]);
	});

	it('a plain update cannot move it to another workshop or source', async () => {
		const row = await publisherDraft();
		await as('publisher').from('use_cases').update({ workshop_id: null, source_use_case_id: null }).eq('id', row.id);
		expect(await useCaseBySlug(row.slug)).toMatchObject({ workshop_id: workshopId, source_use_case_id: sourceUseCaseId });
	});
});

describe('retiring', () => {
	async function published() {
		const row = await publisherDraft();
		await as('publisher').from('use_cases').update({ status: 'published' }).eq('id', row.id);
		return row;
	}

	for (const who of ['publisher', 'admin'] as const) {
		it(`${who} retires a use case: retired_at is set, gone from search, its page still readable by anyone`, async () => {
			const row = await published();
			const { data } = await as(who).from('use_cases').update({ status: 'retired' }).eq('id', row.id).select('status, retired_at');
			expect(data?.[0]?.status).toBe('retired');
			expect(data?.[0]?.retired_at).not.toBeNull();
			const page = await as('anon').from('use_cases').select('slug, status').eq('slug', row.slug);
			expect(page.data).toEqual([{ slug: row.slug, status: 'retired' }]);
			// The library's search asks for what is not retired.
			const search = await as('anon').from('use_cases').select('slug').neq('status', 'retired').textSearch('search', 'ferry');
			expect((search.data ?? []).map((r) => r.slug)).not.toContain(row.slug);
		});
	}

	for (const who of ['anon', 'participant', 'member', 'otherPublisher'] as const) {
		it(`${who} cannot retire it`, async () => {
			const row = await published();
			const before = await useCaseBySlug(row.slug);
			const { data } = await as(who).from('use_cases').update({ status: 'retired' }).eq('id', row.id).select();
			expect(data ?? []).toEqual([]);
			expect(await useCaseBySlug(row.slug)).toEqual(before);
		});
	}

	it("the seed's retired use case stays hidden (it was never published here)", async () => {
		const { data } = await as('anon').from('use_cases').select('slug').eq('slug', 'icity-free-open-data-first-model');
		expect(data).toEqual([]);
	});
});
