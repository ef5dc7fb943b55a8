import { error, fail, redirect } from '@sveltejs/kit';
import { unavailable } from '$lib/data/errors';
import { getProfile } from '$lib/data/profiles';
import { deleteWorkshop, myCities, replicationSource, startWorkshopFromUseCase } from '$lib/data/replications';
import { cityOfOrganization, notesFromUseCase, outcomeFromUseCase, startFormSchema } from '$lib/domain/replication';
import { m } from '$lib/i18n';
import { storePrefilledCanvas } from '$lib/server/replication';
import type { Actions, PageServerLoad } from './$types';

type Key = keyof typeof m.replication.start.validation;
const message = (key: string) => m.replication.start.validation[key as Key] ?? key;

/** The start form on its own page: where the use case page's form lands when it needs answering (an error, a first profile). */
export const load = (async ({ params, locals, url }) => {
	if (!locals.user) redirect(303, `/signin?next=${encodeURIComponent(url.pathname)}`);
	if (locals.user.isAnonymous) redirect(303, `/library/${params.slug}`);
	let source, cities;
	try {
		[source, cities] = await Promise.all([replicationSource(locals.supabase, params.slug), myCities(locals.supabase, locals.user.id)]);
	} catch (e) {
		unavailable(e, m.library.unavailable);
	}
	if (!source) error(404, m.replication.start.notFound);
	return { useCase: { slug: params.slug, title: source.title }, cities };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ params, request, locals, url }) => {
		if (!locals.user || locals.user.isAnonymous) return fail(403, { values: null, errors: { form: m.replication.start.needsAccount } });
		const form = await request.formData();
		const picked = String(form.get('organization') ?? '');
		const values = { title: String(form.get('title') ?? ''), organization: picked || null, city: String(form.get('city') ?? '') };
		const parsed = startFormSchema.safeParse(values);
		if (!parsed.success)
			return fail(400, { values, errors: Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), message(i.message)])) });

		const db = locals.supabase;
		// Participants see the facilitator by this name: ask for it before the first workshop, as /workshops/new does.
		const profile = await getProfile(db, locals.user.id);
		if (!profile) redirect(303, `/signin/profile?next=${encodeURIComponent(url.pathname)}`);
		let source, cities;
		try {
			[source, cities] = await Promise.all([replicationSource(db, params.slug), myCities(db, locals.user.id)]);
		} catch (e) {
			console.error('replication source failed:', e instanceof Error ? e.message : e);
			return fail(503, { values, errors: { form: m.replication.start.failed } });
		}
		if (!source) error(404, m.replication.start.notFound);
		const organization = parsed.data.organization ? cities.find((c) => c.id === parsed.data.organization) : null;
		if (organization === undefined) return fail(400, { values, errors: { city: message('cityRequired') } });
		const city = organization ? cityOfOrganization(organization.name) : parsed.data.city;

		let started: { workshop: string; canvas: string };
		try {
			started = await startWorkshopFromUseCase(db, {
				useCaseId: source.id,
				title: parsed.data.title,
				host: organization?.name ?? city,
				organization: organization?.id ?? null,
				purpose: m.replication.start.purpose(source.title, city),
				canvasTitle: m.replication.start.canvasTitle,
				outcome: outcomeFromUseCase(source)
			});
		} catch (e) {
			console.error('start workshop from use case failed:', e instanceof Error ? e.message : e);
			return fail(503, { values, errors: { form: m.replication.start.failed } });
		}
		try {
			await storePrefilledCanvas(started.canvas, notesFromUseCase(source), source.id, { author: locals.user.id, stakeholder: profile.stakeholder });
		} catch (e) {
			console.error('storing the pre-filled canvas failed:', e instanceof Error ? e.message : e);
			await deleteWorkshop(db, started.workshop).catch((d: Error) => console.error('removing the unfilled workshop failed:', d.message));
			return fail(503, { values, errors: { form: m.replication.start.failed } });
		}
		redirect(303, `/w/${started.workshop}`);
	}
} satisfies Actions;
