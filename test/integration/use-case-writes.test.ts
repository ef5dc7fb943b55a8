/**
 * Who may write a use case, through the real PostgREST: the service role
 * (admin scripts, server-side imports), a publisher of the organisation, and
 * not a visitor. The stored search column is computed on every write by
 * private.join_words, so each write also proves who may call that function.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { ORG, addMember, clientFor, closeDb, createUser, draftUseCase, useCaseBySlug, type TestUser } from './helpers';

const service = () => clientFor(inject('serviceRoleKey'));
let publisher: TestUser;

beforeAll(async () => {
	publisher = await createUser();
	await addMember(ORG.sofia, publisher.id, 'publisher');
});
afterAll(closeDb);

/** The stored search vector, as text: proves the generated column was computed with the new words. */
const searchOf = async (slug: string) => String((await useCaseBySlug(slug))?.search ?? '');

describe('the service role', () => {
	it('inserts a use case, its search column computed from the lists too', async () => {
		const row = draftUseCase(ORG.sofia, { funding_mechanisms: ['Crowdfunding'] });
		const { error } = await service().from('use_cases').insert(row);
		expect(error).toBeNull();
		expect(await useCaseBySlug(row.slug)).toMatchObject({ title: row.title, status: 'draft' });
		expect(await searchOf(row.slug)).toContain("'crowdfund'");
	});

	it('updates a use case, and the search column follows', async () => {
		const row = draftUseCase(ORG.oulu);
		expect((await service().from('use_cases').insert(row)).error).toBeNull();
		const { data, error } = await service()
			.from('use_cases')
			.update({ stakeholders: ['Harbour authority'] })
			.eq('slug', row.slug)
			.select('slug');
		expect(error).toBeNull();
		expect(data).toEqual([{ slug: row.slug }]);
		expect(await searchOf(row.slug)).toContain("'harbour'");
	});
});

describe('a publisher of the organisation', () => {
	it('inserts and updates its use case', async () => {
		const client = clientFor(publisher.token);
		const row = draftUseCase(ORG.sofia);
		expect((await client.from('use_cases').insert(row)).error).toBeNull();
		const { data, error } = await client
			.from('use_cases')
			.update({ follower_cities: ['Plovdiv'] })
			.eq('slug', row.slug)
			.select('slug');
		expect(error).toBeNull();
		expect(data).toEqual([{ slug: row.slug }]);
		expect(await searchOf(row.slug)).toContain("'plovdiv'");
	});
});

describe('a visitor (anon)', () => {
	it('cannot insert a use case', async () => {
		const row = draftUseCase(ORG.sofia);
		const { error } = await clientFor(null).from('use_cases').insert(row);
		expect(error).not.toBeNull();
		expect(await useCaseBySlug(row.slug)).toBeUndefined();
	});

	it('cannot update one: the row stays as it was', async () => {
		const row = draftUseCase(ORG.sofia);
		expect((await service().from('use_cases').insert({ ...row, status: 'published' })).error).toBeNull();
		const before = await useCaseBySlug(row.slug);
		const { data } = await clientFor(null).from('use_cases').update({ title: 'Defaced by a visitor' }).eq('slug', row.slug).select();
		expect(data ?? []).toEqual([]);
		expect(await useCaseBySlug(row.slug)).toEqual(before);
	});
});
