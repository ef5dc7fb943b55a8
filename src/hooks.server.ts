import type { Handle } from '@sveltejs/kit';
import { readSession } from '$lib/server/identity';
import { createUserClient } from '$lib/server/supabase';

export const handle: Handle = async ({ event, resolve }) => {
	const session = await readSession(event.cookies, event.url.protocol === 'https:');
	event.locals.user = session?.user ?? null;
	event.locals.supabase = createUserClient(session?.accessToken ?? null);
	const response = await resolve(event);
	response.headers.set('x-content-type-options', 'nosniff');
	response.headers.set('referrer-policy', 'strict-origin-when-cross-origin');
	return response;
};
