/**
 * The columns /compare lays side by side, one shape for a library use case
 * and for a workshop's outcome: the four dimensions, patterns, S/R/S scores
 * and revenue totals. Pure: the page's load reads the rows, this shapes them.
 */
import { DIMENSIONS, type Dimension } from '../../lib/domain/gassmann.ts';
import type { Outcome } from '../../lib/domain/outcome.ts';
import { totals, type Totals } from '../../lib/domain/revenue.ts';
import { revenueModelSchema } from '../../lib/domain/revenue-model.ts';
import { SRS, type SrsCriterion } from '../../lib/domain/use-cases.ts';

export interface RevenueSummary {
	years: number;
	streams: number;
	total: Totals['total'];
}

export interface CompareColumn {
	/** The use case's slug, or "workshop". */
	key: string;
	kind: 'use-case' | 'workshop';
	title: string;
	/** City and country, or the workshop's host. */
	place: string;
	href: string;
	dimensions: Record<Dimension, { text: string; notes: string[] }>;
	patterns: string[];
	scores: Record<SrsCriterion, number | null>;
	/** Null when there is no revenue model (none stored, unreadable, or empty). */
	revenue: RevenueSummary | null;
	/** The model's figures are too large to add up exactly. */
	revenueTooLarge: boolean;
}

/** A stored revenue model (use_cases.revenue_model or an outcome's) summed, or null when there is none to speak of. */
export function revenueSummary(value: unknown): { summary: RevenueSummary | null; tooLarge: boolean } {
	const parsed = revenueModelSchema.safeParse(value);
	if (!parsed.success || (!parsed.data.streams.length && !parsed.data.costs.length)) return { summary: null, tooLarge: false };
	try {
		return { summary: { years: parsed.data.years, streams: parsed.data.streams.length, total: totals(parsed.data).total }, tooLarge: false };
	} catch {
		return { summary: null, tooLarge: true };
	}
}

export interface UseCaseRow {
	slug: string;
	title: string;
	city: string;
	country: string;
	who: string;
	what: string;
	how: string;
	why: string;
	scalability: number | null;
	replicability: number | null;
	sustainability: number | null;
	revenue_model: unknown;
	patterns: string[];
}

export function useCaseColumn(row: UseCaseRow): CompareColumn {
	const revenue = revenueSummary(row.revenue_model);
	return {
		key: row.slug,
		kind: 'use-case',
		title: row.title,
		place: [row.city, row.country].filter(Boolean).join(', '),
		href: `/library/${row.slug}`,
		dimensions: Object.fromEntries(DIMENSIONS.map((d) => [d, { text: row[d] ?? '', notes: [] as string[] }])) as CompareColumn['dimensions'],
		patterns: [...row.patterns].sort((a, b) => a.localeCompare(b)),
		scores: Object.fromEntries(SRS.map((c) => [c, row[c]])) as CompareColumn['scores'],
		revenue: revenue.summary,
		revenueTooLarge: revenue.tooLarge
	};
}

export function outcomeColumn(
	workshop: { id: string; title: string; host: string },
	outcome: Outcome,
	patternNames: Map<number, string>
): CompareColumn {
	const revenue = revenueSummary(outcome.revenue);
	return {
		key: 'workshop',
		kind: 'workshop',
		title: workshop.title,
		place: workshop.host,
		href: `/w/${workshop.id}`,
		dimensions: Object.fromEntries(
			DIMENSIONS.map((d) => [d, { text: outcome.dimensions[d].text, notes: outcome.dimensions[d].notes.map((n) => n.text) }])
		) as CompareColumn['dimensions'],
		patterns: outcome.patterns
			.map((id) => patternNames.get(id))
			.filter((n): n is string => Boolean(n))
			.sort((a, b) => a.localeCompare(b)),
		scores: Object.fromEntries(SRS.map((c) => [c, outcome.scores[c]])) as CompareColumn['scores'],
		revenue: revenue.summary,
		revenueTooLarge: revenue.tooLarge
	};
}
