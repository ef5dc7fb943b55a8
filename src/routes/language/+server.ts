import { error, redirect } from '@sveltejs/kit';
import { isUuid } from '$lib/domain/ids';
import { isLocale, writeWorkshopChoice } from '$lib/i18n/locales';
import { CHOICE_COOKIE, cookieOptions, WORKSHOP_CHOICES_COOKIE } from '$lib/server/locale';
import { m } from '$lib/i18n';
import type { RequestHandler } from './$types';

/** Only a path on this site: never an open redirect. */
const backTo = (value: FormDataEntryValue | null) =>
	typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/';

/**
 * The header's switcher. Keeps the choice for this person (cookie, and profile
 * when signed in); inside a workshop it also overrides that workshop's language
 * for them alone. Without JavaScript the form lands back on the same page.
 */
export const POST: RequestHandler = async ({ request, cookies, locals, url }) => {
	const form = await request.formData();
	const locale = form.get('locale');
	if (!isLocale(locale)) error(400, m.workshops.validation.languageUnknown);
	const secure = url.protocol === 'https:';
	cookies.set(CHOICE_COOKIE, locale, cookieOptions(secure));
	const workshop = form.get('workshop');
	if (typeof workshop === 'string' && isUuid(workshop)) {
		cookies.set(WORKSHOP_CHOICES_COOKIE, writeWorkshopChoice(cookies.get(WORKSHOP_CHOICES_COOKIE), workshop, locale), cookieOptions(secure));
	}
	if (locals.user) {
		// RLS lets a person update their own profile only; a person without one keeps the cookie.
		const { error: failure } = await locals.supabase.from('profiles').update({ language: locale }).eq('id', locals.user.id);
		if (failure) console.warn('language: profile not updated', failure.message);
	}
	redirect(303, backTo(form.get('back')));
};
