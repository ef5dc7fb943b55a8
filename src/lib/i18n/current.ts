/**
 * Which catalogue `m` reads right now. The server answers many requests at once,
 * so there the locale comes from the request's async context (server/locale.ts);
 * in the browser it comes from the page's data (the root layout registers it), so
 * every text follows a navigation or a switch without a reload.
 */
import { en, type Messages } from './en';
import { DEFAULT_LOCALE, type Locale } from './locales';

type Importer = () => Promise<Messages>;

/** Every language but English loads on demand: a phone downloads only its own. */
const importers: Record<Exclude<Locale, 'en'>, Importer> = {
	de: () => import('./de').then((module) => module.de),
	fr: () => import('./fr').then((module) => module.fr),
	it: () => import('./it').then((module) => module.it),
	es: () => import('./es').then((module) => module.es),
	fi: () => import('./fi').then((module) => module.fi)
};

const loaded = new Map<Locale, Messages>([['en', en]]);
let serverSource: (() => Locale | undefined) | null = null;
let clientSource: (() => Locale | undefined) | null = null;

/** Resolves once `locale`'s catalogue can be read synchronously. */
export async function loadCatalogue(locale: Locale): Promise<Messages> {
	const ready = loaded.get(locale);
	if (ready) return ready;
	const messages = await importers[locale as Exclude<Locale, 'en'>]();
	loaded.set(locale, messages);
	return messages;
}

/** Server: the locale of the request being served (undefined outside one). */
export function useServerLocale(source: () => Locale | undefined): void {
	serverSource = source;
}

/** Browser: the locale of the page shown; reading it inside a component makes the text reactive. */
export function useClientLocale(source: () => Locale | undefined): void {
	clientSource = source;
}

export function getLocale(): Locale {
	return serverSource?.() ?? clientSource?.() ?? DEFAULT_LOCALE;
}

/** The active catalogue; English while another is still loading (loads await it first). */
export function getMessages(): Messages {
	return loaded.get(getLocale()) ?? en;
}

/** A universal layout load: the page's catalogue is in memory before anything renders, so no text flashes in English. */
export async function withCatalogue<Data extends { locale: Locale }>(data: Data): Promise<Data> {
	await loadCatalogue(data.locale);
	return data;
}
