import { fail, redirect } from '@sveltejs/kit';
import { getProfile, saveProfile } from '$lib/data/profiles';
import { joinWorkshop, WorkshopError } from '$lib/data/workshops';
import { isStakeholder } from '$lib/domain/stakeholders';
import { joinSchema, normalizeJoinCode } from '$lib/domain/workshops';
import { m } from '$lib/i18n';
import { getIdentity, setSessionCookies } from '$lib/server/identity';
import { createUserClient } from '$lib/server/supabase';
import type { Actions, PageServerLoad } from './$types';

type Key = keyof typeof m.workshops.validation;
const message = (key: string) => m.workshops.validation[key as Key] ?? key;

export const load = (async ({ params, locals }) => {
	const profile = locals.user ? await getProfile(locals.supabase, locals.user.id) : null;
	return {
		code: params.code ? normalizeJoinCode(params.code) : '',
		displayName: profile?.display_name ?? '',
		stakeholder: profile?.stakeholder ?? 'citizen'
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, cookies, url, locals }) => {
		const form = await request.formData();
		const values = {
			code: String(form.get('code') ?? ''),
			displayName: String(form.get('displayName') ?? ''),
			stakeholder: String(form.get('stakeholder') ?? '')
		};
		const parsed = joinSchema.safeParse(values);
		const errors: Record<string, string> = parsed.success
			? {}
			: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), message(i.message)]));
		if (!isStakeholder(values.stakeholder)) errors.stakeholder = message('stakeholderRequired');
		if (!parsed.success || !isStakeholder(values.stakeholder)) return fail(400, { values, errors });
		const stakeholder = values.stakeholder;

		let workshopId: string;
		try {
			let db = locals.supabase;
			if (!locals.user) {
				// No account: an anonymous session, made only once the form is valid.
				const session = await getIdentity().signInAnonymously({ displayName: parsed.data.displayName, stakeholder });
				setSessionCookies(cookies, session, url.protocol === 'https:');
				db = createUserClient(session.accessToken);
				await saveProfile(db, { id: session.userId, display_name: parsed.data.displayName, stakeholder });
			}
			workshopId = await joinWorkshop(db, parsed.data.code, parsed.data.displayName, stakeholder);
		} catch (error) {
			const code = error instanceof WorkshopError ? error.code : 'failed';
			if (code === 'failed') console.error('join failed:', error instanceof Error ? error.message : error);
			const status = { unknownCode: 404, closed: 409, full: 409, tooManyAttempts: 429, failed: 503 }[code];
			return fail(status, { values, errors: { code: m.workshops.join.errors[code] } });
		}
		redirect(303, `/w/${workshopId}`);
	}
} satisfies Actions;
