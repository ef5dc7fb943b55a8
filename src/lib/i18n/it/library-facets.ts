/** Italian text for the library's sort, facet counts and pages (/library); see ../en/library-facets.ts. */
import type { Messages } from '../en';

const number = new Intl.NumberFormat('it');

export const libraryFacets: Messages['libraryFacets'] = {
	sort: 'Ordina per',
	sorts: {
		relevance: 'Pertinenza',
		newest: 'Più recenti',
		replicated: 'Più replicati'
	},
	/** A filter's choice with how many use cases it would find. */
	option: (label: string, count: number) => `${label} (${number.format(count)})`,
	replications: (n: number) => (n === 1 ? 'Replicato una volta' : `Replicato ${number.format(n)} volte`),
	pages: 'Pagine',
	pastEnd: (last: number) => `Questa ricerca ha ${last === 1 ? 'una sola pagina' : `${last} pagine`}.`,
	lastPage: 'Vai all’ultima pagina'
};
