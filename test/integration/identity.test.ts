/**
 * Local identity against the real database: anonymous sign-in, the one-time
 * email link from the local outbox, and refresh. Tokens it issues are checked
 * both by the server (verifyAccessToken) and by PostgREST.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { localEnv } from '../../src/lib/server/config';
import { sql } from '../../src/lib/server/db';
import { renewSignInSoon } from '../../src/lib/server/identity/index';
import { localIdentity, localOutbox } from '../../src/lib/server/identity/local';
import { IdentityError, type Identity } from '../../src/lib/server/identity/types';
import { signToken, verifyAccessToken } from '../../src/lib/server/jwt';
import { createUserClient } from '../../src/lib/server/supabase';
import { clientFor, closeDb, db, one } from './helpers';

const CONFIRM_URL = new URL('http://localhost:5173/auth/confirm');
const saved = { ...process.env };
let identity: Identity;
let jwtSecret: string;

beforeAll(() => {
	jwtSecret = inject('jwtSecret');
	Object.assign(
		process.env,
		localEnv({
			postgrestUrl: inject('postgrestUrl'),
			anonKey: inject('anonKey'),
			serviceRoleKey: inject('serviceRoleKey'),
			jwtSecret,
			databaseUrl: inject('databaseUrl')
		})
	);
	identity = localIdentity(jwtSecret);
});

afterAll(async () => {
	await sql().end();
	await closeDb();
	for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
	Object.assign(process.env, saved);
});

const apiStatus = async (token: string) => (await clientFor(token).from('use_cases').select('id').limit(1)).status;

/** Files a link for this email and returns the parameters the person's click would carry. */
async function linkFor(email: string) {
	await identity.sendSignInLink(email, CONFIRM_URL);
	const { link } = await one<{ link: string }>(
		'select link from local_auth.outbox where email = $1 order by id desc limit 1',
		[email]
	);
	return new URL(link).searchParams;
}

const uniqueEmail = () => `person-${crypto.randomUUID()}@example.test`;

describe('anonymous sign-in', () => {
	it('gives a token the server and the API accept, for a new anonymous person', async () => {
		const session = await identity.signInAnonymously({ displayName: 'Ana', stakeholder: 'citizen' });
		const claims = await verifyAccessToken(session.accessToken, jwtSecret);
		expect(claims).toMatchObject({ role: 'authenticated', is_anonymous: true });
		expect(claims?.email).toBeUndefined();
		expect(session.expiresAt).toBeGreaterThan(Date.now() / 1000);
		// Callers take the person's id from the session, never from the token.
		expect(session.userId).toBe(claims!.sub);

		const user = await one('select is_anonymous, email, raw_user_meta_data from auth.users where id = $1', [claims!.sub]);
		expect(user).toEqual({ is_anonymous: true, email: null, raw_user_meta_data: { display_name: 'Ana' } });
		expect(await apiStatus(session.accessToken)).toBe(200);
	});

	it('lets the new person create their own profile through the API, with the id the session names', async () => {
		const session = await identity.signInAnonymously({ displayName: 'Ben', stakeholder: 'developer' });
		const sub = session.userId;
		const { error } = await createUserClient(session.accessToken)
			.from('profiles')
			.insert({ id: sub, display_name: 'Ben', stakeholder: 'developer' });
		expect(error).toBeNull();
		expect(await one('select display_name, stakeholder from public.profiles where id = $1', [sub])).toEqual({
			display_name: 'Ben',
			stakeholder: 'developer'
		});
	});
});

describe('email sign-in link', () => {
	it('is filed in the local outbox, pointing at the confirm page, with only a hash of its token stored', async () => {
		const email = uniqueEmail();
		const params = await linkFor(email);
		const row = await one<{ link: string; token_hash: string; used_at: Date | null; expires_at: Date }>(
			'select link, token_hash, used_at, expires_at from local_auth.outbox where email = $1',
			[email]
		);
		expect(row.link.startsWith(`${CONFIRM_URL.href}?`)).toBe(true);
		const token = params.get('token');
		expect(token).toBeTruthy();
		expect(row.token_hash).not.toContain(token!);
		expect(row.used_at).toBeNull();
		expect(row.expires_at.getTime()).toBeGreaterThan(Date.now());
	});

	it('signs that email in, as a person who is not anonymous', async () => {
		const email = uniqueEmail();
		const session = await identity.confirmSignInLink(await linkFor(email));
		const claims = await verifyAccessToken(session.accessToken, jwtSecret);
		expect(claims).toMatchObject({ email, is_anonymous: false, role: 'authenticated' });
		expect(session.userId).toBe(claims!.sub);
		expect(await one('select email, is_anonymous from auth.users where id = $1', [claims!.sub])).toEqual({
			email,
			is_anonymous: false
		});
		expect(await apiStatus(session.accessToken)).toBe(200);

		// A later link for the same email signs in the same person.
		const again = await identity.confirmSignInLink(await linkFor(email));
		expect((await verifyAccessToken(again.accessToken, jwtSecret))?.sub).toBe(claims!.sub);
	});

	it('works only once', async () => {
		const params = await linkFor(uniqueEmail());
		await identity.confirmSignInLink(params);
		await expect(identity.confirmSignInLink(params)).rejects.toBeInstanceOf(IdentityError);
	});

	it('is refused when its token is missing, made up or expired', async () => {
		await expect(identity.confirmSignInLink(new URLSearchParams())).rejects.toBeInstanceOf(IdentityError);
		await expect(identity.confirmSignInLink(new URLSearchParams({ token: 'made-up' }))).rejects.toBeInstanceOf(IdentityError);

		const email = uniqueEmail();
		const params = await linkFor(email);
		await db().query("update local_auth.outbox set expires_at = now() - interval '1 minute' where email = $1", [email]);
		await expect(identity.confirmSignInLink(params)).rejects.toBeInstanceOf(IdentityError);
		expect((await db().query('select 1 from auth.users where email = $1', [email])).rowCount).toBe(0);
	});
});

