/**
 * Use case languages against the real stack (migration 20261201001200): the
 * library's search, called as the page calls it (searchUseCases,
 * libraryFacets through PostgREST), finds a German, a French and a Finnish
 * use case by inflected forms in their language and by a word English shares,
 * and still finds English ones; a use case published from a workshop takes the
 * workshop's language unless its publisher names another; a workshop started
 * from a use case runs in its language, and so does the replica published
 * from it. Rows made here are removed at the end, so the seed's counts hold.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryFacets, pickUseCases, searchUseCases } from '../../src/lib/data/use-cases';
import { parseLibraryQuery } from '../../src/lib/domain/library-query';
import { ORG, addMember, clientFor, closeDb, createUser, db, draftUseCase, one, type TestUser } from './helpers';

const PREFIX = `lang-${randomUUID().slice(0, 6)}`;
const slug = (name: string) => `${PREFIX}-${name}`;

/** Use cases as cities write them, each in its own language. */
const WRITTEN = {
	de: {
		title: 'Digitale Parkplätze am Bahnhof',
		city: 'Augsburg',
		country: 'Deutschland',
		summary: 'Die Parkplätze am Bahnhof werden mit Sensoren erfasst; Pendler buchen sie und die Fahrräder daneben im Voraus.',
		who: 'Pendler und Anwohner',
		what: 'Freie Parkplätze und Fahrräder in Echtzeit',
		how: 'Sensoren der Stadtwerke',
		why: 'Weniger Suchverkehr in den Stadtteilen'
	},
	fr: {
		title: 'Trottinettes électriques partagées',
		city: 'Lyon',
		country: 'France',
		summary: 'Des trottinettes électriques partagées stationnent dans les parkings à vélos des villes de la métropole.',
		who: 'Habitants et visiteurs',
		what: 'Des trottinettes en libre-service',
		how: 'Un opérateur privé sous licence',
		why: 'Moins de voitures dans les villes'
	},
	fi: {
		title: 'Sähköautojen latauspisteet',
		city: 'Tampere',
		country: 'Suomi',
		summary: 'Kaupunki tarjoaa pysäköintiä ja latauspisteitä sähköautoille keskustan pysäköintitaloissa.',
		who: 'Asukkaat ja työmatkalaiset',
		what: 'Latauspisteet pysäköintitaloissa',
		how: 'Energiayhtiön kanssa',
		why: 'Päästöt pienenevät'
	}
} as const;
type Written = keyof typeof WRITTEN;

const ids: Partial<Record<Written, string>> = {};
let publisher: TestUser, facilitator: TestUser;

const found = async (q: string, token: string | null = null) => {
	const { useCases } = await searchUseCases(clientFor(token), parseLibraryQuery(new URLSearchParams({ q })).query);
	return useCases.map((u) => u.slug);
};

beforeAll(async () => {
	[publisher, facilitator] = await Promise.all([createUser(), createUser()]);
	await addMember(ORG.oulu, publisher.id, 'publisher');
	await addMember(ORG.oulu, facilitator.id, 'member');
	for (const language of Object.keys(WRITTEN) as Written[]) {
		const row = { ...draftUseCase(ORG.oulu), ...WRITTEN[language], slug: slug(language), language, status: 'published' };
		const columns = Object.keys(row);
		ids[language] = (
			await one<{ id: string }>(
				`insert into public.use_cases (${columns.join(', ')}) values (${columns.map((_, i) => `$${i + 1}`).join(', ')}) returning id`,
				Object.values(row)
			)
		).id;
	}
});

afterAll(async () => {
	const like = `${PREFIX}-%`;
	await db().query('delete from public.use_case_replications where replica_id in (select id from public.use_cases where slug like $1)', [like]);
	await db().query('delete from public.use_cases where slug like $1', [like]);
	await db().query('delete from public.workshops where title like $1', [like]);
	await closeDb();
});

