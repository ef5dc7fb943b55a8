import type { Handle } from '@sveltejs/kit';
import { readSession } from '$lib/server/identity';
import { inLocale, resolveLocales } from '$lib/server/locale';
import { createUserClient } from '$lib/server/supabase';

export const handle: Handle = async ({ event, resolve }) => {
	const secure = event.url.protocol === 'https:';
	const session = await readSession(event.cookies, secure);
	event.locals.user = session?.user ?? null;
	event.locals.supabase = createUserClient(session?.accessToken ?? null);
	const locales = await resolveLocales({
		cookies: event.cookies,
		headers: event.request.headers,
		db: event.locals.supabase,
		userId: event.locals.user?.id ?? null,
		workshop: event.params.workshop,
		secure
	});
	event.locals.locale = locales.page;
	event.locals.personLocale = locales.person;
	const response = await inLocale(locales.page, () =>
		resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locales.page) })
	);
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	response.headers.append('vary', 'accept-language, cookie');
	return response;
};
