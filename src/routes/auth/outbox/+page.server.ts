import { error } from '@sveltejs/kit';
import { readConfig } from '$lib/server/config';
import { localOutbox } from '$lib/server/identity/local';
import type { PageServerLoad } from './$types';

/** Local mode only: the sign-in links that a hosted project would email. */
export const load = (async () => {
	if (readConfig().mode !== 'local') error(404, 'Not found');
	const messages = await localOutbox();
	const now = Date.now();
	return {
		messages: messages.map((msg) => ({
			id: msg.id,
			email: msg.email,
			subject: msg.subject,
			link: msg.link,
			createdAt: msg.created_at.toISOString(),
			state: msg.used_at ? ('used' as const) : msg.expires_at.getTime() < now ? ('expired' as const) : ('open' as const)
		}))
	};
}) satisfies PageServerLoad;
