import { m } from '$lib/i18n';
import { error } from '@sveltejs/kit';
import { readConfig } from '$lib/server/config';
import { outboxRequestsOf } from '$lib/server/identity';
import { localOutbox } from '$lib/server/identity/local';
import type { PageServerLoad } from './$types';

/**
 * Local mode only: the sign-in links that a hosted project would email, as a
 * mailbox would show them: those to the signed-in person's own address and
 * those this browser asked for, nobody else's.
 */
export const load = (async ({ locals, cookies }) => {
	if (readConfig().mode !== 'local') error(404, m.errors.notFound);
	const messages = await localOutbox({ email: locals.user?.email ?? null, requestedIds: outboxRequestsOf(cookies) });
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
