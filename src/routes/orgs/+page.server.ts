import { fail, redirect } from '@sveltejs/kit';
import { unavailable } from '$lib/data/errors';
import { OrganizationError, createOrganization, listOrganizations, myRoles } from '$lib/data/organizations';
import { ORGANIZATION_KINDS, newOrganizationSchema, type OrganizationRole } from '$lib/domain/organizations';
import { m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

type Key = keyof typeof m.organizations.validation;
const message = (key: string) => m.organizations.validation[key as Key] ?? key;

/** Every organisation, the caller's role in theirs, and the form to create one. */
export const load = (async ({ locals }) => {
	const user = locals.user;
	try {
		const [organizations, roles] = await Promise.all([
			listOrganizations(locals.supabase),
			user ? myRoles(locals.supabase, user.id) : Promise.resolve(new Map<string, OrganizationRole>())
		]);
		return {
			organizations: organizations.map((o) => ({ ...o, myRole: roles.get(o.id) ?? null })),
			kinds: ORGANIZATION_KINDS,
			canCreate: user !== null && !user.isAnonymous && user.email !== null,
			signedIn: user !== null
		};
	} catch (failure) {
		unavailable(failure, m.organizations.errors.unavailable);
	}
}) satisfies PageServerLoad;

export const actions = {
	create: async ({ request, locals }) => {
		const form = await request.formData();
		const values = { name: String(form.get('name') ?? ''), kind: String(form.get('kind') ?? ''), country: String(form.get('country') ?? '') };
		if (!locals.user || locals.user.isAnonymous || !locals.user.email) {
			return fail(403, { values, errors: { form: m.organizations.errors.needsEmail } as Record<string, string> });
		}
		const parsed = newOrganizationSchema.safeParse(values);
		if (!parsed.success) {
			const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), message(i.message)]));
			return fail(400, { values, errors });
		}
		let slug: string;
		try {
			slug = await createOrganization(locals.supabase, parsed.data);
		} catch (error) {
			console.error('create organisation failed:', error instanceof Error ? error.message : error);
			const code = error instanceof OrganizationError ? error.code : 'failed';
			return fail(code === 'failed' ? 503 : 400, { values, errors: { form: m.organizations.errors[code] } as Record<string, string> });
		}
		redirect(303, `/orgs/${slug}`);
	}
} satisfies Actions;