describe('the local outbox', () => {
	it('shows a viewer only links to their own email or asked for from their browser', async () => {
		const mine = uniqueEmail();
		const theirs = uniqueEmail();
		const myId = await identity.sendSignInLink(mine, CONFIRM_URL);
		const theirId = await identity.sendSignInLink(theirs, CONFIRM_URL);
		expect(myId).toEqual(expect.any(Number));
		expect(theirId).toBeGreaterThan(myId!);

		// Signed in by email: own links, under any capitalisation, and nobody else's.
		const signedIn = await localOutbox({ email: mine.toUpperCase(), requestedIds: [] });
		expect(signedIn.map((m) => m.email)).toContain(mine);
		expect(signedIn.some((m) => m.email !== mine)).toBe(false);

		// An anonymous browser that asked for one link sees that one only.
		const asked = await localOutbox({ email: null, requestedIds: [theirId!] });
		expect(asked.map((m) => [Number(m.id), m.email])).toEqual([[theirId, theirs]]);

		// A visitor who asked for nothing sees nothing.
		expect(await localOutbox({ email: null, requestedIds: [] })).toEqual([]);
	});
});

describe('refresh', () => {
	it('a refresh token gives a new session for the same person', async () => {
		const email = uniqueEmail();
		const first = await identity.confirmSignInLink(await linkFor(email));
		const renewed = await identity.refresh(first.refreshToken);
		expect(renewed).not.toBeNull();
		const claims = await verifyAccessToken(renewed!.accessToken, jwtSecret);
		expect(claims).toMatchObject({ sub: (await verifyAccessToken(first.accessToken, jwtSecret))!.sub, email, is_anonymous: false });
		expect(renewed!.userId).toBe(first.userId);
		expect(await apiStatus(renewed!.accessToken)).toBe(200);
	});

	it('an access token cannot be used to refresh', async () => {
		const session = await identity.signInAnonymously({ displayName: 'Cleo', stakeholder: 'city' });
		expect(await identity.refresh(session.accessToken)).toBeNull();
	});

	it('a refresh token is not accepted as an access token, by the server or by the API', async () => {
		const session = await identity.signInAnonymously({ displayName: 'Dan', stakeholder: 'company' });
		expect(await verifyAccessToken(session.refreshToken, jwtSecret)).toBeNull();
		expect(await apiStatus(session.refreshToken)).toBe(401);
	});

	it('refreshing for a person who no longer exists gives no session', async () => {
		const session = await identity.signInAnonymously({ displayName: 'Eve', stakeholder: 'other' });
		const { sub } = (await verifyAccessToken(session.accessToken, jwtSecret))!;
		await db().query('delete from auth.users where id = $1', [sub]);
		expect(await identity.refresh(session.refreshToken)).toBeNull();
	});
});

describe("the server's own supabase-js client in local mode", () => {
	it('reads the published library as a visitor, through PostgREST without the /rest/v1 prefix', async () => {
		const { data, error } = await createUserClient(null).from('use_cases').select('slug, status');
		expect(error).toBeNull();
		const { n } = await one<{ n: string }>("select count(*) as n from public.use_cases where status = 'published'");
		expect(data).toHaveLength(Number(n));
		expect(data!.every((r) => r.status === 'published')).toBe(true);
	});
});

/** The browser's cookie jar for one request: what a SvelteKit handler reads and sets. */
function jar(values: Record<string, string>) {
	const store = new Map(Object.entries(values));
	return {
		store,
		get: (name: string) => store.get(name),
		set: (name: string, value: string) => void store.set(name, value),
		delete: (name: string) => void store.delete(name)
	} as unknown as import('@sveltejs/kit').Cookies & { store: Map<string, string> };
}

describe('keeping an open page signed in (/auth/keepalive)', () => {
	it('renews a session whose access token ends soon, and leaves a fresh one alone', async () => {
		const session = await identity.signInAnonymously({ displayName: 'Long workshop', stakeholder: 'citizen' });
		const claims = (await verifyAccessToken(session.accessToken, jwtSecret))!;
		const fresh = jar({ cc_access: session.accessToken, cc_refresh: session.refreshToken });
		expect(await renewSignInSoon(fresh, false, 15 * 60)).toBe(true);
		expect(fresh.store.get('cc_access')).toBe(session.accessToken);

		// The same person's token with five minutes left: renewed, still the same person.
		const endingSoon = await signToken({ ...claims, exp: undefined, iat: undefined } as never, jwtSecret, 5 * 60);
		const cookies = jar({ cc_access: endingSoon, cc_refresh: session.refreshToken });
		expect(await renewSignInSoon(cookies, false, 15 * 60)).toBe(true);
		const renewed = cookies.store.get('cc_access')!;
		expect(renewed).not.toBe(endingSoon);
		const after = (await verifyAccessToken(renewed, jwtSecret))!;
		expect(after.sub).toBe(claims.sub);
		expect(after.exp - Date.now() / 1000).toBeGreaterThan(15 * 60);
	});

	it('says no without a valid refresh token once the access token is gone', async () => {
		expect(await renewSignInSoon(jar({}), false, 15 * 60)).toBe(false);
		expect(await renewSignInSoon(jar({ cc_refresh: 'not-a-token' }), false, 15 * 60)).toBe(false);
	});
});
