/**
 * The library's search, sort and facet counts against the real PostgREST
 * (rpc search_use_cases and library_facets, migration 20261201001100),
 * called as the library page calls them (src/lib/data/use-cases.ts), and
 * checked against what SQL counts as the superuser.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { libraryFacets, searchUseCases } from '../../src/lib/data/use-cases';
import { PAGE_SIZE, parseLibraryQuery, type FacetCounts } from '../../src/lib/domain/library-query';
import { DRAFT_SLUGS, ORG, RETIRED_SLUG, addMember, clientFor, closeDb, createUser, db, one } from './helpers';

const query = (params: string) => parseLibraryQuery(new URLSearchParams(params)).query;
const anon = () => clientFor(null);
const search = async (params: string, token: string | null = null) => searchUseCases(clientFor(token), query(params));
const facets = async (params: string, token: string | null = null) => (await libraryFacets(clientFor(token), query(params))).counts;

/** The published use cases (what anyone may read) with their facet values, as the superuser sees them. */
async function published() {
	const { rows } = await db().query<{ id: string; slug: string; domain: string; maturity: string; cities: string[]; patterns: string[] }>(
		`select u.id, u.slug, u.domain, u.maturity, u.cities,
		   coalesce(array(select b.slug from public.use_case_patterns p join public.business_model_patterns b on b.id = p.pattern_id
		                  where p.use_case_id = u.id), '{}') as patterns
		 from public.use_cases u where u.status = 'published'`
	);
	return rows;
}

type Row = Awaited<ReturnType<typeof published>>[number];
type Filters = { domain?: string; city?: string; maturity?: string; pattern?: string };

/** Facet counts by hand: each facet over the rows passing every filter but its own. */
function countByHand(rows: Row[], filters: Filters): FacetCounts {
	const passes = (row: Row, skip: keyof Filters) =>
		(skip === 'domain' || !filters.domain || row.domain === filters.domain) &&
		(skip === 'city' || !filters.city || row.cities.includes(filters.city)) &&
		(skip === 'maturity' || !filters.maturity || row.maturity === filters.maturity) &&
		(skip === 'pattern' || !filters.pattern || row.patterns.includes(filters.pattern));
	const tally = (values: string[]) => values.reduce<Record<string, number>>((t, v) => ((t[v] = (t[v] ?? 0) + 1), t), {});
	return {
		domain: tally(rows.filter((r) => passes(r, 'domain')).map((r) => r.domain)),
		city: tally(rows.filter((r) => passes(r, 'city')).flatMap((r) => r.cities)),
		maturity: tally(rows.filter((r) => passes(r, 'maturity')).map((r) => r.maturity)),
		pattern: tally(rows.filter((r) => passes(r, 'pattern')).flatMap((r) => r.patterns))
	};
}

const params = (filters: Filters) => new URLSearchParams(filters as Record<string, string>).toString();

afterAll(closeDb);

describe('facet counts', () => {
	it('count the published use cases per domain, city, maturity and pattern', async () => {
		const rows = await published();
		expect(rows.length).toBeGreaterThan(20);
		const counts = await facets('');
		expect(counts).toEqual(countByHand(rows, {}));
		// The domains add up to every use case the library lists.
		const { total } = await search('');
		expect(Object.values(counts.domain).reduce((a, b) => a + b, 0)).toBe(total);
	});

	it('count each facet with the other filters applied, never its own', async () => {
		const rows = await published();
		for (const filters of [
			{ domain: 'mobility' },
			{ domain: 'smart-data-platform', city: 'Genoa' },
			{ maturity: 'pilot', pattern: 'open-business-model' },
			{ domain: 'digital-services', city: 'Oulu', maturity: 'operating', pattern: 'self-service' }
		] satisfies Filters[]) {
			const counts = await facets(params(filters));
			expect(counts, JSON.stringify(filters)).toEqual(countByHand(rows, filters));
		}
		// Its own filter does not change a facet: the domain counts with a domain chosen are those without.
		const none = await facets('');
		expect((await facets('domain=mobility')).domain).toEqual(none.domain);
		expect((await facets('city=Genoa')).city).toEqual(none.city);
		// But another does: with a domain chosen, the maturities count only that domain's use cases.
		const mobility = rows.filter((r) => r.domain === 'mobility').length;
		expect(Object.values((await facets('domain=mobility')).maturity).reduce((a, b) => a + b, 0)).toBe(mobility);
	});

	it('count what the words find, and agree with the results', async () => {
		const counts = await facets('q=parking');
		const { total, useCases } = await search('q=parking');
		expect(total).toBeGreaterThan(0);
		expect(Object.values(counts.domain).reduce((a, b) => a + b, 0)).toBe(total);
		for (const [domain, n] of Object.entries(counts.domain)) {
			expect((await search(`q=parking&domain=${domain}`)).total, domain).toBe(n);
		}
		expect(useCases.map((u) => u.slug)).toContain('london-parking-apps-as-strategic-services');
		expect(await facets('q=zzqxjvwk')).toEqual({ domain: {}, city: {}, maturity: {}, pattern: {} });
	});
});

