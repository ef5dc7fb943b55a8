/** Focus domains of the replication library (SMARTER TOGETHER's three, and more). */
export const DOMAINS = [
	'refurbishment',
	'mobility',
	'smart-data-platform',
	'digital-services',
	'energy',
	'environment',
	'citizen-engagement'
] as const;
export type Domain = (typeof DOMAINS)[number];

/** How far a use case has come, from an idea to running in a follower city. */
export const MATURITIES = ['idea', 'pilot', 'operating', 'replicated'] as const;
export type Maturity = (typeof MATURITIES)[number];

export const USE_CASE_STATUSES = ['draft', 'published', 'retired'] as const;
export type UseCaseStatus = (typeof USE_CASE_STATUSES)[number];

/** Scalability, replicability and sustainability, each judged 1 to 5. */
export const SRS = ['scalability', 'replicability', 'sustainability'] as const;
export type SrsCriterion = (typeof SRS)[number];

export const isDomain = (value: unknown): value is Domain =>
	typeof value === 'string' && (DOMAINS as readonly string[]).includes(value);
export const isMaturity = (value: unknown): value is Maturity =>
	typeof value === 'string' && (MATURITIES as readonly string[]).includes(value);

/** Mean of the scores that are set, or null when none is. */
export function srsMean(scores: Partial<Record<SrsCriterion, number | null>>): number | null {
	const set = SRS.map((c) => scores[c]).filter((s): s is number => typeof s === 'number');
	return set.length ? set.reduce((a, b) => a + b, 0) / set.length : null;
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const isSlug = (value: string) => value.length <= 80 && SLUG.test(value);

/**
 * What a use case's `city` may hold instead of a city: the use case applies
 * anywhere, so it is no value of the city filter (the filter's own "Any"
 * already means that).
 */
const ANY_CITY = new Set(['any', 'any city', 'all cities']);

/**
 * The cities a use case's `city` names, each once, in the order written: a
 * shared project is entered as "Bologna, Genoa, London, Barcelona" or
 * "Vienna / Oulu" (commas, slashes or semicolons between cities), and "Any
 * city" names none. Not split at "and" or "&": those are inside real names
 * ("Brighton & Hove"). The migration 20261201000400_use_case_cities.sql
 * computes the same list in SQL for filtering; keep the two in step.
 */
export function citiesOf(city: string): string[] {
	const names = city
		.split(/[,;/]/)
		.map((part) => part.replace(/\s+/g, ' ').trim())
		.filter((name) => name !== '' && !ANY_CITY.has(name.toLowerCase()));
	return [...new Set(names)];
}
