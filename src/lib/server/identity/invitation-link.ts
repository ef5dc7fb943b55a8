import { createHash, randomBytes } from 'node:crypto';
import { invitationPath } from '../../domain/organizations.ts';
import { getIdentity } from './index.ts';

/**
 * An invitation to an organisation arrives as a sign-in link does (locally in
 * the outbox, hosted by Supabase's magic-link mail): following it signs the
 * invitee in and lands on /orgs/invitations/<token>, where they accept. The
 * token is the invitation's own secret; the database keeps only its SHA-256.
 */

/** A new invitation secret (32 random bytes, base64url) and the hash to store. */
export function newInvitationToken(): { token: string; hash: string } {
	const token = randomBytes(32).toString('base64url');
	return { token, hash: invitationTokenHash(token) };
}

/** The same hash the database computes (private.invitation_token_hash): SHA-256, hex. */
export const invitationTokenHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * Sends the invitee a sign-in link that continues to the invitation, by the
 * profile page, which asks a first-time person for the name others see (as
 * /signin does). Returns the local outbox id, or null when hosted.
 */
export async function sendInvitationLink(email: string, origin: string, token: string, subject: string): Promise<number | null> {
	const confirm = new URL('/auth/confirm', origin);
	confirm.searchParams.set('next', `/signin/profile?welcome&next=${encodeURIComponent(invitationPath(token))}`);
	return getIdentity().sendSignInLink(email, confirm, subject);
}
