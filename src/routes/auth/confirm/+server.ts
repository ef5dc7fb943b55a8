import { redirect } from '@sveltejs/kit';
import { safeNext } from '$lib/domain/sign-in';
import { getIdentity, setSessionCookies } from '$lib/server/identity';
import type { RequestHandler } from './$types';

/** Where a sign-in link lands: exchanges it for a session, then goes on. */
export const GET: RequestHandler = async ({ url, cookies }) => {
	const next = safeNext(url.searchParams.get('next'), '/workshops');
	let session;
	try {
		session = await getIdentity().confirmSignInLink(url.searchParams);
	} catch {
		redirect(303, `/signin?error=link-invalid&next=${encodeURIComponent(next)}`);
	}
	setSessionCookies(cookies, session, url.protocol === 'https:');
	redirect(303, next);
};
