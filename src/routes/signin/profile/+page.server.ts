import { fail, redirect } from '@sveltejs/kit';
import { getProfile, saveProfile } from '$lib/data/profiles';
import { anonymousSignInSchema, safeNext } from '$lib/domain/sign-in';
import { m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

type Key = keyof typeof m.validation;
const message = (key: string) => m.validation[key as Key] ?? key;

/**
 * The name and stakeholder type a person shows in workshops, chosen at a
 * facilitator's first sign-in (the sign-in link comes here with `welcome`)
 * and changed here later. Never prefilled with the email.
 */
export const load = (async ({ locals, url }) => {
	const next = safeNext(url.searchParams.get('next'), '');
	if (!locals.user) redirect(303, `/signin?next=${encodeURIComponent(url.pathname + url.search)}`);
	const profile = await getProfile(locals.supabase, locals.user.id);
	// After a sign-in link: someone who already has a name goes straight on.
	if (profile && url.searchParams.has('welcome')) redirect(303, next || '/workshops');
	return { next, welcome: !profile, displayName: profile?.display_name ?? '', stakeholder: profile?.stakeholder ?? 'city' };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals }) => {
		if (!locals.user) redirect(303, '/signin');
		const form = await request.formData();
		const values = { displayName: String(form.get('displayName') ?? ''), stakeholder: String(form.get('stakeholder') ?? '') };
		const parsed = anonymousSignInSchema.safeParse(values);
		if (!parsed.success) {
			const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), message(i.message)]));
			return fail(400, { values, errors });
		}
		try {
			// Through RLS as the person; a trigger renames their member rows in every workshop.
			await saveProfile(locals.supabase, { id: locals.user.id, display_name: parsed.data.displayName, stakeholder: parsed.data.stakeholder });
		} catch (error) {
			console.error('saving a profile failed:', error instanceof Error ? error.message : error);
			return fail(503, { values, errors: { form: m.profile.failed } as Record<string, string> });
		}
		const next = safeNext(String(form.get('next') ?? ''), '');
		if (next) redirect(303, next);
		return { saved: true, values, errors: {} as Record<string, string> };
	}
} satisfies Actions;
