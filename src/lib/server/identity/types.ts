import type { Stakeholder } from '../../domain/stakeholders.ts';

export interface SessionUser {
	id: string;
	isAnonymous: boolean;
	email: string | null;
}

/** What the session cookies hold, and whose they are. */
export interface Session {
	/** The person's id (auth.users.id, the token's `sub`), so callers never decode a token. */
	userId: string;
	accessToken: string;
	refreshToken: string;
	/** Seconds since the epoch. */
	expiresAt: number;
}

export interface AnonymousSignIn {
	displayName: string;
	stakeholder: Stakeholder;
}

/**
 * One way in for both modes. Hosted: Supabase Auth. Local: tokens minted with
 * the local JWT secret, links shown at /auth/outbox instead of mailed.
 */
export interface Identity {
	readonly mode: 'local' | 'hosted';
	signInAnonymously(input: AnonymousSignIn): Promise<Session>;
	/**
	 * Sends (or, locally, files in the outbox) a one-time sign-in link. Locally
	 * it returns the outbox message's id, so the browser that asked can be shown
	 * it; hosted, null. `subject` names the message in the local outbox (an
	 * invitation's link is a sign-in link too); hosted, Supabase's magic-link
	 * template decides.
	 */
	sendSignInLink(email: string, confirmUrl: URL, subject?: string): Promise<number | null>;
	/** Exchanges the parameters of a sign-in link for a session. */
	confirmSignInLink(params: URLSearchParams): Promise<Session>;
	refresh(refreshToken: string): Promise<Session | null>;
}

export class IdentityError extends Error {}
