/** Spanish text for the library's sort, facet counts and pages; see ../en/library-facets.ts. */
import type { Messages } from '../en';

export const libraryFacets: Messages['libraryFacets'] = {
	sort: 'Ordenar por',
	sorts: {
		relevance: 'Relevancia',
		newest: 'Más recientes',
		replicated: 'Más replicados'
	},
	/** A filter's choice with how many use cases it would find. */
	option: (label: string, count: number) => `${label} (${new Intl.NumberFormat('es').format(count)})`,
	replications: (n: number) => (n === 1 ? 'Replicado una vez' : `Replicado ${new Intl.NumberFormat('es').format(n)} veces`),
	pages: 'Páginas',
	pastEnd: (last: number) => `Esta búsqueda tiene ${last === 1 ? 'una página' : `${last} páginas`}.`,
	lastPage: 'Ir a la última página'
};
