import { error, json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * For the canvas's use-case picker: `?q=` searches the library (websearch on
 * the stored tsvector), `?ids=` names linked ones. As the caller, so RLS decides.
 */
export const GET: RequestHandler = async ({ url, locals }) => {
	const q = (url.searchParams.get('q') ?? '').trim().slice(0, 200);
	const ids = (url.searchParams.get('ids') ?? '').split(',').filter((id) => UUID.test(id)).slice(0, 50);
	let request = locals.supabase.from('use_cases').select('id, slug, title, city').neq('status', 'retired');
	if (ids.length) request = request.in('id', ids);
	else if (q) request = request.textSearch('search', q, { type: 'websearch', config: 'english' });
	const { data, error: failed } = await request.order('title').limit(20);
	if (failed) error(503, 'search failed');
	return json({ useCases: data ?? [] }, { headers: { 'cache-control': 'private, max-age=30' } });
};
