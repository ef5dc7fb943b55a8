/**
 * 10,000 plausible use cases of city services, in the seed's style, from a
 * seeded generator (the same seed gives the same library): varied domains,
 * maturities, cities (some shared by several, some "Any city"), patterns and
 * words, so common words, rare words and phrases each have their share.
 * Inserted as the superuser with multi-row inserts (one statement per 1,000),
 * the way the seed is loaded, plus replications skewed towards a few use cases.
 */
import type pg from 'pg';
import { DOMAINS, MATURITIES, type Domain } from '../../src/lib/domain/use-cases.ts';

/** mulberry32: small, fast and good enough to vary text. */
export function random(seed: number) {
	let a = seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (n: number) => Math.floor(next() * n);
	const pick = <T>(list: readonly T[]) => list[int(list.length)];
	const some = <T>(list: readonly T[], n: number) => {
		const copy = [...list];
		const out: T[] = [];
		while (out.length < n && copy.length) out.push(copy.splice(int(copy.length), 1)[0]);
		return out;
	};
	return { next, int, pick, some };
}

const CITIES: [string, string][] = [
	['Lyon', 'France'], ['Munich', 'Germany'], ['Vienna', 'Austria'], ['Santiago de Compostela', 'Spain'], ['Sofia', 'Bulgaria'],
	['Venice', 'Italy'], ['Kyiv', 'Ukraine'], ['Oulu', 'Finland'], ['Jyväskylä', 'Finland'], ['Bologna', 'Italy'], ['Genoa', 'Italy'],
	['London', 'United Kingdom'], ['Barcelona', 'Spain'], ['Tampere', 'Finland'], ['Espoo', 'Finland'], ['Aarhus', 'Denmark'],
	['Gothenburg', 'Sweden'], ['Umeå', 'Sweden'], ['Tartu', 'Estonia'], ['Riga', 'Latvia'], ['Vilnius', 'Lithuania'], ['Gdańsk', 'Poland'],
	['Wrocław', 'Poland'], ['Brno', 'Czechia'], ['Ljubljana', 'Slovenia'], ['Zagreb', 'Croatia'], ['Porto', 'Portugal'],
	['Lisbon', 'Portugal'], ['Valencia', 'Spain'], ['Bilbao', 'Spain'], ['Nantes', 'France'], ['Grenoble', 'France'],
	['Eindhoven', 'Netherlands'], ['Utrecht', 'Netherlands'], ['Ghent', 'Belgium'], ['Leuven', 'Belgium'], ['Dublin', 'Ireland'],
	['Cork', 'Ireland'], ['Glasgow', 'United Kingdom'], ['Bristol', 'United Kingdom'], ['Hamburg', 'Germany'], ['Leipzig', 'Germany'],
	['Freiburg', 'Germany'], ['Graz', 'Austria'], ['Milan', 'Italy'], ['Turin', 'Italy'], ['Florence', 'Italy'], ['Athens', 'Greece'],
	['Thessaloniki', 'Greece'], ['Cluj-Napoca', 'Romania'], ['Plovdiv', 'Bulgaria'], ['Lviv', 'Ukraine'], ['Luxembourg', 'Luxembourg'],
	['Reykjavík', 'Iceland'], ['Bergen', 'Norway'], ['Trondheim', 'Norway'], ['Malmö', 'Sweden'], ['Helsinki', 'Finland']
];

/** Per domain: services (title nouns), objects and actors, so texts read like their domain. */
const DOMAIN_WORDS: Record<Domain, { services: string[]; things: string[] }> = {
	refurbishment: {
		services: ['deep renovation programme', 'one-stop renovation advice', 'energy performance contracting', 'social housing retrofit', 'heat pump roll-out', 'facade insulation scheme'],
		things: ['apartment blocks', 'tenants', 'housing associations', 'insulation', 'windows', 'heating systems', 'energy audits', 'owners']
	},
	mobility: {
		services: ['car sharing', 'bike sharing', 'smart parking', 'on-demand bus', 'e-mobility station', 'cargo bike logistics', 'park-and-ride app'],
		things: ['parking spaces', 'commuters', 'e-bikes', 'charging points', 'bus routes', 'kerb space', 'tickets', 'traffic sensors']
	},
	'smart-data-platform': {
		services: ['open data portal', 'urban data platform', 'sensor network', 'digital twin', 'data marketplace', 'city dashboard'],
		things: ['datasets', 'APIs', 'sensors', 'developers', 'dashboards', 'data owners', 'licences', 'real-time feeds']
	},
	'digital-services': {
		services: ['chatbot for city services', 'digital permit service', 'one-stop service point', 'e-identity login', 'online appointment booking', 'city app'],
		things: ['forms', 'permits', 'residents', 'service desks', 'appointments', 'case handlers', 'notifications', 'payments']
	},
	energy: {
		services: ['district heating upgrade', 'solar roof cooperative', 'smart grid pilot', 'battery storage for buildings', 'energy community', 'smart street lighting'],
		things: ['solar panels', 'batteries', 'smart meters', 'kilowatt hours', 'grid operators', 'heat networks', 'street lights', 'tariffs']
	},
	environment: {
		services: ['air quality monitoring', 'smart waste collection', 'urban greening', 'flood early warning', 'noise mapping', 'circular materials exchange'],
		things: ['waste bins', 'trees', 'air quality sensors', 'rainwater', 'noise levels', 'recycling', 'green roofs', 'pollution alerts']
	},
	'citizen-engagement': {
		services: ['participatory budgeting', 'living lab', 'co-creation workshops', 'neighbourhood ambassadors', 'civic hackathon', 'digital participation platform'],
		things: ['citizens', 'neighbourhoods', 'proposals', 'workshops', 'volunteers', 'schools', 'associations', 'votes']
	}
};