describe('the canvas’s use-case picker finds across languages too', () => {
	const picked = async (q: string) => (await pickUseCases(clientFor(null), { q, ids: [] })).map((u) => u.slug);
	it('by an inflected form in the use case’s language, and by a word with commas and quotes in it', async () => {
		expect(await picked('Parkplatz')).toContain(slug('de'));
		expect(await picked('pysäköinti')).toContain(slug('fi'));
		expect(await picked('trottinette')).toContain(slug('fr'));
		expect(await picked('Parkplatz, "Bahnhof"')).toContain(slug('de'));
		expect(await picked('pysäköinti')).not.toContain(slug('de'));
	});
});

describe('search in the use case’s language', () => {
	it('stems each use case in its own language', async () => {
		const { search } = await one<{ search: string }>('select search::text from public.use_cases where id = $1', [ids.de]);
		expect(search).toContain("'parkplatz'");
		expect(search).not.toContain("'parkplätz'");
	});

	it('reads a search in every language once, and ranks a use case by its own language’s reading', async () => {
		expect(await one('select library.any_language_query($1)::text as q', ['sensors'])).toEqual({ q: "'sensor' | 'sensors'" });
		const { rank } = await one<{ rank: number }>(
			'select ts_rank(search, library.own_language_query(language, $2)) as rank from public.use_cases where id = $1',
			[ids.de, 'Parkplatz']
		);
		expect(rank).toBeGreaterThan(0);
	});

	it('finds a German use case by other forms of its words, and by a word English shares', async () => {
		for (const q of ['Parkplatz', 'Fahrrad', 'Stadtteil', 'Sensor', 'sensors']) expect(await found(q), q).toContain(slug('de'));
	});

	it('finds a French use case by other forms of its words, and by a word English shares', async () => {
		for (const q of ['trottinette', 'partagé', 'ville', 'parking']) expect(await found(q), q).toContain(slug('fr'));
	});

	it('finds a Finnish use case by other forms of its words', async () => {
		for (const q of ['pysäköinti', 'sähköauto', 'latauspiste', 'pysäköintitalo']) expect(await found(q), q).toContain(slug('fi'));
	});

	it('finds only the use cases that hold the word, in whichever language', async () => {
		const parkplatz = await found('Parkplatz');
		expect(parkplatz).not.toContain(slug('fr'));
		expect(parkplatz).not.toContain(slug('fi'));
		expect(await found('pysäköinti')).toEqual([slug('fi')]);
		// Every word of a search, in one language: German and Finnish words together find neither.
		expect(await found('Parkplatz pysäköinti')).toEqual([]);
	});

	it('still finds English use cases by English words', async () => {
		const parking = await found('parking');
		expect(parking).toContain('london-parking-apps-as-strategic-services');
		expect(parking).toContain(slug('fr'));
		expect(await found('"car sharing"')).not.toEqual([]);
	});

	it('says each result’s language, and counts it in the facets', async () => {
		const { useCases } = await searchUseCases(clientFor(null), parseLibraryQuery(new URLSearchParams({ q: 'Parkplatz' })).query);
		expect(useCases.find((u) => u.slug === slug('de'))?.language).toBe('de');
		const { counts } = await libraryFacets(clientFor(null), parseLibraryQuery(new URLSearchParams({ q: 'Parkplatz', domain: 'mobility' })).query);
		expect(counts.city.Augsburg).toBe(1);
	});

	it('finds an organisation’s drafts in their language for its members', async () => {
		const draft = { ...draftUseCase(ORG.oulu), slug: slug('draft'), title: 'Radwege in der Altstadt', summary: 'Neue Radwege verbinden die Stadtteile mit dem Bahnhof.', language: 'de' };
		const { error } = await clientFor(publisher.token).from('use_cases').insert(draft);
		expect(error).toBeNull();
		expect(await found('Radweg', facilitator.token)).toEqual([draft.slug]);
		expect(await found('Radweg')).toEqual([]);
		const { counts } = await libraryFacets(clientFor(facilitator.token), parseLibraryQuery(new URLSearchParams({ q: 'Radweg' })).query);
		expect(counts.domain).toEqual({ mobility: 1 });
	});
});

