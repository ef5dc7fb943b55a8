import { error } from '@sveltejs/kit';
import { unavailable } from '$lib/data/errors';
import { getUseCase } from '$lib/data/use-cases';
import { publishingInfo } from '$lib/data/publishing';
import { replicationPanel } from '$lib/data/replications';
import { m } from '$lib/i18n';
import type { PageServerLoad } from './$types';

export const load = (async ({ params, locals }) => {
	let useCase;
	try {
		useCase = await getUseCase(locals.supabase, params.slug);
	} catch (e) {
		unavailable(e, m.library.unavailable);
	}
	if (!useCase) error(404, m.useCase.notFound);
	const [publishing, replication] = await Promise.all([
		publishingInfo(locals.supabase, useCase.id, locals.user?.id ?? null).catch((e) => unavailable(e, m.library.unavailable)),
		replicationPanel(locals.supabase, locals.user, useCase.id)
	]);
	return { useCase, publishing, replication };
}) satisfies PageServerLoad;
