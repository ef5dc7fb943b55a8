/** Finnish text for the library's sort, facet counts and pages (/library); part of ../fi.ts. */
import type { Messages } from '../en';

const number = new Intl.NumberFormat('fi');

export const libraryFacets: Messages['libraryFacets'] = {
	sort: 'Järjestys',
	sorts: {
		relevance: 'Osuvin',
		newest: 'Uusin',
		replicated: 'Monistetuin'
	},
	/** A filter's choice with how many use cases it would find. */
	option: (label: string, count: number) => `${label} (${number.format(count)})`,
	replications: (n: number) => (n === 1 ? 'Monistettu kerran' : `Monistettu ${number.format(n)} kertaa`),
	pages: 'Sivut',
	pastEnd: (last: number) => `Tällä haulla on ${last === 1 ? 'yksi sivu' : `${last} sivua`}.`,
	lastPage: 'Siirry viimeiselle sivulle'
};
