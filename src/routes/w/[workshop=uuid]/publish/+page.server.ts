import { error, fail, redirect } from '@sveltejs/kit';
import { unavailable } from '$lib/data/errors';
import {
	PublishingRefused,
	createDraft,
	freeSlug,
	publisherOrganizations,
	useCasesFromWorkshop,
	workshopOutcome
} from '$lib/data/publishing';
import { allPatterns } from '$lib/data/patterns';
import { emptyOutcome } from '$lib/domain/outcome';
import { fieldsFromForm, fieldsFromOutcome, suggestSlug, useCaseFieldsSchema, type UseCaseFields } from '$lib/domain/publishing';
import { m } from '$lib/i18n';
import { requireMembership } from '$lib/server/membership';
import { validationErrors } from '$lib/ui/publishing/form-errors';
import type { Actions, PageServerLoad } from './$types';

/**
 * From a workshop's outcome to a library use case: a facilitator who
 * publishes for an organisation saves a draft (the outcome prefills it), then
 * previews it on its library page, where they publish it.
 */
export const load = (async ({ params, locals, url }) => {
	const { workshop, me } = await requireMembership(locals, params.workshop, url);
	if (me.role !== 'facilitator') error(403, m.publishing.notFacilitator);
	const db = locals.supabase;
	const [organizations, outcome, existing, patterns] = await Promise.all([
		publisherOrganizations(db, me.user_id),
		workshopOutcome(db, workshop.id),
		useCasesFromWorkshop(db, workshop.id),
		allPatterns(db)
	]).catch((e) => unavailable(e, m.errors.unavailable));
	const first = organizations[0];
	const wanted = suggestSlug(workshop.title);
	const slug = first && wanted ? await freeSlug(db, wanted).catch((e) => unavailable(e, m.errors.unavailable)) : wanted;
	const values = fieldsFromOutcome(outcome, {
		title: workshop.title,
		slug,
		organization_id: first?.id ?? '',
		city: workshop.host,
		country: first?.country ?? '',
		language: workshop.language
	});
	const outcomeEmpty = JSON.stringify(outcome) === JSON.stringify(emptyOutcome());
	return { workshop: { id: workshop.id, title: workshop.title }, organizations, existing, patterns, values, outcomeEmpty };
}) satisfies PageServerLoad;

export const actions = {
	draft: async ({ params, locals, request, url }) => {
		const { workshop, me } = await requireMembership(locals, params.workshop, url);
		if (me.role !== 'facilitator') return fail(403, { values: null, errors: { form: m.publishing.notFacilitator } });
		const raw = fieldsFromForm(await request.formData());
		const parsed = useCaseFieldsSchema.safeParse(raw);
		if (!parsed.success) return fail(400, { values: raw as UseCaseFields, errors: validationErrors(parsed.error) });
		let slug: string;
		try {
			slug = await createDraft(locals.supabase, parsed.data, workshop.id);
		} catch (e) {
			if (!(e instanceof PublishingRefused)) {
				console.error('saving a use case draft failed:', e instanceof Error ? e.message : e);
				return fail(503, { values: parsed.data, errors: { form: m.publishing.refused.failed } });
			}
			if (e.reason === 'slugTaken') {
				const free = await freeSlug(locals.supabase, parsed.data.slug).catch(() => '');
				return fail(409, { values: parsed.data, errors: { slug: m.publishing.refused.slugTaken(free) } });
			}
			if (e.reason === 'notAllowed') return fail(403, { values: parsed.data, errors: { organization_id: m.publishing.refused.notAllowed } });
			return fail(400, { values: parsed.data, errors: { form: m.publishing.refused.invalid } });
		}
		// The preview: the library's own page, which shows a draft to its organisation only.
		redirect(303, `/library/${slug}`);
	}
} satisfies Actions;
