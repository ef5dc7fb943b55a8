/**
 * What /compare compares, read from its address: `?u=<slug>` two to four
 * times, optionally `&workshop=<id>` (that workshop's outcome, for its
 * members) and `&q=<words>` (the search for a use case to add). Pure, so the
 * page works from a link and without JavaScript.
 */
import { isUuid } from '../../lib/domain/ids.ts';
import { isSlug } from '../../lib/domain/use-cases.ts';

export const MAX_COLUMNS = 4;
const MAX_QUERY = 200;

export interface CompareQuery {
	slugs: string[];
	workshop: string | null;
	q: string;
	/** More than four use cases were asked for: the first four are shown. */
	tooMany: boolean;
}

export function parseCompareQuery(params: URLSearchParams): CompareQuery {
	const asked = [...new Set(params.getAll('u').filter(isSlug))];
	const workshop = params.get('workshop');
	return {
		slugs: asked.slice(0, MAX_COLUMNS),
		workshop: workshop && isUuid(workshop) ? workshop : null,
		q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY),
		tooMany: asked.length > MAX_COLUMNS
	};
}

/** The address comparing these use cases (and the workshop's outcome, when given). */
export function compareHref(slugs: string[], workshop: string | null, q = ''): string {
	const params = new URLSearchParams();
	for (const slug of slugs) params.append('u', slug);
	if (workshop) params.set('workshop', workshop);
	if (q) params.set('q', q);
	const query = params.toString();
	return query ? `/compare?${query}` : '/compare';
}

/** Whether one more use case fits beside those chosen. */
export const canAdd = (query: Pick<CompareQuery, 'slugs'>) => query.slugs.length < MAX_COLUMNS;
