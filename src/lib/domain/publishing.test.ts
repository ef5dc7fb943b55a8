import { describe, expect, it } from 'vitest';
import { emptyOutcome, type Outcome } from './outcome.ts';
import { dimensionText, fieldsFromForm, fieldsFromOutcome, linesOf, missingDimensions, suggestSlug, useCaseFieldsSchema } from './publishing.ts';

const ORG = '00000000-0000-4000-8000-000000000008';
const CANVAS = '7d7c1f0e-9a54-4d8b-8f5a-3b1a2c4d5e6f';

function outcome(): Outcome {
	const o = emptyOutcome();
	o.dimensions.who = { text: 'Commuters of the harbour district', notes: [{ canvas: CANVAS, note: 'n1', text: 'Night-shift workers' }] };
	o.dimensions.what = { text: 'Bikes shared at every ferry stop', notes: [] };
	o.dimensions.how = { text: '', notes: [{ canvas: CANVAS, note: 'n2', text: ' Port authority runs docks ' }, { canvas: CANVAS, note: 'n3', text: 'Operator maintains bikes' }] };
	o.patterns = [3, 17];
	o.scores = { scalability: 4, replicability: 5, sustainability: null, round: null };
	o.funding = ['EU Horizon grant'];
	o.internalFactors = ['A champion in the city'];
	o.externalFactors = ['Ferry timetable'];
	o.lessons = 'Start with one stop.';
	o.replicationNeeds = 'A ferry line.';
	return o;
}

describe('suggestSlug', () => {
	it('makes a lower-case hyphenated address without accents', () => {
		expect(suggestSlug('Oulu: Bikes at the Ferry — Pilot 2027!')).toBe('oulu-bikes-at-the-ferry-pilot-2027');
		expect(suggestSlug('Zürich Straße  Café')).toBe('zurich-strasse-cafe');
	});

	it('cuts at a word to 80 characters, and the result is a valid slug', () => {
		const slug = suggestSlug('word '.repeat(40));
		expect(slug.length).toBeLessThanOrEqual(80);
		expect(slug.endsWith('-')).toBe(false);
		expect(slug).toMatch(/^word(-word)+$/);
		expect(suggestSlug('x'.repeat(100))).toHaveLength(80);
	});

	it('gives nothing for a title without letters or digits', () => {
		expect(suggestSlug('!!! — ???')).toBe('');
	});
});

describe('from outcome to use case', () => {
	it("puts each dimension's text first and its kept notes after, one a line", () => {
		expect(dimensionText(outcome(), 'who')).toBe('Commuters of the harbour district\n- Night-shift workers');
		expect(dimensionText(outcome(), 'how')).toBe('- Port authority runs docks\n- Operator maintains bikes');
		expect(dimensionText(outcome(), 'why')).toBe('');
	});

	it('copies patterns, scores, funding, factors, lessons and replication needs', () => {
		const f = fieldsFromOutcome(outcome(), { title: 'Ferry bikes', slug: 'ferry-bikes', organization_id: ORG, city: 'Oulu', country: 'Finland', language: 'fi' });
		expect(f).toMatchObject({
			title: 'Ferry bikes',
			slug: 'ferry-bikes',
			city: 'Oulu',
			summary: 'Bikes shared at every ferry stop',
			what: 'Bikes shared at every ferry stop',
			patterns: [3, 17],
			scalability: 4,
			replicability: 5,
			sustainability: null,
			funding_mechanisms: ['EU Horizon grant'],
			internal_success_factors: ['A champion in the city'],
			external_success_factors: ['Ferry timetable'],
			lessons: 'Start with one stop.',
			replication_conditions: 'A ferry line.'
		});
		expect(missingDimensions(f)).toEqual(['why']);
	});

	it('an empty outcome prefills nothing but the place', () => {
		const f = fieldsFromOutcome(emptyOutcome(), { title: 'T', slug: 't', organization_id: ORG, city: 'Oulu', country: 'Finland', language: 'fi' });
		expect(missingDimensions(f)).toEqual(['who', 'what', 'how', 'why']);
		expect(f.patterns).toEqual([]);
	});
});

describe('the form', () => {
	const form = (values: Record<string, string | string[]>) => {
		const data = new FormData();
		for (const [k, v] of Object.entries(values)) for (const one of [v].flat()) data.append(k, one);
		return data;
	};
	const valid = {
		title: 'Ferry bikes',
		slug: 'ferry-bikes',
		organization_id: ORG,
		city: 'Oulu',
		country: 'Finland',
		domain: 'mobility',
		maturity: 'pilot',
		language: 'fi',
		summary: 'Shared bikes at every ferry stop of the harbour.',
		who: 'Commuters',
		what: 'Bikes',
		how: 'Docks',
		why: 'Fees',
		funding_mechanisms: 'EU grant\n\n  City budget  \n',
		scalability: '4',
		replicability: '',
		sustainability: '2',
		patterns: ['3', '17']
	};

	it('reads lists one a line, empty scores as none, patterns as numbers', () => {
		const parsed = useCaseFieldsSchema.safeParse(fieldsFromForm(form(valid)));
		expect(parsed.success).toBe(true);
		expect(parsed.data).toMatchObject({
			funding_mechanisms: ['EU grant', 'City budget'],
			internal_success_factors: [],
			scalability: 4,
			replicability: null,
			sustainability: 2,
			language: 'fi',
			patterns: [3, 17]
		});
	});

	it('refuses a bad slug, an unknown domain, a short summary and a score out of range, naming each', () => {
		const parsed = useCaseFieldsSchema.safeParse(
			fieldsFromForm(form({ ...valid, slug: 'Not a slug', domain: 'space', language: 'pt', summary: 'short', scalability: '9' }))
		);
		expect(parsed.success).toBe(false);
		const paths = parsed.error!.issues.map((i) => [i.path[0], i.message]);
		expect(paths).toEqual(
			expect.arrayContaining([
				['slug', 'slug'],
				['domain', 'domain'],
				['language', 'language'],
				['summary', 'summary']
			])
		);
		expect(paths.map(([p]) => p)).toContain('scalability');
	});

	it('linesOf drops blank lines and trims', () => {
		expect(linesOf(' a \r\n\r\nb\n')).toEqual(['a', 'b']);
	});
});
