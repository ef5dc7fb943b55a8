import { z } from 'zod';
import { DIMENSIONS, type Dimension } from './gassmann.ts';
import { emptyRevenueModel, revenueModelSchema } from './revenue-model.ts';
import { SRS } from './use-cases.ts';

/**
 * The outcome of a workshop: what the group decided, in Gassmann's four
 * dimensions, with patterns, linked use cases, the Atos multi-sided check,
 * scalability / replicability / sustainability, funding, success factors,
 * lessons, what a follower city needs, and the revenue model.
 *
 * Facilitators edit it live in the `outcome:<workshop id>` room (a Y.Doc, so
 * two people typing at once merge); the realtime server projects that
 * document to public.outcomes.content in this shape, which publishing,
 * comparing and the report read.
 */

/** The Atos position paper's four factors; all must hold for a multi-sided market. */
export const ATOS_FACTORS = ['public-interest', 'public-engagement', 'business-viability', 'market-opportunities'] as const;
export type AtosFactor = (typeof ATOS_FACTORS)[number];

const text = (max: number) => z.string().max(max);
const list = z.array(z.string().trim().min(1).max(300)).max(50);

/** A canvas note the group kept for a dimension (copied: the canvas may change later). */
export const keptNoteSchema = z.object({
	canvas: z.string().uuid(),
	note: z.string().min(1).max(64),
	text: text(2000)
});
export type KeptNote = z.infer<typeof keptNoteSchema>;

export const dimensionOutcomeSchema = z.object({ text: text(4000), notes: z.array(keptNoteSchema).max(200) });

const score = z.number().int().min(1).max(5).nullable();

export const outcomeSchema = z.object({
	dimensions: z.object(
		Object.fromEntries(DIMENSIONS.map((d) => [d, dimensionOutcomeSchema])) as Record<Dimension, typeof dimensionOutcomeSchema>
	),
	/** Ids of business_model_patterns (Gassmann's 55). */
	patterns: z.array(z.number().int().positive()).max(55),
	/** Ids of library use cases the group linked. */
	useCases: z.array(z.string().uuid()).max(50),
	atos: z.object(
		Object.fromEntries(
			ATOS_FACTORS.map((f) => [f, z.object({ holds: z.boolean().nullable(), evidence: text(2000) })])
		) as Record<AtosFactor, z.ZodObject<{ holds: z.ZodNullable<z.ZodBoolean>; evidence: z.ZodString }>>
	),
	scores: z.object({
		...(Object.fromEntries(SRS.map((c) => [c, score])) as Record<(typeof SRS)[number], typeof score>),
		/** The scoring round the scores came from, or null when set by hand. */
		round: z.string().uuid().nullable()
	}),
	funding: list,
	internalFactors: list,
	externalFactors: list,
	lessons: text(4000),
	replicationNeeds: text(4000),
	revenue: revenueModelSchema
});
export type Outcome = z.infer<typeof outcomeSchema>;

export function emptyOutcome(): Outcome {
	return {
		dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, { text: '', notes: [] }])) as unknown as Outcome['dimensions'],
		patterns: [],
		useCases: [],
		atos: Object.fromEntries(ATOS_FACTORS.map((f) => [f, { holds: null, evidence: '' }])) as unknown as Outcome['atos'],
		scores: { scalability: null, replicability: null, sustainability: null, round: null },
		funding: [],
		internalFactors: [],
		externalFactors: [],
		lessons: '',
		replicationNeeds: '',
		revenue: emptyRevenueModel()
	};
}

/**
 * Reads a stored outcome (public.outcomes.content): fields missing or
 * malformed fall back to empty ones, so an older or partial projection still
 * opens instead of failing the page.
 */
export function readOutcome(value: unknown): Outcome {
	const base = emptyOutcome();
	if (!value || typeof value !== 'object') return base;
	const merged: Record<string, unknown> = { ...base };
	for (const [key, field] of Object.entries(outcomeSchema.shape)) {
		const parsed = (field as z.ZodType).safeParse((value as Record<string, unknown>)[key]);
		if (parsed.success) merged[key] = parsed.data;
	}
	return merged as Outcome;
}
