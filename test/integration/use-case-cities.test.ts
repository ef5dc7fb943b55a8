/**
 * The library's city filter against the real PostgREST: each city a use case
 * names is its own filter value, filtering by one city finds the use cases
 * that name it among others, and the database splits `city` exactly as
 * citiesOf() does (migration 20261201000400_use_case_cities.sql).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryFacets, searchUseCases } from '../../src/lib/data/use-cases';
import { parseLibraryQuery } from '../../src/lib/domain/library-query';
import { citiesOf } from '../../src/lib/domain/use-cases';
import { ORG, addMember, clientFor, closeDb, createUser, db, draftUseCase, one, type TestUser } from './helpers';

afterAll(closeDb);

const query = (params: string) => parseLibraryQuery(new URLSearchParams(params)).query;
const slugsFor = async (params: string, token: string | null = null) =>
	(await searchUseCases(clientFor(token), query(params))).useCases.map((u) => u.slug);

/** The iCity projects shared by four cities, and Genoa's own. */
const SHARED = 'icity-open-city-infrastructure-platform';
const GENOA_ONLY = 'genoa-shared-public-private-infrastructure';

describe('cities of the library', () => {
	it('offer each city once, split out of shared projects, and no "Any city"', async () => {
		const { cities } = await libraryFacets(clientFor(null));
		for (const city of ['Bologna', 'Genoa', 'London', 'Barcelona', 'Oulu', 'Lyon', 'Munich', 'Vienna']) expect(cities).toContain(city);
		expect(cities.filter((c) => /[,;/]/.test(c))).toEqual([]);
		expect(cities.filter((c) => /^any\b/i.test(c))).toEqual([]);
		expect(new Set(cities).size).toBe(cities.length);
		expect([...cities].sort((a, b) => a.localeCompare(b, 'en'))).toEqual(cities);
	});

	it('filtering by one city finds the use cases that name it among others', async () => {
		const { rows } = await db().query<{ slug: string }>(
			"select slug from public.use_cases where status = 'published' and city ~ '\\mGenoa\\M' order by slug"
		);
		const shared = rows.map((r) => r.slug);
		expect(shared).toContain(SHARED);
		expect(shared).toContain(GENOA_ONLY);

		const found = await slugsFor('city=Genoa');
		expect([...found].sort()).toEqual(shared);
		// Another city of the shared project finds it too, without Genoa's own.
		const barcelona = await slugsFor('city=Barcelona');
		expect(barcelona).toContain(SHARED);
		expect(barcelona).not.toContain(GENOA_ONLY);
	});

	it('a city with other filters narrows as before, and an unknown city finds nothing', async () => {
		expect(await slugsFor('city=Genoa&domain=smart-data-platform')).toContain(SHARED);
		expect(await slugsFor('city=Munich&domain=smart-data-platform')).not.toContain(SHARED);
		expect(await slugsFor('city=Atlantis')).toEqual([]);
	});

	it('the database splits every seeded city exactly as citiesOf() does', async () => {
		const { rows } = await db().query<{ city: string; cities: string[] }>('select city, cities from public.use_cases');
		expect(rows.length).toBeGreaterThan(20);
		for (const row of rows) expect(row.cities, row.city).toEqual(citiesOf(row.city));
	});

	it('the split in SQL handles slashes, semicolons, spaces, repeats and "any city" as citiesOf() does', async () => {
		const samples = ['Vienna / Oulu', 'Lyon;Munich', '  Santiago   de Compostela ', 'Brighton & Hove, Lyon', 'Vienna, , Vienna /', 'Any city', 'ALL CITIES', 'O"Brien, Back\\slash'];
		for (const city of samples) {
			const { cities } = await one<{ cities: string[] }>('select private.city_names($1) as cities', [city]);
			expect(cities, city).toEqual(citiesOf(city));
		}
	});
});

describe('a city with spaces and quotes, on a use case its organisation can read', () => {
	let member: TestUser;
	const row = draftUseCase(ORG.sofia, { city: 'Santiago de Compostela / Sofia, Quote "Town"' });

	beforeAll(async () => {
		member = await createUser();
		await addMember(ORG.sofia, member.id, 'member');
		await db().query(
			`insert into public.use_cases (slug, title, city, country, organization_id, domain, summary)
			 values ($1, $2, $3, $4, $5, $6, $7)`,
			[row.slug, row.title, row.city, row.country, row.organization_id, row.domain, row.summary]
		);
	});

	it('is found by each of its cities, quoted safely, and only by whom RLS lets read it', async () => {
		expect(await slugsFor('city=Santiago de Compostela', member.token)).toEqual([row.slug]);
		expect(await slugsFor(`city=${encodeURIComponent('Quote "Town"')}`, member.token)).toEqual([row.slug]);
		expect(await slugsFor('city=Sofia', member.token)).toContain(row.slug);
		// A draft: a visitor neither finds it nor sees its cities offered.
		expect(await slugsFor('city=Santiago de Compostela')).toEqual([]);
		expect((await libraryFacets(clientFor(null))).cities).not.toContain('Santiago de Compostela');
		expect((await libraryFacets(clientFor(member.token))).cities).toContain('Santiago de Compostela');
	});

	it('a publisher writing a use case through the API gets its cities computed', async () => {
		const publisher = await createUser();
		await addMember(ORG.sofia, publisher.id, 'publisher');
		const mine = draftUseCase(ORG.sofia, { city: 'Sofia / Plovdiv' });
		const { data, error } = await clientFor(publisher.token).from('use_cases').insert(mine).select('cities').single();
		expect(error).toBeNull();
		expect(data!.cities).toEqual(['Sofia', 'Plovdiv']);
		const { error: renamed } = await clientFor(publisher.token).from('use_cases').update({ city: 'Plovdiv' }).eq('slug', mine.slug);
		expect(renamed).toBeNull();
		expect((await one<{ cities: string[] }>('select cities from public.use_cases where slug = $1', [mine.slug])).cities).toEqual(['Plovdiv']);
	});
});
