/** UI text for the library's sort, facet counts and pages (/library); part of the English catalogue (../en.ts). */
import type { LibrarySort } from '../../domain/library-query';

export const libraryFacets = {
	sort: 'Sort by',
	sorts: {
		relevance: 'Relevance',
		newest: 'Newest',
		replicated: 'Most replicated'
	} satisfies Record<LibrarySort, string>,
	/** A filter's choice with how many use cases it would find. */
	option: (label: string, count: number) => `${label} (${new Intl.NumberFormat('en').format(count)})`,
	replications: (n: number) => (n === 1 ? 'Replicated once' : `Replicated ${new Intl.NumberFormat('en').format(n)} times`),
	pages: 'Pages',
	pastEnd: (last: number) => `This search has ${last === 1 ? 'one page' : `${last} pages`}.`,
	lastPage: 'Go to the last page'
};
