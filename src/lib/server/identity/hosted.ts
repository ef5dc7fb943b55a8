import { createClient, type Session as SupabaseSession } from '@supabase/supabase-js';
import ws from 'ws';
import type { AppConfig } from '../config.ts';
import { IdentityError, type Identity, type Session } from './types.ts';

const toSession = (s: SupabaseSession | null): Session => {
	if (!s) throw new IdentityError('sign-in-failed');
	return { userId: s.user.id, accessToken: s.access_token, refreshToken: s.refresh_token, expiresAt: s.expires_at ?? 0 };
};

/** Supabase Auth: anonymous sign-in and the email one-time link. */
export function hostedIdentity(config: AppConfig): Identity {
	const auth = () =>
		createClient(config.supabaseUrl, config.anonKey, {
			auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false, flowType: 'implicit' },
			realtime: { transport: ws as never }
		}).auth;

	return {
		mode: 'hosted',
		async signInAnonymously({ displayName, stakeholder }) {
			const { data, error } = await auth().signInAnonymously({
				options: { data: { display_name: displayName, stakeholder } }
			});
			if (error) throw new IdentityError(error.message);
			return toSession(data.session);
		},
		async sendSignInLink(email, confirmUrl) {
			const { error } = await auth().signInWithOtp({ email, options: { emailRedirectTo: confirmUrl.toString() } });
			if (error) throw new IdentityError(error.message);
			return null;
		},
		async confirmSignInLink(params) {
			// The email template links to /auth/confirm?token_hash={{ .TokenHash }}&type=email (README).
			const tokenHash = params.get('token_hash');
			if (!tokenHash) throw new IdentityError('link-invalid');
			const { data, error } = await auth().verifyOtp({ token_hash: tokenHash, type: 'email' });
			if (error) throw new IdentityError('link-invalid');
			return toSession(data.session);
		},
		async refresh(refreshToken) {
			const { data, error } = await auth().refreshSession({ refresh_token: refreshToken });
			return error || !data.session ? null : toSession(data.session);
		}
	};
}
