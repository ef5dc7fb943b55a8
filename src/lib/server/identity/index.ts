import type { Cookies } from '@sveltejs/kit';
import { readConfig } from '../config.ts';
import { verifyAccessToken } from '../jwt.ts';
import { hostedIdentity } from './hosted.ts';
import { LINK_MINUTES, localIdentity } from './local.ts';
import { openOutboxIds, sealOutboxIds } from './outbox-pass.ts';
import type { Identity, Session, SessionUser } from './types.ts';

export type { Identity, Session, SessionUser } from './types.ts';

let identity: Identity | null = null;

export function getIdentity(): Identity {
	if (!identity) {
		const config = readConfig();
		identity = config.mode === 'hosted' ? hostedIdentity(config) : localIdentity(config.jwtSecret);
	}
	return identity;
}

const ACCESS_COOKIE = 'cc_access';
const REFRESH_COOKIE = 'cc_refresh';
const REFRESH_DAYS = 30;

function cookieOptions(secure: boolean, maxAge: number) {
	return { path: '/', httpOnly: true, sameSite: 'lax' as const, secure, maxAge };
}

export function setSessionCookies(cookies: Cookies, session: Session, secure: boolean) {
	const accessAge = Math.max(60, session.expiresAt - Math.floor(Date.now() / 1000));
	cookies.set(ACCESS_COOKIE, session.accessToken, cookieOptions(secure, accessAge));
	cookies.set(REFRESH_COOKIE, session.refreshToken, cookieOptions(secure, REFRESH_DAYS * 24 * 3600));
}

export function clearSessionCookies(cookies: Cookies) {
	cookies.delete(ACCESS_COOKIE, { path: '/' });
	cookies.delete(REFRESH_COOKIE, { path: '/' });
}

const OUTBOX_COOKIE = 'cc_outbox';
const OUTBOX_PATH = '/auth/outbox';

/** Local mode: remembers in this browser that it asked for this outbox message. */
export function rememberOutboxRequest(cookies: Cookies, outboxId: number, secure: boolean) {
	const secret = readConfig().jwtSecret;
	const ids = [...outboxRequestsOf(cookies), outboxId];
	cookies.set(OUTBOX_COOKIE, sealOutboxIds(ids, secret), { ...cookieOptions(secure, LINK_MINUTES * 60), path: OUTBOX_PATH });
}

/** The outbox ids this browser asked for; none if the cookie is missing or forged. */
export function outboxRequestsOf(cookies: Cookies): number[] {
	return openOutboxIds(cookies.get(OUTBOX_COOKIE), readConfig().jwtSecret);
}

/**
 * Reads the session from the cookies and verifies it on the server. A token
 * that is tampered, expired or signed with another secret counts as signed
 * out; an expired one is renewed with the refresh token when that is valid.
 */
export async function readSession(
	cookies: Cookies,
	secure: boolean
): Promise<{ user: SessionUser; accessToken: string } | null> {
	const jwtSecret = readConfig().jwtSecret;
	let token = cookies.get(ACCESS_COOKIE) ?? null;
	let claims = token ? await verifyAccessToken(token, jwtSecret) : null;
	if (!claims) {
		const refreshToken = cookies.get(REFRESH_COOKIE);
		const renewed = refreshToken ? await getIdentity().refresh(refreshToken).catch(() => null) : null;
		if (renewed) {
			setSessionCookies(cookies, renewed, secure);
			token = renewed.accessToken;
			claims = await verifyAccessToken(token, jwtSecret);
		}
	}
	if (!claims || !token) {
		if (cookies.get(ACCESS_COOKIE) || cookies.get(REFRESH_COOKIE)) clearSessionCookies(cookies);
		return null;
	}
	return { user: { id: claims.sub, isAnonymous: claims.is_anonymous, email: claims.email ?? null }, accessToken: token };
}

/**
 * Renews the session when its access token ends within `withinSeconds`. Open
 * pages call this now and then (/auth/keepalive): the realtime connection
 * authenticates with the access cookie each time it reconnects, and a workshop
 * lasts longer than a token.
 */
export async function renewSignInSoon(cookies: Cookies, secure: boolean, withinSeconds: number): Promise<boolean> {
	const token = cookies.get(ACCESS_COOKIE);
	const claims = token ? await verifyAccessToken(token, readConfig().jwtSecret) : null;
	if (claims && claims.exp - Date.now() / 1000 > withinSeconds) return true;
	const refreshToken = cookies.get(REFRESH_COOKIE);
	const renewed = refreshToken ? await getIdentity().refresh(refreshToken).catch(() => null) : null;
	if (!renewed) return claims !== null;
	setSessionCookies(cookies, renewed, secure);
	return true;
}
