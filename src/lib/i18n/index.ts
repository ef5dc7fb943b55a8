import { en, type Messages } from './en';

/** The active catalogue. A second language is a file of type Messages and a switch here. */
export const m: Messages = en;
export const locale = 'en';

export const formatDate = (value: string | Date) =>
	new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(value));
export const formatNumber = (value: number) => new Intl.NumberFormat(locale).format(value);
