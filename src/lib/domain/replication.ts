/**
 * Replicating a library use case: what a new workshop started from it holds.
 * Pure: the use case's texts split into short notes, each in the canvas block
 * that answers its dimension, and the use case read as a draft Outcome.
 */
import { z } from 'zod';
import { blocksOf, DIMENSIONS, type CanvasBlock, type Dimension } from './gassmann.ts';
import { readOutcome, type Outcome } from './outcome.ts';

/** What of a use case a replication copies (a row of public.use_cases with its pattern ids). */
export interface ReplicationSource {
	id: string;
	title: string;
	who: string;
	what: string;
	how: string;
	why: string;
	funding_mechanisms: string[];
	internal_success_factors: string[];
	external_success_factors: string[];
	scalability: number | null;
	replicability: number | null;
	sustainability: number | null;
	lessons: string;
	replication_conditions: string;
	atos: unknown;
	revenue_model: unknown;
	patterns: number[];
}

/** At most this many notes per dimension: more would fill the canvas before the group writes one. */
export const NOTES_PER_DIMENSION = 8;

/**
 * A text as short notes: one per line, each line cut into its sentences and
 * at semicolons (clauses a seed writer joined), each begun with a capital. A full stop inside "e.g." or a number
 * does not end a sentence (the next one must start with a capital, digit or quote).
 */
export function splitIntoNotes(text: string): string[] {
	const notes = text
		.split(/\r?\n+/)
		.flatMap((line) => line.split(/(?<=[.!?])\s+(?=[A-Z0-9"“‘(])/))
		.flatMap((sentence) => sentence.split(/;\s+/))
		.map((note) => note.replace(/\s+/g, ' ').trim())
		.map((note) => note.charAt(0).toUpperCase() + note.slice(1))
		.filter((note) => note.length > 0);
	return notes.slice(0, NOTES_PER_DIMENSION);
}

/**
 * Words that say which block of a dimension a note answers. A note goes to the
 * block whose words it uses most; with none, to the dimension's first block
 * (customer segments, key activities, revenue streams).
 */
const BLOCK_WORDS: Partial<Record<CanvasBlock, RegExp>> = {
	channels: /\b(channels?|apps?|website|portal|online|kiosks?|social media|newsletter|store|through|via)\b/gi,
	'customer-relationships': /\b(relationships?|support|community|communities|engag\w*|feedback|co-creat\w*|trust|loyal\w*|help ?desk)\b/gi,
	'key-partnerships': /\b(partners?\w*|providers?|operators?|companies|company|consortium|suppliers?|allian\w*|contract\w*)\b/gi,
	'key-resources': /\b(data|platforms?|infrastructures?|sensors?|resources?|staff|network|space|vehicles?|buildings?|budget|api)\b/gi,
	'revenue-streams': /\b(revenues?|fees?|pays?|paid|paying|prices?|pricing|sales?|sells?|subscriptions?|income|charg\w*|advertising)\b/gi,
	'cost-structure': /\b(costs?|capex|opex|invest\w*|financ\w*|spend\w*|sav(e|es|ing)|subsid\w*|maintenance|expenses?)\b/gi
};

/** Where a note goes when no block's words win: the block most like the dimension itself. */
const DEFAULT_BLOCK: Record<Dimension, CanvasBlock> = {
	who: 'customer-segments',
	what: 'value-propositions',
	how: 'key-activities',
	why: 'revenue-streams'
};

export function blockFor(dimension: Dimension, note: string): CanvasBlock {
	let best = DEFAULT_BLOCK[dimension];
	let bestHits = 0;
	for (const block of blocksOf(dimension)) {
		const words = BLOCK_WORDS[block];
		const hits = words ? (note.match(words)?.length ?? 0) : 0;
		if (hits > bestHits) [best, bestHits] = [block, hits];
	}
	return best;
}

/** A note to put on the new canvas: its text, dimension and block. */
export interface ReplicatedNote {
	dimension: Dimension;
	block: CanvasBlock;
	text: string;
}

/** Every note the four dimensions' texts give, Who first, in the order written. */
export function notesFromUseCase(source: Pick<ReplicationSource, Dimension>): ReplicatedNote[] {
	return DIMENSIONS.flatMap((dimension) =>
		splitIntoNotes(source[dimension]).map((text) => ({ dimension, block: blockFor(dimension, text), text }))
	);
}

const cut = (text: string, max: number) => [...text].slice(0, max).join('');
const listOf = (items: string[]) =>
	items
		.map((item) => cut(item.trim(), 300))
		.filter(Boolean)
		.slice(0, 50);

/**
 * The use case as the new workshop's draft outcome: its dimension texts,
 * patterns, scores, funding, factors, lessons, what a follower city needs,
 * the Atos check and the revenue model, and the use case itself as a linked
 * one. A field the use case holds in an older or partial shape (the seed's
 * empty Atos check) starts empty rather than failing.
 */
export function outcomeFromUseCase(source: ReplicationSource): Outcome {
	return readOutcome({
		dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, { text: cut(source[d], 4000), notes: [] }])),
		patterns: source.patterns.slice(0, 55),
		useCases: [source.id],
		atos: source.atos,
		scores: { scalability: source.scalability, replicability: source.replicability, sustainability: source.sustainability, round: null },
		funding: listOf(source.funding_mechanisms),
		internalFactors: listOf(source.internal_success_factors),
		externalFactors: listOf(source.external_success_factors),
		lessons: cut(source.lessons, 4000),
		replicationNeeds: cut(source.replication_conditions, 4000),
		revenue: source.revenue_model
	});
}

/** The title the start form suggests: "<use case title> in <city>", within a workshop title's 160 characters. */
export function suggestedTitle(useCaseTitle: string, city: string): string {
	const place = city.trim();
	const suffix = place ? ` in ${place}` : '';
	return cut(useCaseTitle.trim(), 160 - [...suffix].length) + suffix;
}

/** The city an organisation of kind city stands for: "City of Oulu" is Oulu. */
export const cityOfOrganization = (name: string) => name.replace(/^\s*(the\s+)?(city|town|municipality)\s+of\s+/i, '').trim() || name.trim();

/** The start form: a title, and the city either as one of the reader's organisations or typed. */
export const startFormSchema = z
	.object({
		title: z.string().trim().min(1, 'titleRequired').max(160, 'titleTooLong'),
		organization: z.string().uuid().nullable(),
		city: z.string().trim().max(120, 'cityTooLong')
	})
	.refine((v) => v.organization !== null || v.city.length > 0, { message: 'cityRequired', path: ['city'] });
export type StartForm = z.infer<typeof startFormSchema>;
