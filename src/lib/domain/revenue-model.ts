import { z } from 'zod';

/**
 * The revenue and cost model of the iCity report (D7.2, tables 4 to 12), as
 * data: customer segments and their sub-segments; revenue streams as number of
 * customers x average quantity per customer x unit price, one-off or annual,
 * with the share of that revenue the operator keeps; costs as CAPEX or OPEX.
 * Money is integer cents and shares are basis points (5 % = 500), so no sum
 * ever goes through binary floating point. The arithmetic is in revenue.ts.
 */

export const RECURRENCES = ['one-off', 'annual'] as const;
export type Recurrence = (typeof RECURRENCES)[number];

export const COST_KINDS = ['capex', 'opex'] as const;
export type CostKind = (typeof COST_KINDS)[number];

/** A plan runs from year 1 to at most this year. */
export const MAX_YEARS = 10;
/** No single amount above ten billion euros: keeps every product a safe integer. */
export const MAX_CENTS = 1_000_000_000_000;

const id = z.string().min(1).max(40);
const name = z.string().trim().min(1, 'nameRequired').max(120, 'nameTooLong');
const count = z.number().int('wholeNumber').min(0, 'notNegative').max(1_000_000, 'tooLarge');
const cents = z.number().int('wholeCents').min(0, 'notNegative').max(MAX_CENTS, 'tooLarge');
const year = z.number().int().min(1).max(MAX_YEARS);

/** A customer segment, or a sub-segment of one when `parent` names it (one level deep). */
export const segmentSchema = z.object({ id, name, parent: id.nullable() });
export type Segment = z.infer<typeof segmentSchema>;

export const streamSchema = z.object({
	id,
	/** The segment or sub-segment that pays. */
	segment: id,
	name,
	customers: count,
	/** Average quantity per customer (infrastructures, apps, courses): whole units, as the report counts them. */
	quantity: count,
	unitPriceCents: cents,
	recurrence: z.enum(RECURRENCES),
	/** Share of the revenue the operator keeps, in basis points (0 to 10,000 = 100 %). */
	shareBasisPoints: z.number().int().min(0).max(10_000),
	/** A one-off stream falls in this year; an annual one runs from it to the plan's last year. */
	fromYear: year
});
export type Stream = z.infer<typeof streamSchema>;

export const costSchema = z.object({
	id,
	name,
	kind: z.enum(COST_KINDS),
	/** CAPEX: spent once in fromYear. OPEX: this much every year from fromYear to toYear. */
	amountCents: cents,
	fromYear: year,
	toYear: year
});
export type Cost = z.infer<typeof costSchema>;

export const revenueModelSchema = z.object({
	years: year,
	segments: z.array(segmentSchema).max(100),
	streams: z.array(streamSchema).max(500),
	costs: z.array(costSchema).max(500)
});
export type RevenueModel = z.infer<typeof revenueModelSchema>;

export const emptyRevenueModel = (): RevenueModel => ({ years: 3, segments: [], streams: [], costs: [] });
