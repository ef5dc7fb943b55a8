import { z } from 'zod';
import { LOCALES } from '../i18n/locales.ts';
import { TEMPLATE_IDS } from './templates.ts';

export const MAX_CANVASES = 12;

/** Join codes: six characters without look-alikes (no 0/O, 1/I/L), as the database makes them. */
export const JOIN_CODE = /^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/;

/** What people type or scan: spaces, dashes and lower case are forgiven. */
export function normalizeJoinCode(value: string): string {
	return value.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

const title = (max: number) =>
	z
		.string()
		.transform((s) => s.replace(/\s+/g, ' ').trim())
		.pipe(z.string().min(1, 'titleRequired').max(max, 'titleTooLong'));

export const canvasInputSchema = z.object({
	template: z.enum(TEMPLATE_IDS, { error: 'templateUnknown' }),
	title: title(120)
});

/** The language a workshop runs in: its pages and its exports speak it. */
export const languageSchema = z.enum(LOCALES, { error: 'languageUnknown' });

/** The "new workshop" form, checked before anything is written. */
export const newWorkshopSchema = z.object({
	title: title(160),
	host: z.string().trim().max(120, 'hostTooLong'),
	purpose: z.string().trim().max(2000, 'purposeTooLong'),
	heldOn: z
		.string()
		.trim()
		.refine((s) => s === '' || (/^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(s))), 'dateInvalid')
		.transform((s) => (s === '' ? null : s)),
	canvases: z.array(canvasInputSchema).min(1, 'canvasRequired').max(MAX_CANVASES, 'tooManyCanvases'),
	language: languageSchema
});
export type NewWorkshop = z.infer<typeof newWorkshopSchema>;

export const joinSchema = z.object({
	code: z
		.string()
		.transform(normalizeJoinCode)
		.pipe(z.string().regex(JOIN_CODE, 'codeInvalid')),
	displayName: z
		.string()
		.transform((s) => s.replace(/\s+/g, ' ').trim())
		.pipe(z.string().min(1, 'displayNameRequired').max(60, 'displayNameRequired'))
});

/** Moves one item up or down in an ordered list; returns the new order of ids (unchanged at an edge). */
export function reorder(ids: readonly string[], id: string, direction: 'up' | 'down'): string[] {
	const order = [...ids];
	const from = order.indexOf(id);
	const to = direction === 'up' ? from - 1 : from + 1;
	if (from < 0 || to < 0 || to >= order.length) return order;
	[order[from], order[to]] = [order[to], order[from]];
	return order;
}
