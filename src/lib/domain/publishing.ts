import { z } from 'zod';
import { LOCALES, type Locale } from '../i18n/locales.ts';
import { DIMENSIONS, type Dimension } from './gassmann.ts';
import type { Outcome } from './outcome.ts';
import { DOMAINS, MATURITIES, SRS, isSlug, type Domain, type Maturity, type SrsCriterion } from './use-cases.ts';

/**
 * Publishing a workshop's outcome as a library use case: the fields a
 * publisher fills in, what the outcome prefills, and the suggested address.
 */

const SLUG_MAX = 80;

/**
 * A use case's address from its title: lower case, accents dropped, words
 * joined by hyphens, cut at a word to 80 characters. Empty when the title has
 * no letter or digit (the form then asks for one).
 */
export function suggestSlug(title: string): string {
	const words = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/ß/g, 'ss')
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
	let slug = '';
	for (const word of words) {
		const next = slug ? `${slug}-${word}` : word;
		if (next.length > SLUG_MAX) break;
		slug = next;
	}
	// One word longer than the limit: cut it rather than give nothing.
	return slug || (words[0] ?? '').slice(0, SLUG_MAX);
}

/** The fields of the publish and edit forms, as the database takes them. */
export interface UseCaseFields {
	title: string;
	slug: string;
	organization_id: string;
	city: string;
	country: string;
	domain: Domain;
	maturity: Maturity;
	language: Locale;
	summary: string;
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
	patterns: number[];
}

/** A dimension's text for the use case: the group's own text, then each kept note on a line of its own. */
export function dimensionText(outcome: Outcome, dimension: Dimension): string {
	const { text, notes } = outcome.dimensions[dimension];
	const kept = notes.map((n) => n.text.trim()).filter(Boolean);
	return [text.trim(), ...kept.map((t) => `- ${t}`)].filter(Boolean).join('\n');
}

/** What a workshop's outcome fills in; the publisher adds the rest (place, domain, summary). */
export function fieldsFromOutcome(
	outcome: Outcome,
	start: { title: string; slug: string; organization_id: string; city: string; country: string; language: Locale }
): UseCaseFields {
	const dims = Object.fromEntries(DIMENSIONS.map((d) => [d, dimensionText(outcome, d)])) as Record<Dimension, string>;
	return {
		...start,
		domain: 'digital-services',
		maturity: 'idea',
		summary: outcome.dimensions.what.text.trim().slice(0, 2000),
		...dims,
		funding_mechanisms: [...outcome.funding],
		internal_success_factors: [...outcome.internalFactors],
		external_success_factors: [...outcome.externalFactors],
		scalability: outcome.scores.scalability,
		replicability: outcome.scores.replicability,
		sustainability: outcome.scores.sustainability,
		lessons: outcome.lessons,
		replication_conditions: outcome.replicationNeeds,
		patterns: [...outcome.patterns]
	};
}

/** A list edited as a text area: one item a line, blank lines dropped. */
export const linesOf = (text: string) =>
	text
		.split(/\r?\n/)
		.map((line) => line.trim())
		.filter(Boolean);

const required = (min: number, max: number, key: string) => z.string().trim().min(min, key).max(max, key);
const dimension = z.string().trim().max(4000, 'dimensionTooLong');
const list = z.array(z.string().trim().min(1).max(300, 'itemTooLong')).max(50, 'tooManyItems');
const score = z.number().int().min(1).max(5).nullable();

/** Checked at the boundary; each message is a key of the publishing catalogue's `validation`. */
export const useCaseFieldsSchema = z.object({
	title: required(3, 160, 'title'),
	slug: z.string().trim().refine(isSlug, 'slug'),
	organization_id: z.string().uuid('organization'),
	city: required(1, 80, 'city'),
	country: required(1, 80, 'country'),
	domain: z.enum(DOMAINS, { error: 'domain' }),
	maturity: z.enum(MATURITIES, { error: 'maturity' }),
	/** The language its texts are written in: the workshop's unless the publisher says otherwise. */
	language: z.enum(LOCALES, { error: 'language' }),
	summary: required(10, 2000, 'summary'),
	who: dimension,
	what: dimension,
	how: dimension,
	why: dimension,
	funding_mechanisms: list,
	internal_success_factors: list,
	external_success_factors: list,
	scalability: score,
	replicability: score,
	sustainability: score,
	lessons: z.string().trim().max(4000, 'textTooLong'),
	replication_conditions: z.string().trim().max(4000, 'textTooLong'),
	patterns: z.array(z.number().int().positive()).max(55)
});

/** The four dimensions a published use case must tell (the table's own check says the same). */
export function missingDimensions(fields: Pick<UseCaseFields, Dimension>): Dimension[] {
	return DIMENSIONS.filter((d) => fields[d].trim() === '');
}

/** Reads the publish / edit form. Unknown or malformed values are left for the schema to refuse. */
export function fieldsFromForm(form: FormData): Record<keyof UseCaseFields, unknown> {
	const text = (name: string) => String(form.get(name) ?? '');
	const scoreOf = (name: SrsCriterion) => {
		const value = text(name);
		return value === '' ? null : Number(value);
	};
	return {
		title: text('title'),
		slug: text('slug'),
		organization_id: text('organization_id'),
		city: text('city'),
		country: text('country'),
		domain: text('domain'),
		maturity: text('maturity'),
		language: text('language'),
		summary: text('summary'),
		who: text('who'),
		what: text('what'),
		how: text('how'),
		why: text('why'),
		funding_mechanisms: linesOf(text('funding_mechanisms')),
		internal_success_factors: linesOf(text('internal_success_factors')),
		external_success_factors: linesOf(text('external_success_factors')),
		...(Object.fromEntries(SRS.map((c) => [c, scoreOf(c)])) as Record<SrsCriterion, number | null>),
		lessons: text('lessons'),
		replication_conditions: text('replication_conditions'),
		patterns: form.getAll('patterns').map((p) => Number(p))
	};
}