const VERBS = ['connects', 'brings together', 'lets', 'helps', 'supports', 'gives', 'pools', 'opens up', 'links', 'equips'];
const GOALS = ['cut emissions', 'save money', 'reach more residents', 'reduce waiting times', 'share costs between partners', 'use existing assets better', 'make services easier to find', 'attract private investment', 'improve wellbeing', 'learn what works before scaling'];
const PARTNERS = ['the city', 'a municipal utility', 'local SMEs', 'a university', 'a housing company', 'the transport authority', 'a telecom operator', 'residents\' associations', 'a start-up', 'the regional development agency'];
const FUNDING = ['EU Horizon grant', 'ERDF regional funds', 'municipal budget', 'energy performance contract', 'user fees', 'sponsoring by private partners', 'green bonds', 'crowdfunding', 'national recovery funds', 'advertising revenue'];
const FACTORS = ['political commitment', 'a dedicated project team', 'open standards', 'early involvement of residents', 'clear data governance', 'a shared brand', 'procurement that allows pilots', 'trusted local partners', 'simple pricing', 'regular evaluation'];
const STAKEHOLDERS = ['City administration', 'Residents', 'SMEs', 'Utilities', 'Developers', 'Universities', 'Housing companies', 'Transport operators', 'NGOs'];
/** Rare words: each lands in a handful of texts, for the "rare word" query. */
const RARE = ['geothermal', 'beekeeping', 'lidar', 'composting', 'snowmelt', 'tramway', 'biochar', 'hydrogen', 'seagrass', 'microgrid', 'wayfinding', 'braille'];

export interface GeneratedUseCase {
	slug: string;
	title: string;
	city: string;
	country: string;
	domain: Domain;
	maturity: string;
	summary: string;
	who: string;
	what: string;
	how: string;
	why: string;
	funding: string[];
	internal: string[];
	external: string[];
	stakeholders: string[];
	lessons: string;
	conditions: string;
	status: 'published' | 'draft' | 'retired';
	publishedAt: string;
	patterns: number[];
}

export function generate(count: number, seed = 12): GeneratedUseCase[] {
	const r = random(seed);
	const start = Date.parse('2023-01-01T00:00:00Z');
	const span = Date.parse('2026-11-30T00:00:00Z') - start;
	const out: GeneratedUseCase[] = [];
	for (let i = 0; i < count; i++) {
		const domain = r.pick(DOMAINS);
		const words = DOMAIN_WORDS[domain];
		const service = r.pick(words.services);
		const shape = r.next();
		const places = shape < 0.08 ? r.some(CITIES, 2 + r.int(3)) : [r.pick(CITIES)];
		const anyCity = shape > 0.97;
		const city = anyCity ? 'Any city' : places.map(([c]) => c).join(', ');
		const country = anyCity ? 'Europe' : [...new Set(places.map(([, c]) => c))].join(', ');
		const [a, b, c] = r.some(words.things, 3);
		const partner = r.pick(PARTNERS);
		const goal = r.pick(GOALS);
		// One text in about forty gets a rare word, spread over a dozen words.
		const rare = r.int(40) === 0 ? ` It also tries ${r.pick(RARE)} on a small scale.` : '';
		const title = `${anyCity ? 'Any city' : places[0][0]}: ${service}${r.int(3) === 0 ? ` for ${a}` : ''}`;
		const summary =
			`${partner[0].toUpperCase()}${partner.slice(1)} ${r.pick(VERBS)} ${a} and ${b} through a ${service}, to ${goal}. ` +
			`The service started as a ${r.pick(MATURITIES)} with ${c} and ${r.pick(PARTNERS)}.${rare}`;
		const status = r.int(50) === 0 ? 'draft' : r.int(50) === 0 ? 'retired' : 'published';
		out.push({
			slug: `bench-${i}-${service.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`.replace(/-+$/, ''),
			title,
			city,
			country,
			domain,
			maturity: r.pick(MATURITIES),
			summary,
			who: `${r.pick(STAKEHOLDERS)} and ${a}, with ${partner} as the operator.`,
			what: `A ${service} that makes ${b} easier to use and ${c} cheaper to run.`,
			how: `Run by ${partner} with ${r.pick(PARTNERS)}, using ${r.pick(words.things)} and ${r.pick(FACTORS)}.`,
			why: `Revenue from ${r.pick(FUNDING).toLowerCase()}; costs shared to ${r.pick(GOALS)}.`,
			funding: r.some(FUNDING, 1 + r.int(3)),
			internal: r.some(FACTORS, 2),
			external: r.some(FACTORS, 1 + r.int(2)),
			stakeholders: r.some(STAKEHOLDERS, 2 + r.int(3)),
			lessons: `Start small with ${a}, and agree early on ${r.pick(FACTORS)}.`,
			conditions: `A follower city needs ${r.pick(FACTORS)} and ${r.pick(PARTNERS)} willing to take part.`,
			status,
			publishedAt: new Date(start + r.int(span)).toISOString(),
			patterns: r.some(Array.from({ length: 55 }, (_, k) => k + 1), 1 + r.int(4))
		});
	}
	return out;
}

