/**
 * The workshop report as plain data: what the report page draws, the PDF
 * prints and the Markdown export writes. Built by src/lib/data/report.ts from
 * what the person may read (RLS); nothing here does I/O.
 */
import type { SvgNote } from '../canvas/svg.ts';
import type { Outcome } from './outcome.ts';
import type { Round, RoundKind, Tally } from './rounds.ts';
import { STAKEHOLDERS, type Stakeholder } from './stakeholders.ts';
import type { TemplateId } from './templates.ts';
import type { WorkshopRole } from './access.ts';

export interface ReportPerson {
	name: string;
	stakeholder: Stakeholder;
	role: WorkshopRole;
}

export interface ReportCanvas {
	id: string;
	title: string;
	template: TemplateId;
	notes: SvgNote[];
}

export interface ReportRound {
	round: Round;
	tally: Tally;
}

export interface ReportModel {
	workshop: { id: string; title: string; host: string; purpose: string; heldOn: string | null };
	agenda: { title: string; canvas: string | null; round: RoundKind | null }[];
	participation: {
		total: number;
		/** Every stakeholder type with at least one person, in STAKEHOLDERS order. */
		byStakeholder: { stakeholder: Stakeholder; count: number }[];
		/** Null unless the facilitator chose to show names. */
		people: ReportPerson[] | null;
	};
	canvases: ReportCanvas[];
	/** Rounds of decision that ran and were closed or revealed, with their tallies, oldest first. */
	rounds: ReportRound[];
	outcome: Outcome | null;
	/** Names of the outcome's patterns and linked use cases, in the outcome's order. */
	patterns: string[];
	useCases: { title: string; slug: string }[];
}

/** People per stakeholder type, in the catalogue's order; types nobody chose are left out. */
export function countByStakeholder(people: readonly { stakeholder: Stakeholder }[]): ReportModel['participation']['byStakeholder'] {
	return STAKEHOLDERS.map((stakeholder) => ({ stakeholder, count: people.filter((p) => p.stakeholder === stakeholder).length })).filter(
		(row) => row.count > 0
	);
}

/** Notes of a canvas grouped by block, in the template's block order, notes off any block last (block null). */
export function notesByBlock(blockOrder: readonly string[], notes: readonly SvgNote[]): { block: string | null; notes: SvgNote[] }[] {
	const withText = notes.filter((n) => n.text.trim() !== '');
	const order = [...blockOrder, ...new Set(withText.map((n) => n.block).filter((b): b is string => b !== null && !blockOrder.includes(b)))];
	const groups: { block: string | null; notes: SvgNote[] }[] = order.map((block) => ({ block, notes: withText.filter((n) => n.block === block) }));
	groups.push({ block: null, notes: withText.filter((n) => n.block === null) });
	const reading = (a: SvgNote, b: SvgNote) => a.y - b.y || a.x - b.x || a.id.localeCompare(b.id);
	return groups.filter((g) => g.notes.length > 0).map((g) => ({ ...g, notes: [...g.notes].sort(reading) }));
}

/** Whether an outcome holds anything a reader would miss if the section were left out. */
export function outcomeHasContent(outcome: Outcome): boolean {
	const dims = Object.values(outcome.dimensions).some((d) => d.text.trim() || d.notes.length);
	const atos = Object.values(outcome.atos).some((a) => a.holds !== null || a.evidence.trim());
	const scores = outcome.scores.scalability !== null || outcome.scores.replicability !== null || outcome.scores.sustainability !== null;
	const lists = outcome.funding.length + outcome.internalFactors.length + outcome.externalFactors.length + outcome.patterns.length + outcome.useCases.length;
	const revenue = outcome.revenue.streams.length + outcome.revenue.costs.length;
	return Boolean(dims || atos || scores || lists || revenue || outcome.lessons.trim() || outcome.replicationNeeds.trim());
}

/** Integer cents as euros (the revenue model's currency), e.g. 9000000 -> "€90,000.00". */
export function formatCents(cents: number, locale = 'en'): string {
	return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);
}

/** Basis points as a percentage, e.g. 500 -> "5%". */
export function formatBasisPoints(basisPoints: number, locale = 'en'): string {
	return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(basisPoints / 10_000);
}

/** A file name from a title: letters and digits, dashes between, never empty. */
export function fileNameOf(title: string, extension: string): string {
	const base = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60);
	return `${base || 'canvas'}.${extension}`;
}
