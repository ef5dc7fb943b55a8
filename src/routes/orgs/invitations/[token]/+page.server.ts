import { error, fail, redirect } from '@sveltejs/kit';
import { unavailable } from '$lib/data/errors';
import { OrganizationError, acceptInvitation, readInvitation } from '$lib/data/organizations';
import { invitationPath, isInvitationToken } from '$lib/domain/organizations';
import { m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

const signInFirst = (token: string) => `/signin?next=${encodeURIComponent(invitationPath(token))}`;

/**
 * Where an invitation's link lands (after /auth/confirm signed the invitee in).
 * Someone not signed in (an old link) signs in first and comes back here.
 */
export const load = (async ({ locals, params }) => {
	if (!isInvitationToken(params.token)) error(404, m.errors.notFound);
	if (!locals.user) redirect(303, signInFirst(params.token));
	let invitation;
	try {
		invitation = await readInvitation(locals.supabase, params.token);
	} catch (failure) {
		unavailable(failure, m.organizations.errors.unavailable);
	}
	return {
		invitation: invitation && {
			...invitation,
			expired: new Date(invitation.expiresAt).getTime() <= Date.now(),
			forMe: invitation.email === locals.user.email?.toLowerCase()
		},
		myEmail: locals.user.email
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ locals, params }) => {
		if (!isInvitationToken(params.token)) error(404, m.errors.notFound);
		if (!locals.user) redirect(303, signInFirst(params.token));
		let slug: string;
		try {
			slug = await acceptInvitation(locals.supabase, params.token);
		} catch (failure) {
			const code = failure instanceof OrganizationError ? failure.code : 'failed';
			if (code === 'failed') console.error('accepting an invitation failed:', failure instanceof Error ? failure.message : failure);
			return fail(code === 'failed' ? 503 : 400, { error: m.organizations.errors[code] });
		}
		redirect(303, `/orgs/${slug}`);
	}
} satisfies Actions;
