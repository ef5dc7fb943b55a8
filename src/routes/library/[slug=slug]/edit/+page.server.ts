import { error, fail, redirect } from '@sveltejs/kit';
import { unavailable } from '$lib/data/errors';
import { allPatterns } from '$lib/data/patterns';
import { PublishingRefused, editableUseCase, publishesFor, saveUseCase, setUseCaseStatus } from '$lib/data/publishing';
import { fieldsFromForm, useCaseFieldsSchema, type UseCaseFields } from '$lib/domain/publishing';
import type { UseCaseStatus } from '$lib/domain/use-cases';
import { m } from '$lib/i18n';
import { validationErrors } from '$lib/ui/publishing/form-errors';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/**
 * Editing a library use case, and publishing or retiring it (the use case
 * page's buttons post here): for publishers and admins of its organisation.
 * RLS refuses anyone else; the guards only say so before they try.
 */
async function editable({ params, locals, url }: Pick<RequestEvent, 'params' | 'locals' | 'url'>) {
	if (!locals.user || locals.user.isAnonymous) redirect(303, `/signin?next=${encodeURIComponent(url.pathname)}`);
	const useCase = await editableUseCase(locals.supabase, params.slug).catch((e) => unavailable(e, m.errors.unavailable));
	if (!useCase) error(404, m.useCase.notFound);
	const allowed = await publishesFor(locals.supabase, locals.user.id, useCase.organization_id).catch((e) => unavailable(e, m.errors.unavailable));
	if (!allowed) error(403, m.publishing.refused.notAllowed);
	return useCase;
}

export const load = (async (event) => {
	const useCase = await editable(event);
	const patterns = await allPatterns(event.locals.supabase).catch((e) => unavailable(e, m.errors.unavailable));
	return { useCase, patterns };
}) satisfies PageServerLoad;

/** Publishes, retires or publishes again, then shows the use case's page. */
async function changeStatus(event: RequestEvent, status: UseCaseStatus) {
	const useCase = await editable(event);
	try {
		await setUseCaseStatus(event.locals.supabase, useCase.id, status);
	} catch (e) {
		if (e instanceof PublishingRefused) {
			const reason = e.reason === 'slugTaken' ? 'invalid' : e.reason;
			return fail(e.reason === 'notAllowed' ? 403 : 400, { values: null, errors: { form: m.publishing.refused[reason] } });
		}
		console.error('changing a use case status failed:', e instanceof Error ? e.message : e);
		return fail(503, { values: null, errors: { form: m.publishing.refused.failed } });
	}
	redirect(303, `/library/${useCase.slug}`);
}

export const actions = {
	save: async (event) => {
		const useCase = await editable(event);
		const raw = fieldsFromForm(await event.request.formData());
		// The address and the organisation stay; the form carries them only to be checked alike.
		const parsed = useCaseFieldsSchema.safeParse({ ...raw, slug: useCase.slug, organization_id: useCase.organization_id });
		if (!parsed.success) return fail(400, { values: raw as UseCaseFields, errors: validationErrors(parsed.error) });
		try {
			await saveUseCase(event.locals.supabase, useCase.id, parsed.data);
		} catch (e) {
			const reason = e instanceof PublishingRefused ? (e.reason === 'slugTaken' ? 'invalid' : e.reason) : 'failed';
			if (reason === 'failed') console.error('saving a use case failed:', e instanceof Error ? e.message : e);
			return fail(reason === 'failed' ? 503 : 400, { values: parsed.data, errors: { form: m.publishing.refused[reason] } });
		}
		redirect(303, `/library/${useCase.slug}`);
	},
	publish: (event) => changeStatus(event, 'published'),
	retire: (event) => changeStatus(event, 'retired')
} satisfies Actions;