describe('sort', () => {
	it('newest puts the latest published first, ties by title', async () => {
		const { useCases } = await search('sort=newest');
		const { rows } = await db().query<{ slug: string }>(
			`select slug from public.use_cases where status = 'published' order by published_at desc nulls last, title, slug limit $1`,
			[PAGE_SIZE]
		);
		expect(useCases.map((u) => u.slug)).toEqual(rows.map((r) => r.slug));
		const dates = useCases.map((u) => Date.parse(u.published_at!));
		expect(dates).toEqual([...dates].sort((a, b) => b - a));
		// Without words, relevance is the newest first.
		expect((await search('')).useCases.map((u) => u.slug)).toEqual(useCases.map((u) => u.slug));
	});

	it('relevance puts the better match first (ts_rank)', async () => {
		const { useCases } = await search('q=parking');
		const { rows } = await db().query<{ slug: string }>(
			`select slug from public.use_cases
			 where status = 'published' and search @@ websearch_to_tsquery('english', 'parking')
			 order by ts_rank(search, websearch_to_tsquery('english', 'parking')) desc, published_at desc nulls last, title, slug`
		);
		expect(useCases.map((u) => u.slug)).toEqual(rows.map((r) => r.slug));
		expect(useCases.length).toBeGreaterThan(1);
	});

	describe('most replicated', () => {
		// Other files replicate Munich's use case into the same database at the same
		// time, so these use two use cases nothing else replicates, and check the
		// order against the counts as they are.
		const FIRST = 'london-parking-apps-as-strategic-services';
		const made: string[] = [];
		let second = '';
		beforeAll(async () => {
			const { rows } = await db().query<{ id: string; slug: string; organization_id: string }>(
				`select id, slug, organization_id from public.use_cases u where status = 'published'
				 and not exists (select 1 from public.use_case_replications r where r.use_case_id = u.id or r.replica_id = u.id)
				 order by slug`
			);
			const bySlug = new Map(rows.map((r) => [r.slug, r]));
			const first = bySlug.get(FIRST)!;
			const other = rows.find((r) => r.slug !== FIRST && r.slug !== 'munich-mobility-points')!;
			second = other.slug;
			const replicas = rows.filter((r) => r !== first && r !== other && r.slug !== 'munich-mobility-points').slice(0, 3);
			for (const [original, replica] of [[first, replicas[0]], [first, replicas[1]], [other, replicas[2]]]) {
				const { id } = await one<{ id: string }>(
					`insert into public.use_case_replications (use_case_id, replica_id, organization_id) values ($1, $2, $3) returning id`,
					[original.id, replica.id, replica.organization_id]
				);
				made.push(id);
			}
		});
		afterAll(async () => {
			await db().query('delete from public.use_case_replications where id = any($1)', [made]);
		});

		it('puts the most replicated first and says how often', async () => {
			const { useCases } = await search('sort=replicated');
			const counts = useCases.map((u) => u.replications);
			expect(counts).toEqual([...counts].sort((a, b) => b - a));
			expect(useCases.find((u) => u.slug === FIRST)?.replications).toBe(2);
			expect(useCases.find((u) => u.slug === second)?.replications).toBe(1);
			expect(useCases.findIndex((u) => u.slug === FIRST)).toBeLessThan(useCases.findIndex((u) => u.slug === second));
			// Filters still apply under this sort.
			const mobility = await search('sort=replicated&domain=mobility');
			const mobilityCounts = mobility.useCases.map((u) => u.replications);
			expect(mobilityCounts).toEqual([...mobilityCounts].sort((a, b) => b - a));
			expect(mobility.useCases.some((u) => u.slug === FIRST)).toBe(true);
			expect(mobility.useCases.every((u) => u.domain === 'mobility')).toBe(true);
		});

		it('keeps the count in step when a replication goes', async () => {
			const count = async () =>
				(await db().query<{ n: number }>(
					`select c.replications as n from public.use_case_replication_counts c
					 join public.use_cases u on u.id = c.use_case_id where u.slug = $1`,
					[FIRST]
				)).rows[0]?.n;
			expect(await count()).toBe(2);
			// The last one made was the second use case's; then take one of the first's.
			await db().query('delete from public.use_case_replications where id = $1', [made.pop()!]);
			await db().query('delete from public.use_case_replications where id = $1', [made.pop()!]);
			expect(await count()).toBe(1);
			expect((await search('sort=replicated')).useCases.find((u) => u.slug === FIRST)).toMatchObject({ replications: 1 });
		});
	});
});

