import { renewSignInSoon } from '$lib/server/identity';
import type { RequestHandler } from './$types';

/** How long before the access token ends an open page renews it (pages call every 5 minutes). */
const RENEW_WITHIN_SECONDS = 15 * 60;

/** Keeps an open workshop or canvas page's session valid for reconnects. */
export const GET: RequestHandler = async ({ cookies, url }) => {
	const ok = await renewSignInSoon(cookies, url.protocol === 'https:', RENEW_WITHIN_SECONDS);
	return new Response(null, { status: ok ? 204 : 401, headers: { 'cache-control': 'no-store' } });
};
