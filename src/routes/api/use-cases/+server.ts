import { m } from '$lib/i18n';
import { error, json } from '@sveltejs/kit';
import { DataError } from '$lib/data/errors';
import { pickUseCases } from '$lib/data/use-cases';
import type { RequestHandler } from './$types';

/**
 * For the canvas's use-case picker: `?q=` searches the library, `?ids=`
 * (comma-separated) names linked ones. As the caller, so RLS decides.
 */
export const GET: RequestHandler = async ({ url, locals }) => {
	try {
		const useCases = await pickUseCases(locals.supabase, {
			q: url.searchParams.get('q') ?? '',
			ids: (url.searchParams.get('ids') ?? '').split(',')
		});
		return json({ useCases }, { headers: { 'cache-control': 'private, max-age=30' } });
	} catch (failure) {
		if (!(failure instanceof DataError)) throw failure;
		console.error('use case search failed:', failure.message);
		error(503, m.library.unavailable);
	}
};
