/** UI text for the library's sort, facet counts and pages (/library); part of the French catalogue (../fr.ts). */
import type { Messages } from '../en';
import { num } from './format';

export const libraryFacets: Messages['libraryFacets'] = {
	sort: 'Trier par',
	sorts: {
		relevance: 'Pertinence',
		newest: 'Plus récents',
		replicated: 'Plus répliqués'
	},
	/** A filter's choice with how many use cases it would find. */
	option: (label: string, count: number) => `${label} (${num(count)})`,
	replications: (n: number) => (n === 1 ? 'Répliqué une fois' : `Répliqué ${num(n)} fois`),
	pages: 'Pages',
	pastEnd: (last: number) => `Cette recherche compte ${last === 1 ? 'une page' : `${num(last)} pages`}.`,
	lastPage: 'Aller à la dernière page'
};
