/**
 * The language of the request being served. Requests interleave at every await,
 * so a module-level "current locale" would leak between them; an async context
 * follows each request through its loads, actions and render.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Cookies } from '@sveltejs/kit';
import type { SupabaseClient } from '@supabase/supabase-js';
import { loadCatalogue, useServerLocale } from '$lib/i18n/current';
import { isLocale, pageLocale, personLocale, readWorkshopChoices, type Locale } from '$lib/i18n/locales';

const requestLocale = new AsyncLocalStorage<Locale>();
useServerLocale(() => requestLocale.getStore());

/** The person's choice, kept a year; per-workshop switches in a second cookie. */
export const CHOICE_COOKIE = 'cc_lang';
export const WORKSHOP_CHOICES_COOKIE = 'cc_lang_workshops';
/** Set for the session once the profile was found to hold no choice, so it is not asked again on every request. */
const PROFILE_ASKED_COOKIE = 'cc_lang_asked';
export const cookieOptions = (secure: boolean) => ({ path: '/', maxAge: 60 * 60 * 24 * 365, httpOnly: true, sameSite: 'lax' as const, secure });

/** Runs `work` (resolving the request) with `locale` as every `m` read's language. */
export async function inLocale<T>(locale: Locale, work: () => T | Promise<T>): Promise<T> {
	await loadCatalogue(locale);
	return requestLocale.run(locale, work);
}

/** A workshop's language rarely changes; a short cache spares every page of it a query. */
const WORKSHOP_TTL_MS = 15_000;
const workshopLanguages = new Map<string, { locale: Locale | null; until: number }>();

async function workshopLanguage(db: SupabaseClient, workshop: string): Promise<Locale | null> {
	const cached = workshopLanguages.get(workshop);
	if (cached && cached.until > Date.now()) return cached.locale;
	// RLS shows a workshop to its members only: anyone else gets their own language.
	const { data } = await db.from('workshops').select('language').eq('id', workshop).maybeSingle();
	const locale = isLocale(data?.language) ? data.language : null;
	if (locale) workshopLanguages.set(workshop, { locale, until: Date.now() + WORKSHOP_TTL_MS });
	if (workshopLanguages.size > 1000) workshopLanguages.delete(workshopLanguages.keys().next().value!);
	return locale;
}

/** After a facilitator sets the language, this process shows it at once. */
export const forgetWorkshopLanguage = (workshop: string) => workshopLanguages.delete(workshop);

async function profileLanguage(db: SupabaseClient, userId: string): Promise<Locale | null> {
	const { data } = await db.from('profiles').select('language').eq('id', userId).maybeSingle();
	return isLocale(data?.language) ? data.language : null;
}

export interface RequestLocales {
	/** The page's language. */
	page: Locale;
	/** The person's, for pages outside a workshop. */
	person: Locale;
}

/**
 * Workshop pages: the person's switch there, else the workshop's language.
 * Elsewhere: the person's choice (cookie; on a new device, their profile), else
 * the browser's Accept-Language, else English.
 */
export async function resolveLocales(input: {
	cookies: Cookies;
	headers: Headers;
	db: SupabaseClient;
	userId: string | null;
	workshop: string | undefined;
	secure: boolean;
}): Promise<RequestLocales> {
	const cookie = input.cookies.get(CHOICE_COOKIE);
	let choice = isLocale(cookie) ? cookie : null;
	if (!choice && input.userId && input.cookies.get(PROFILE_ASKED_COOKIE) !== input.userId) {
		choice = await profileLanguage(input.db, input.userId);
		if (choice) input.cookies.set(CHOICE_COOKIE, choice, cookieOptions(input.secure));
		else input.cookies.set(PROFILE_ASKED_COOKIE, input.userId, { ...cookieOptions(input.secure), maxAge: undefined });
	}
	const acceptLanguage = input.headers.get('accept-language');
	const person = personLocale({ choice, acceptLanguage });
	if (!input.workshop) return { page: person, person };
	const workshopChoice = readWorkshopChoices(input.cookies.get(WORKSHOP_CHOICES_COOKIE)).get(input.workshop) ?? null;
	const workshop = workshopChoice ? null : await workshopLanguage(input.db, input.workshop);
	return { page: pageLocale({ workshop, workshopChoice, choice, acceptLanguage }), person };
}
