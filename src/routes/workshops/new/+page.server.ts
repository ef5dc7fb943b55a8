import { fail, redirect } from '@sveltejs/kit';
import { getProfile } from '$lib/data/profiles';
import { createWorkshop } from '$lib/data/workshops';
import { TEMPLATE_IDS } from '$lib/domain/templates';
import { newWorkshopSchema } from '$lib/domain/workshops';
import { m } from '$lib/i18n';
import type { Actions, PageServerLoad } from './$types';

type Key = keyof typeof m.workshops.validation;
const message = (key: string) => m.workshops.validation[key as Key] ?? key;

/** Templates offered on the form; the first two are ticked by default. */
const DEFAULT_TEMPLATES = ['business-model-canvas', 'magic-triangle'];

export const load = (async ({ locals }) => {
	if (!locals.user) redirect(303, '/signin?next=/workshops/new');
	if (locals.user.isAnonymous) redirect(303, '/workshops');
	// Participants see the facilitator by this name: ask for it before the first workshop.
	if (!(await getProfile(locals.supabase, locals.user.id))) redirect(303, '/signin/profile?next=/workshops/new');
	return { templates: TEMPLATE_IDS, defaults: DEFAULT_TEMPLATES, language: locals.locale };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, locals }) => {
		if (!locals.user || locals.user.isAnonymous) return fail(403, { values: null, errors: { form: m.workshops.mine.needsAccount } });
		const form = await request.formData();
		const picked = TEMPLATE_IDS.filter((t) => form.get(`use-${t}`) === 'on');
		const values = {
			title: String(form.get('title') ?? ''),
			host: String(form.get('host') ?? ''),
			purpose: String(form.get('purpose') ?? ''),
			heldOn: String(form.get('heldOn') ?? ''),
			language: String(form.get('language') ?? ''),
			canvases: picked.map((template) => ({ template, title: String(form.get(`title-${template}`) ?? '') }))
		};
		const parsed = newWorkshopSchema.safeParse(values);
		if (!parsed.success) {
			const errors = Object.fromEntries(
				parsed.error.issues.map((i) => [i.path[0] === 'canvases' && i.path.length > 2 ? `title-${values.canvases[Number(i.path[1])].template}` : String(i.path[0]), message(i.message)])
			);
			return fail(400, { values: { ...values, picked }, errors });
		}
		let id: string;
		try {
			id = await createWorkshop(locals.supabase, parsed.data);
		} catch (error) {
			console.error('create workshop failed:', error instanceof Error ? error.message : error);
			return fail(503, { values: { ...values, picked }, errors: { form: m.workshops.create.failed } });
		}
		redirect(303, `/w/${id}`);
	}
} satisfies Actions;
