/**
 * Library use cases as the canvas shows them (a chip on a note, a result in
 * the picker), from GET /api/use-cases. Anything malformed in the answer is
 * dropped rather than shown.
 */
export interface UseCaseInfo {
	id: string;
	slug: string;
	title: string;
	city: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function parseUseCases(body: unknown): UseCaseInfo[] {
	if (!isRecord(body) || !Array.isArray(body.useCases)) return [];
	return body.useCases.flatMap((u: unknown) =>
		isRecord(u) &&
		typeof u.id === 'string' &&
		typeof u.slug === 'string' &&
		/^[a-z0-9-]+$/.test(u.slug) &&
		typeof u.title === 'string'
			? [{ id: u.id, slug: u.slug, title: u.title, city: typeof u.city === 'string' ? u.city : '' }]
			: []
	);
}

async function get(query: string, signal?: AbortSignal): Promise<UseCaseInfo[]> {
	const response = await fetch(`/api/use-cases?${query}`, { signal, headers: { accept: 'application/json' } });
	if (!response.ok) throw new Error(`use cases: HTTP ${response.status}`);
	return parseUseCases(await response.json());
}

export const searchUseCases = (q: string, signal?: AbortSignal) => get(`q=${encodeURIComponent(q)}`, signal);

/** At most 50 ids per request, as the endpoint allows. */
export const fetchUseCases = (ids: readonly string[], signal?: AbortSignal) =>
	get(`ids=${ids.slice(0, 50).map(encodeURIComponent).join(',')}`, signal);
