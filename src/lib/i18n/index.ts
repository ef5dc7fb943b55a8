import type { Messages } from './en';
import { languageName as nameIn } from '../domain/language-names';
import { getLocale, getMessages } from './current';

export { getLocale, loadCatalogue, useClientLocale, withCatalogue } from './current';
export { LOCALES, LOCALE_NAMES, isLocale, type Locale } from './locales';

/**
 * The active catalogue: `m.area.key` reads the page's language at the moment it
 * is read, so keep reading it where text is shown rather than copying strings out.
 */
export const m: Messages = new Proxy({} as Messages, {
	get: (_target, key) => Reflect.get(getMessages(), key),
	has: (_target, key) => Reflect.has(getMessages(), key),
	ownKeys: () => Reflect.ownKeys(getMessages()),
	getOwnPropertyDescriptor: (_target, key) => {
		const descriptor = Reflect.getOwnPropertyDescriptor(getMessages(), key);
		return descriptor && { ...descriptor, configurable: true };
	}
});

export const formatDate = (value: string | Date) =>
	new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium' }).format(new Date(value));
export const formatNumber = (value: number) => new Intl.NumberFormat(getLocale()).format(value);

/** A language's name in the page's language, e.g. "German" on an English page, "allemand" on a French one. */
export const languageName = (code: string) => nameIn(code, getLocale());
