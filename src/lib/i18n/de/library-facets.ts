/** German text for the library's sort, facet counts and pages (/library). */
import type { Messages } from '../en';

const number = new Intl.NumberFormat('de');

export const libraryFacets: Messages['libraryFacets'] = {
	sort: 'Sortieren nach',
	sorts: {
		relevance: 'Relevanz',
		newest: 'Neueste',
		replicated: 'Am häufigsten übertragen'
	},
	/** A filter's choice with how many use cases it would find. */
	option: (label: string, count: number) => `${label} (${number.format(count)})`,
	replications: (n: number) => (n === 1 ? 'Einmal übertragen' : `${number.format(n)}-mal übertragen`),
	pages: 'Seiten',
	pastEnd: (last: number) => `Diese Suche hat ${last === 1 ? 'eine Seite' : `${last} Seiten`}.`,
	lastPage: 'Zur letzten Seite'
};
