import { createHash, randomBytes } from 'node:crypto';
import { sql } from '../db.ts';
import { signToken, verifyAccessToken } from '../jwt.ts';
import { IdentityError, type AnonymousSignIn, type Identity, type Session } from './types.ts';

const ACCESS_SECONDS = 3600;
const REFRESH_SECONDS = 30 * 24 * 3600;
export const LINK_MINUTES = 60;

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/**
 * Local identity: the same claims Supabase Auth puts in its tokens, signed
 * with the local JWT secret. Refresh tokens are signed too (stateless).
 */
export function localIdentity(jwtSecret: string): Identity {
	// Refresh tokens get their own key, so none can ever pass as an access token.
	const refreshSecret = createHash('sha256').update(`${jwtSecret}:refresh`).digest('base64url');

	async function issue(user: { id: string; email: string | null; is_anonymous: boolean }): Promise<Session> {
		const claims = {
			sub: user.id,
			role: 'authenticated',
			aud: 'authenticated',
			is_anonymous: user.is_anonymous,
			...(user.email ? { email: user.email } : {})
		};
		const accessToken = await signToken(claims, jwtSecret, ACCESS_SECONDS);
		const refreshToken = await signToken({ sub: user.id, role: 'authenticated' }, refreshSecret, REFRESH_SECONDS);
		return { userId: user.id, accessToken, refreshToken, expiresAt: Math.floor(Date.now() / 1000) + ACCESS_SECONDS };
	}

	return {
		mode: 'local',

		async signInAnonymously({ displayName }: AnonymousSignIn) {
			const { rows } = await sql().query(
				`insert into auth.users (is_anonymous, raw_user_meta_data, last_sign_in_at)
				 values (true, jsonb_build_object('display_name', $1::text), now())
				 returning id, email, is_anonymous`,
				[displayName]
			);
			return issue(rows[0]);
		},

		async sendSignInLink(email, confirmUrl, subject = 'Your Civic Canvas sign-in link') {
			const token = randomBytes(32).toString('base64url');
			const link = new URL(confirmUrl);
			link.searchParams.set('token', token);
			const { rows } = await sql().query<{ id: number }>(
				`insert into local_auth.outbox (email, subject, link, token_hash, expires_at)
				 values ($1, $5, $2, $3, now() + make_interval(mins => $4))
				 returning id`,
				[email, link.toString(), hash(token), LINK_MINUTES, subject]
			);
			return Number(rows[0].id);
		},

		async confirmSignInLink(params) {
			const token = params.get('token');
			if (!token) throw new IdentityError('link-invalid');
			const used = await sql().query(
				`update local_auth.outbox set used_at = now()
				 where token_hash = $1 and used_at is null and expires_at > now()
				 returning email`,
				[hash(token)]
			);
			if (used.rowCount === 0) throw new IdentityError('link-invalid');
			const { rows } = await sql().query(
				`insert into auth.users (email, is_anonymous, last_sign_in_at) values ($1, false, now())
				 on conflict (email) do update set last_sign_in_at = now()
				 returning id, email, is_anonymous`,
				[used.rows[0].email]
			);
			return issue(rows[0]);
		},

		async refresh(refreshToken) {
			const claims = await verifyAccessToken(refreshToken, refreshSecret);
			if (!claims) return null;
			const { rows } = await sql().query('select id, email, is_anonymous from auth.users where id = $1', [claims.sub]);
			return rows[0] ? issue(rows[0]) : null;
		}
	};
}

/** Whose links a visitor of the local outbox may see. */
export interface OutboxViewer {
	/** The signed-in person's own email, if any. */
	email: string | null;
	/** The outbox ids this browser asked for (from its sealed cookie). */
	requestedIds: readonly number[];
}

/**
 * Recent sign-in links for the local outbox page: only those to the viewer's
 * own email or asked for from the viewer's browser, never anyone else's.
 */
export async function localOutbox(viewer: OutboxViewer, limit = 20) {
	if (!viewer.email && viewer.requestedIds.length === 0) return [];
	const { rows } = await sql().query<{ id: number; email: string; subject: string; link: string; created_at: Date; used_at: Date | null; expires_at: Date }>(
		`select id, email, subject, link, created_at, used_at, expires_at
		 from local_auth.outbox
		 where lower(email) = lower($1) or id = any($2::bigint[])
		 order by id desc limit $3`,
		[viewer.email, viewer.requestedIds, limit]
	);
	return rows;
}
