import { SignJWT, jwtVerify, errors } from 'jose';

/** The claims Supabase puts in its access tokens, and the ones we rely on. */
export interface AccessClaims {
	sub: string;
	role: 'anon' | 'authenticated' | 'service_role';
	is_anonymous: boolean;
	email?: string;
	aud?: string;
	exp: number;
	iat?: number;
}

const encoder = new TextEncoder();
const key = (secret: string) => encoder.encode(secret);

/**
 * Verification keys, imported once per secret (there are one or two): the
 * realtime server verifies a token per connection, and importing the raw
 * secret each time was garbage on every admission.
 */
const verifyKeys = new Map<string, Promise<CryptoKey>>();
function verifyKey(secret: string): Promise<CryptoKey> {
	let cached = verifyKeys.get(secret);
	if (!cached) {
		cached = crypto.subtle.importKey('raw', key(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify']);
		verifyKeys.set(secret, cached);
	}
	return cached;
}

/** Signs claims with HS256, as Supabase does with its project JWT secret. */
export async function signToken(
	claims: Record<string, unknown>,
	secret: string,
	expiresInSeconds: number
): Promise<string> {
	return new SignJWT(claims)
		.setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
		.setIssuedAt()
		.setExpirationTime(Math.floor(Date.now() / 1000) + expiresInSeconds)
		.sign(key(secret));
}

/**
 * Verifies signature, algorithm and expiry. Returns null for any token that is
 * tampered, expired, signed with another secret or missing the claims we need.
 */
export async function verifyAccessToken(token: string, secret: string): Promise<AccessClaims | null> {
	try {
		const { payload } = await jwtVerify(token, await verifyKey(secret), { algorithms: ['HS256'] });
		if (typeof payload.sub !== 'string' || typeof payload.exp !== 'number') return null;
		if (payload.role !== 'authenticated') return null;
		return {
			sub: payload.sub,
			role: 'authenticated',
			is_anonymous: payload.is_anonymous === true,
			email: typeof payload.email === 'string' ? payload.email : undefined,
			aud: typeof payload.aud === 'string' ? payload.aud : undefined,
			exp: payload.exp,
			iat: payload.iat
		};
	} catch (error) {
		if (error instanceof errors.JOSEError) return null;
		throw error;
	}
}