describe('pages', () => {
	it('split the results without overlap, and a page past the end is empty with the total', async () => {
		const { rows } = await db().query<{ n: number }>(`select count(*)::int as n from public.use_cases where status = 'published'`);
		const total = rows[0].n;
		// The seed fits one page; more than a page needs more use cases, so read the pages a smaller search would make.
		const first = await search('sort=newest');
		expect(first.total).toBe(total);
		expect(first.useCases.length).toBe(Math.min(total, PAGE_SIZE));
		const past = await search(`sort=newest&page=${Math.ceil(total / PAGE_SIZE) + 1}`);
		expect(past).toEqual({ useCases: [], total });
	});

	it('cut at page_size and page_offset, in the same order as one long page', async () => {
		const call = async (size: number, offset: number) => {
			const { data, error } = await anon().rpc('search_use_cases', { sort: 'newest', page_size: size, page_offset: offset });
			expect(error).toBeNull();
			return (data as { use_cases: { slug: string }[] }).use_cases.map((u) => u.slug);
		};
		const all = await call(100, 0);
		const pages = [...(await call(5, 0)), ...(await call(5, 5)), ...(await call(5, 10))];
		expect(pages).toEqual(all.slice(0, 15));
		expect(new Set(pages).size).toBe(15);
	});

	it('refuse an unknown sort', async () => {
		const { error } = await anon().rpc('search_use_cases', { sort: 'oldest' });
		expect(error?.code).toBe('22023');
	});
});

describe('what a reader may see', () => {
	const hidden = [...DRAFT_SLUGS, RETIRED_SLUG];

	it('drafts and retired use cases never show to a visitor, in results or counts', async () => {
		for (const params of ['', 'sort=newest', 'sort=replicated', 'q=engagement', 'q=open data', 'q=sofia', 'city=Sofia']) {
			const { useCases } = await search(params);
			for (const slug of hidden) expect(useCases.map((u) => u.slug), params).not.toContain(slug);
		}
		const rows = await published();
		expect(await facets('')).toEqual(countByHand(rows, {}));
		// The index helper answers with published use cases alone, and the API does not serve it.
		const client = await db().connect();
		try {
			await client.query('begin');
			await client.query(`set local role anon; set local request.jwt.claims = '{"role":"anon"}'`);
			const { rows: matches } = await client.query<{ id: string }>(
				`select id from library.published_use_case_matches('open data')`
			);
			expect(matches.length).toBeGreaterThan(0);
			const ids = new Set(rows.map((r) => r.id));
			for (const match of matches) expect(ids.has(match.id)).toBe(true);
		} finally {
			await client.query('rollback');
			client.release();
		}
		const { error } = await anon().rpc('published_use_case_matches', { q: 'data' });
		expect(error?.code).toBe('PGRST202');
	});

	it("a member finds their organisation's drafts, but never a retired use case", async () => {
		const member = await createUser();
		await addMember(ORG.icity, member.id, 'member');
		const drafts = await search('q=sponsored engagement events', member.token);
		expect(drafts.useCases.map((u) => u.slug)).toContain('icity-sponsored-engagement-events');
		const counted = await facets('q=sponsored engagement events', member.token);
		expect(Object.values(counted.domain).reduce((a, b) => a + b, 0)).toBe(drafts.total);
		for (const params of ['', 'q=free open data', 'sort=replicated']) {
			expect((await search(params, member.token)).useCases.map((u) => u.slug), params).not.toContain(RETIRED_SLUG);
		}
		// Retired is in the table and readable to the member, so it is the library that leaves it out.
		const { data } = await clientFor(member.token).from('use_cases').select('slug').eq('slug', RETIRED_SLUG);
		expect(data).toEqual([{ slug: RETIRED_SLUG }]);
	});
});