const ORGANIZATIONS = Array.from({ length: 17 }, (_, i) => `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`);

/** Inserts the use cases, their patterns and `replications` replication records (few use cases replicated often). */
export async function insert(pool: pg.Pool, useCases: GeneratedUseCase[], replications: number, seed = 12) {
	const r = random(seed + 1);
	const CHUNK = 1000;
	for (let from = 0; from < useCases.length; from += CHUNK) {
		const rows = useCases.slice(from, from + CHUNK);
		const col = <T>(f: (u: GeneratedUseCase) => T) => rows.map(f);
		// Arrays of arrays cannot be unnested as such: list columns travel joined with a separator none of them holds.
		const joined = (f: (u: GeneratedUseCase) => string[]) => rows.map((u) => f(u).join('|'));
		await pool.query(
			`insert into public.use_cases (
			   slug, title, city, country, organization_id, domain, summary, who, what, how, why,
			   funding_mechanisms, internal_success_factors, external_success_factors, stakeholders,
			   maturity, lessons, replication_conditions, status, published_at)
			 select slug, title, city, country, org, domain, summary, who, what, how, why,
			   string_to_array(funding, '|'), string_to_array(internal, '|'), string_to_array(external, '|'), string_to_array(stakeholders, '|'),
			   maturity, lessons, conditions, status, published_at
			 from unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::text[],
			   $10::text[], $11::text[], $12::text[], $13::text[], $14::text[], $15::text[], $16::text[], $17::text[], $18::text[],
			   $19::text[], $20::timestamptz[])
			   as t (slug, title, city, country, org, domain, summary, who, what, how, why, funding, internal, external, stakeholders,
			         maturity, lessons, conditions, status, published_at)`,
			[
				col((u) => u.slug), col((u) => u.title), col((u) => u.city), col((u) => u.country), col(() => r.pick(ORGANIZATIONS)),
				col((u) => u.domain), col((u) => u.summary), col((u) => u.who), col((u) => u.what), col((u) => u.how), col((u) => u.why),
				joined((u) => u.funding), joined((u) => u.internal), joined((u) => u.external), joined((u) => u.stakeholders),
				col((u) => u.maturity), col((u) => u.lessons), col((u) => u.conditions), col((u) => u.status),
				col((u) => (u.status === 'draft' ? null : u.publishedAt))
			]
		);
		const links = rows.flatMap((u) => u.patterns.map((p) => [u.slug, p] as const));
		await pool.query(
			`insert into public.use_case_patterns (use_case_id, pattern_id)
			 select u.id, l.pattern from unnest($1::text[], $2::smallint[]) as l (slug, pattern) join public.use_cases u on u.slug = l.slug`,
			[links.map(([s]) => s), links.map(([, p]) => p)]
		);
	}
	// Replications: a replica is a published use case of its own; the replicated one is drawn with a
	// strong skew (the square of a uniform number), so a few use cases are replicated many times.
	const { rows: published } = await pool.query<{ id: string; organization_id: string }>(
		`select id, organization_id from public.use_cases where slug like 'bench-%' and status = 'published' order by slug`
	);
	const replicas = r.some(published, Math.min(replications, Math.floor(published.length / 2)));
	const replicaIds = new Set(replicas.map((u) => u.id));
	const originals = published.filter((u) => !replicaIds.has(u.id));
	const pairs = replicas.map((replica) => [originals[Math.floor(r.next() ** 3 * originals.length)].id, replica.id, replica.organization_id]);
	await pool.query(
		`insert into public.use_case_replications (use_case_id, replica_id, organization_id)
		 select * from unnest($1::uuid[], $2::uuid[], $3::uuid[])`,
		[pairs.map((p) => p[0]), pairs.map((p) => p[1]), pairs.map((p) => p[2])]
	);
	return { replications: pairs.length };
}