describe('the language of a published use case', () => {
	/** A workshop in `language` that the publisher facilitates. */
	async function workshopIn(language: string, source: string | null = null) {
		const { id } = await one<{ id: string }>(
			'insert into public.workshops (title, created_by, organization_id, language, source_use_case_id) values ($1, $2, $3, $4, $5) returning id',
			[slug(`workshop-${randomUUID().slice(0, 4)}`), publisher.id, ORG.oulu, language, source]
		);
		await db().query(
			`insert into public.workshop_members (workshop_id, user_id, role, display_name) values ($1, $2, 'facilitator', 'Publisher')
			 on conflict (workshop_id, user_id) do update set role = 'facilitator'`,
			[id, publisher.id]
		);
		return id;
	}
	const languageOf = async (id: string) => (await one<{ language: string }>('select language from public.use_cases where slug = $1 or id::text = $1', [id])).language;
	const row = (workshop: string, extra: Record<string, unknown> = {}) => ({ ...draftUseCase(ORG.oulu), slug: slug(randomUUID().slice(0, 6)), workshop_id: workshop, ...extra });

	it('is the workshop’s when the publish form names none', async () => {
		const draft = row(await workshopIn('fi'));
		const { data, error } = await clientFor(publisher.token).rpc('create_use_case_draft', { use_case: draft, patterns: [] });
		expect(error).toBeNull();
		expect(await languageOf(data as string)).toBe('fi');
	});

	it('is the one the publisher names on the form, over the workshop’s', async () => {
		const draft = row(await workshopIn('fi'), { language: 'en' });
		const { data, error } = await clientFor(publisher.token).rpc('create_use_case_draft', { use_case: draft, patterns: [] });
		expect(error).toBeNull();
		expect(await languageOf(data as string)).toBe('en');
	});

	it('is the workshop’s for an insert that names another (the database copies it, as the source)', async () => {
		const draft = row(await workshopIn('de'), { language: 'es' });
		expect((await clientFor(publisher.token).from('use_cases').insert(draft)).error).toBeNull();
		expect(await languageOf(draft.slug)).toBe('de');
	});

	it('is kept by an edit that names none, changed by one that does, and the search follows it', async () => {
		const draft = row(await workshopIn('en'), { title: 'Fahrräder für alle', summary: 'Fahrräder an jeder Haltestelle der Stadtbahn.' });
		const created = await clientFor(publisher.token).rpc('create_use_case_draft', { use_case: draft, patterns: [] });
		expect(created.error).toBeNull();
		const { id } = await one<{ id: string }>('select id from public.use_cases where slug = $1', [draft.slug]);
		const save = (extra: Record<string, unknown>) =>
			clientFor(publisher.token).rpc('update_use_case', { use_case_id: id, use_case: { ...draft, maturity: 'idea', ...extra }, patterns: [] });
		expect((await save({})).error).toBeNull();
		expect(await languageOf(id)).toBe('en');
		expect(await found('Fahrrad', publisher.token)).not.toContain(draft.slug);
		expect((await save({ language: 'de' })).error).toBeNull();
		expect(await languageOf(id)).toBe('de');
		expect(await found('Fahrrad', publisher.token)).toContain(draft.slug);
		// Only the six languages.
		expect((await save({ language: 'xx' })).error?.code).toBe('23514');
	});
});

describe('replication keeps the language', () => {
	it('starts the workshop in the use case’s language, and its replica is published in it', async () => {
		const start = await clientFor(publisher.token).rpc('start_workshop_from_use_case', {
			use_case: ids.fr, title: slug('replica-workshop'), host: 'Oulu', organization: ORG.oulu, purpose: '', canvas_title: 'Canvas', outcome: {}
		});
		expect(start.error).toBeNull();
		const workshop = (start.data as { workshop: string }).workshop;
		expect(await one('select language, source_use_case_id from public.workshops where id = $1', [workshop])).toEqual({ language: 'fr', source_use_case_id: ids.fr });
		const replica = { ...draftUseCase(ORG.oulu), slug: slug('replica'), workshop_id: workshop };
		const { error } = await clientFor(publisher.token).rpc('create_use_case_draft', { use_case: replica, patterns: [] });
		expect(error).toBeNull();
		expect(await one('select language, source_use_case_id from public.use_cases where slug = $1', [replica.slug])).toEqual({ language: 'fr', source_use_case_id: ids.fr });
	});
});
