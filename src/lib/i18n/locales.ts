/**
 * The languages Civic Canvas speaks, and how a page picks one. Pure: the server
 * hook and the tests use it; no catalogue is imported here.
 */
import { isUuid } from '../domain/ids.ts';

export const LOCALES = ['en', 'de', 'fr', 'it', 'es', 'fi'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export const isLocale = (value: unknown): value is Locale =>
	typeof value === 'string' && (LOCALES as readonly string[]).includes(value);

/** Each language named in itself: a switcher must be readable by someone who cannot read the page. */
export const LOCALE_NAMES: Record<Locale, string> = {
	en: 'English',
	de: 'Deutsch',
	fr: 'Français',
	it: 'Italiano',
	es: 'Español',
	fi: 'Suomi'
};

/**
 * The first of our languages an Accept-Language header asks for, by weight
 * (`de-AT;q=0.9` counts as `de`), or null when it names none of them.
 */
export function negotiateLocale(header: string | null | undefined): Locale | null {
	if (!header) return null;
	const ranked = header
		.split(',')
		.slice(0, 32)
		.map((part, index) => {
			const [tag, ...params] = part.trim().split(';');
			const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
			const weight = q ? Number(q.slice(2)) : 1;
			return { language: tag.trim().split('-')[0].toLowerCase(), weight: Number.isFinite(weight) ? weight : 0, index };
		})
		.filter((entry) => entry.weight > 0)
		.sort((a, b) => b.weight - a.weight || a.index - b.index);
	return ranked.map((entry) => entry.language).find(isLocale) ?? null;
}

export interface LocaleInputs {
	/** The workshop's language, on a workshop's pages. */
	workshop?: Locale | null;
	/** What this person switched to inside this workshop. */
	workshopChoice?: Locale | null;
	/** What this person chose anywhere else (kept in a cookie and their profile). */
	choice?: Locale | null;
	acceptLanguage?: string | null;
}

/** The person's language, away from any workshop: their choice, else their browser's. */
export const personLocale = (inputs: LocaleInputs): Locale =>
	inputs.choice ?? negotiateLocale(inputs.acceptLanguage) ?? DEFAULT_LOCALE;

/**
 * A page's language. A workshop runs in its language (set by the facilitator);
 * a participant who switches inside it keeps their switch there. Elsewhere, the person's.
 */
export const pageLocale = (inputs: LocaleInputs): Locale =>
	inputs.workshopChoice ?? inputs.workshop ?? personLocale(inputs);

const MAX_WORKSHOP_CHOICES = 12;

/** Reads the cookie of per-workshop switches: `<workshop id>:<locale>` pairs, newest first. */
export function readWorkshopChoices(cookie: string | null | undefined): Map<string, Locale> {
	const choices = new Map<string, Locale>();
	for (const pair of (cookie ?? '').split('|').slice(0, MAX_WORKSHOP_CHOICES)) {
		const [id, locale] = pair.split(':');
		if (id && isUuid(id) && isLocale(locale) && !choices.has(id)) choices.set(id, locale);
	}
	return choices;
}

/** The cookie with this switch first; the oldest fall off so it stays small. */
export function writeWorkshopChoice(cookie: string | null | undefined, workshop: string, locale: Locale): string {
	const rest = [...readWorkshopChoices(cookie)].filter(([id]) => id !== workshop);
	return [[workshop, locale], ...rest]
		.slice(0, MAX_WORKSHOP_CHOICES)
		.map(([id, l]) => `${id}:${l}`)
		.join('|');
}
