import { fail, redirect } from '@sveltejs/kit';
import { saveProfile } from '$lib/data/profiles';
import { anonymousSignInSchema, emailSignInSchema, safeNext } from '$lib/domain/sign-in';
import { m } from '$lib/i18n';
import { getIdentity, rememberOutboxRequest, setSessionCookies } from '$lib/server/identity';
import { createUserClient } from '$lib/server/supabase';
import type { Actions, PageServerLoad } from './$types';

type Key = keyof typeof m.validation;
const message = (key: string) => m.validation[key as Key] ?? key;

/** Where a facilitator goes after following a sign-in link when nothing else was asked for. */
const AFTER_EMAIL_SIGN_IN = '/workshops';

/**
 * A sign-in link goes by the profile page, which asks someone without a name
 * for one (never showing others their email) and sends everyone else straight on.
 */
function askNameThen(next: string): string {
	if (next.startsWith('/signin/profile')) return next;
	return `/signin/profile?welcome&next=${encodeURIComponent(next)}`;
}

export const load = (({ url }) => ({
	// Empty when none was asked for: each way of signing in has its own default.
	next: safeNext(url.searchParams.get('next'), ''),
	linkInvalid: url.searchParams.get('error') === 'link-invalid'
})) satisfies PageServerLoad;

export const actions = {
	anonymous: async ({ request, cookies, url }) => {
		const form = await request.formData();
		const values = { displayName: String(form.get('displayName') ?? ''), stakeholder: String(form.get('stakeholder') ?? '') };
		const parsed = anonymousSignInSchema.safeParse(values);
		if (!parsed.success) {
			const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), message(i.message)]));
			return fail(400, { form: 'anonymous' as const, values, errors });
		}
		try {
			const session = await getIdentity().signInAnonymously(parsed.data);
			// The profile is written as the new person, through RLS like any other write.
			await saveProfile(createUserClient(session.accessToken), {
				id: session.userId,
				display_name: parsed.data.displayName,
				stakeholder: parsed.data.stakeholder
			});
			setSessionCookies(cookies, session, url.protocol === 'https:');
		} catch (error) {
			console.error('anonymous sign-in failed:', error instanceof Error ? error.message : error);
			return fail(503, { form: 'anonymous' as const, values, errors: { form: m.signIn.failed } });
		}
		redirect(303, safeNext(String(form.get('next') ?? '')));
	},

	email: async ({ request, url, cookies }) => {
		const form = await request.formData();
		const values = { email: String(form.get('email') ?? '') };
		const parsed = emailSignInSchema.safeParse(values);
		if (!parsed.success) return fail(400, { form: 'email' as const, values, errors: { email: message(parsed.error.issues[0].message) } });
		const confirm = new URL('/auth/confirm', url.origin);
		confirm.searchParams.set('next', askNameThen(safeNext(String(form.get('next') ?? ''), AFTER_EMAIL_SIGN_IN)));
		try {
			const outboxId = await getIdentity().sendSignInLink(parsed.data.email, confirm, m.signIn.mailSubject);
			// Local mode: this browser may see the link it asked for in the outbox, and no one else's.
			if (outboxId !== null) rememberOutboxRequest(cookies, outboxId, url.protocol === 'https:');
		} catch (error) {
			console.error('sign-in link failed:', error instanceof Error ? error.message : error);
			return fail(503, { form: 'email' as const, values, errors: { form: m.signIn.failed } });
		}
		return { form: 'email' as const, sentTo: parsed.data.email };
	}
} satisfies Actions;
