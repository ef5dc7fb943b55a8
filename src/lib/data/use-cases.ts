import type { SupabaseClient } from '@supabase/supabase-js';
import { PAGE_SIZE, type LibraryQuery } from '$lib/domain/library-query';
import { isUuid } from '$lib/domain/ids';
import { DataError } from './errors';
import { citiesOf, type Domain, type Maturity, type UseCaseStatus } from '$lib/domain/use-cases';

export interface PatternRef {
	id: number;
	slug: string;
	name: string;
	description: string;
}

export interface UseCaseSummary {
	slug: string;
	title: string;
	city: string;
	country: string;
	domain: Domain;
	maturity: Maturity;
	summary: string;
}

export interface UseCase extends UseCaseSummary {
	id: string;
	who: string;
	what: string;
	how: string;
	why: string;
	funding_mechanisms: string[];
	internal_success_factors: string[];
	external_success_factors: string[];
	stakeholders: string[];
	follower_cities: string[];
	scalability: number | null;
	replicability: number | null;
	sustainability: number | null;
	lessons: string;
	replication_conditions: string;
	status: UseCaseStatus;
	published_at: string | null;
	organization: { name: string; slug: string } | null;
	patterns: PatternRef[];
}

const SUMMARY_COLUMNS = 'slug, title, city, country, domain, maturity, summary';

/**
 * A Postgres array literal with every element quoted: supabase-js joins an
 * array's elements bare, which a name with a quote or brace would break.
 */
const arrayLiteral = (values: string[]) => `{${values.map((v) => `"${v.replace(/[\\"]/g, '\\$&')}"`).join(',')}}`;

/**
 * Full-text search (websearch syntax on the stored tsvector) plus filters.
 * RLS decides which use cases the caller may see.
 */
export async function searchUseCases(db: SupabaseClient, query: LibraryQuery) {
	const columns = query.pattern
		? `${SUMMARY_COLUMNS}, use_case_patterns!inner(business_model_patterns!inner(slug))`
		: SUMMARY_COLUMNS;
	let request = db.from('use_cases').select(columns, { count: 'exact' }).neq('status', 'retired');
	if (query.q) request = request.textSearch('search', query.q, { type: 'websearch', config: 'english' });
	if (query.domain) request = request.eq('domain', query.domain);
	if (query.maturity) request = request.eq('maturity', query.maturity);
	// One city finds the use cases that name it among others; a link naming several finds those naming all.
	const cities = citiesOf(query.city ?? '');
	if (cities.length) request = request.contains('cities', arrayLiteral(cities));
	if (query.pattern) request = request.eq('use_case_patterns.business_model_patterns.slug', query.pattern);
	const from = (query.page - 1) * PAGE_SIZE;
	const { data, count, error } = await request
		.order('published_at', { ascending: false, nullsFirst: false })
		.order('title')
		.range(from, from + PAGE_SIZE - 1);
	// PostgREST answers 416 for a page past the end; that is an empty page, not a failure.
	if (error && error.code !== 'PGRST103') throw new DataError(error.message);
	const rows = (data ?? []) as unknown as (UseCaseSummary & { use_case_patterns?: unknown })[];
	return {
		useCases: rows.map(({ use_case_patterns: _links, ...summary }) => summary as UseCaseSummary),
		total: count ?? 0
	};
}

/**
 * The values the library's filters offer: each city that a use case names (a
 * use case shared by several cities adds each of them), and the patterns.
 */
export async function libraryFacets(db: SupabaseClient) {
	const [cities, patterns] = await Promise.all([
		db.from('use_cases').select('cities').neq('status', 'retired'),
		db.from('business_model_patterns').select('id, slug, name, description').order('name')
	]);
	if (cities.error) throw new DataError(cities.error.message);
	if (patterns.error) throw new DataError(patterns.error.message);
	return {
		cities: [...new Set((cities.data ?? []).flatMap((r) => r.cities as string[]))].sort((a, b) => a.localeCompare(b, 'en')),
		patterns: (patterns.data ?? []) as PatternRef[]
	};
}

export async function getUseCase(db: SupabaseClient, slug: string): Promise<UseCase | null> {
	const { data, error } = await db
		.from('use_cases')
		.select(
			`id, ${SUMMARY_COLUMNS}, who, what, how, why, funding_mechanisms, internal_success_factors,
			 external_success_factors, stakeholders, follower_cities, scalability, replicability,
			 sustainability, lessons, replication_conditions, status, published_at,
			 organization:organizations(name, slug),
			 use_case_patterns(business_model_patterns(id, slug, name, description))`
		)
		.eq('slug', slug)
		.maybeSingle();
	if (error) throw new DataError(error.message);
	if (!data) return null;
	const { use_case_patterns, ...rest } = data as unknown as Omit<UseCase, 'patterns'> & {
		use_case_patterns: { business_model_patterns: PatternRef }[];
	};
	return {
		...rest,
		patterns: use_case_patterns.map((l) => l.business_model_patterns).sort((a, b) => a.name.localeCompare(b.name))
	};
}

/** What the canvas's use-case picker shows for one use case. */
export interface UseCaseChoice {
	id: string;
	slug: string;
	title: string;
	city: string;
}

const PICKER_LIMIT = 20;
const PICKER_MAX_IDS = 50;
const PICKER_MAX_QUERY = 200;

/**
 * For the canvas's use-case picker: the use cases named by `ids` (those a note
 * links to) when there are any, else a websearch of the library for `q`, else
 * the first by title. Malformed ids are dropped, not sent. Retired ones never
 * show; RLS decides the rest.
 */
export async function pickUseCases(db: SupabaseClient, input: { q: string; ids: string[] }): Promise<UseCaseChoice[]> {
	const q = input.q.trim().slice(0, PICKER_MAX_QUERY);
	const ids = input.ids.filter(isUuid).slice(0, PICKER_MAX_IDS);
	let request = db.from('use_cases').select('id, slug, title, city').neq('status', 'retired');
	if (ids.length) request = request.in('id', ids);
	else if (q) request = request.textSearch('search', q, { type: 'websearch', config: 'english' });
	const { data, error } = await request.order('title').limit(PICKER_LIMIT);
	if (error) throw new DataError(error.message);
	return (data ?? []) as UseCaseChoice[];
}
