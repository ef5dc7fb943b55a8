import { describe, expect, it } from 'vitest';
import { BLOCK_DIMENSION } from './gassmann';
import { emptyOutcome } from './outcome';
import {
	blockFor,
	cityOfOrganization,
	notesFromUseCase,
	NOTES_PER_DIMENSION,
	outcomeFromUseCase,
	splitIntoNotes,
	startFormSchema,
	suggestedTitle,
	type ReplicationSource
} from './replication';

/** Munich's mobility points, as the seed has them (supabase/seed.sql). */
const munich: ReplicationSource = {
	id: '5d7e7c56-0c55-4f0b-9a39-3e1b1f0f0a11',
	title: 'Munich: mobility points with e-mobility and sharing',
	who: 'Residents and commuters in the district, and the sharing providers that serve them.',
	what: 'Convenient access to several shared and electric modes at one spot, linked to public transport.',
	how: 'The city provides space and signage, the transport company and sharing providers run the vehicles. Residents give feedback in district meetings.',
	why: 'Users pay per use to the providers. The city finances the stations and their maintenance.',
	funding_mechanisms: ['EU Horizon 2020 lighthouse funding', '  '],
	internal_success_factors: ['Political backing'],
	external_success_factors: ['Sharing providers in the market'],
	scalability: 4,
	replicability: 5,
	sustainability: null,
	lessons: 'Start with a few stations.',
	replication_conditions: 'Public space and willing providers.',
	atos: {},
	revenue_model: {},
	patterns: [7, 12]
};

describe('splitting a dimension text into notes', () => {
	it('gives one note per sentence and per line, spaces tidied', () => {
		expect(splitIntoNotes('Users pay per use.  The city   finances the stations.\nA third line')).toEqual([
			'Users pay per use.',
			'The city finances the stations.',
			'A third line'
		]);
	});

	it('does not cut at a full stop inside a sentence (e.g., numbers, lower case after it)', () => {
		expect(splitIntoNotes('Fees of 2.5 EUR per ride, e.g. for visitors. Then more.')).toEqual([
			'Fees of 2.5 EUR per ride, e.g. for visitors.',
			'Then more.'
		]);
	});

	it('cuts a sentence at its semicolons, and keeps at most a handful of notes', () => {
		expect(splitIntoNotes('Users pay per use to the providers; the city finances the stations.')).toEqual([
			'Users pay per use to the providers',
			'The city finances the stations.'
		]);
		const many = Array.from({ length: 20 }, (_, i) => `Sentence ${i}.`).join(' ');
		expect(splitIntoNotes(many)).toHaveLength(NOTES_PER_DIMENSION);
	});

	it('gives nothing for an empty text', () => {
		expect(splitIntoNotes('  \n ')).toEqual([]);
	});
});

describe('the block a note answers', () => {
	it('stays within the dimension’s blocks', () => {
		for (const text of ['Partners run it.', 'Costs are shared.', 'An app for citizens.', 'Anything'])
			for (const d of ['who', 'what', 'how', 'why'] as const) expect(BLOCK_DIMENSION[blockFor(d, text)]).toBe(d);
	});

	it('goes by the words a note uses, else to the dimension’s own block', () => {
		expect(blockFor('why', 'The city finances the stations and their maintenance.')).toBe('cost-structure');
		expect(blockFor('why', 'Users pay per use to the providers.')).toBe('revenue-streams');
		expect(blockFor('how', 'The transport company and sharing providers run the vehicles.')).toBe('key-partnerships');
		expect(blockFor('how', 'Open data and sensors across the district.')).toBe('key-resources');
		expect(blockFor('how', 'Run the service every day.')).toBe('key-activities');
		expect(blockFor('who', 'Citizens reach it through an app.')).toBe('channels');
		expect(blockFor('who', 'A community of residents gives feedback.')).toBe('customer-relationships');
		expect(blockFor('who', 'Residents and commuters.')).toBe('customer-segments');
		expect(blockFor('what', 'Anything at all.')).toBe('value-propositions');
	});
});

describe('a use case as notes and as an outcome', () => {
	it('gives every dimension its notes, Who first, each in a block of its dimension', () => {
		const notes = notesFromUseCase(munich);
		expect(notes.map((n) => n.dimension)).toEqual(['who', 'what', 'how', 'how', 'why', 'why']);
		expect(notes.find((n) => n.text.startsWith('The city finances'))?.block).toBe('cost-structure');
		for (const n of notes) expect(BLOCK_DIMENSION[n.block]).toBe(n.dimension);
	});

	it('carries texts, patterns, scores, lists, lessons and needs, and links the use case itself', () => {
		const outcome = outcomeFromUseCase(munich);
		expect(outcome.dimensions.why.text).toBe(munich.why);
		expect(outcome.dimensions.who.notes).toEqual([]);
		expect(outcome.patterns).toEqual([7, 12]);
		expect(outcome.useCases).toEqual([munich.id]);
		expect(outcome.scores).toEqual({ scalability: 4, replicability: 5, sustainability: null, round: null });
		expect(outcome.funding).toEqual(['EU Horizon 2020 lighthouse funding']);
		expect(outcome.internalFactors).toEqual(['Political backing']);
		expect(outcome.externalFactors).toEqual(['Sharing providers in the market']);
		expect(outcome.lessons).toBe(munich.lessons);
		expect(outcome.replicationNeeds).toBe(munich.replication_conditions);
	});

	it('starts the Atos check and revenue model empty when the use case has none, and copies them when it has', () => {
		const empty = outcomeFromUseCase(munich);
		expect(empty.atos).toEqual(emptyOutcome().atos);
		expect(empty.revenue).toEqual(emptyOutcome().revenue);
		const atos = { ...emptyOutcome().atos, 'public-interest': { holds: true, evidence: 'Residents asked for it' } };
		const revenue = { ...emptyOutcome().revenue, years: 5 };
		const full = outcomeFromUseCase({ ...munich, atos, revenue_model: revenue });
		expect(full.atos['public-interest']).toEqual({ holds: true, evidence: 'Residents asked for it' });
		expect(full.revenue.years).toBe(5);
	});
});

describe('the start form', () => {
	it('suggests "<title> in <city>", within 160 characters', () => {
		expect(suggestedTitle('Munich: mobility points', 'Oulu')).toBe('Munich: mobility points in Oulu');
		expect(suggestedTitle('Munich: mobility points', ' ')).toBe('Munich: mobility points');
		const long = suggestedTitle('x'.repeat(200), 'Oulu');
		expect([...long]).toHaveLength(160);
		expect(long.endsWith(' in Oulu')).toBe(true);
	});

	it('names an organisation’s city without "City of"', () => {
		expect(cityOfOrganization('City of Oulu')).toBe('Oulu');
		expect(cityOfOrganization('the municipality of Jyväskylä')).toBe('Jyväskylä');
		expect(cityOfOrganization('London (Greater London Authority)')).toBe('London (Greater London Authority)');
	});

	it('needs a title, and a city: one of the reader’s organisations or typed', () => {
		expect(startFormSchema.safeParse({ title: 'A', organization: null, city: 'Oulu' }).success).toBe(true);
		expect(startFormSchema.safeParse({ title: 'A', organization: munich.id, city: '' }).success).toBe(true);
		const noCity = startFormSchema.safeParse({ title: 'A', organization: null, city: ' ' });
		expect(noCity.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['city', 'cityRequired']]);
		const noTitle = startFormSchema.safeParse({ title: '  ', organization: null, city: 'Oulu' });
		expect(noTitle.error?.issues.map((i) => i.message)).toEqual(['titleRequired']);
	});
});
