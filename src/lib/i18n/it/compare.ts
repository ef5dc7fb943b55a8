/** Italian text for comparing use cases and a workshop's outcome (/compare); see ../en/compare.ts. */
import type { Messages } from '../en';

export const compare: Messages['compare'] = {
	pageTitle: 'Confronta casi d’uso',
	title: 'Confronta casi d’uso',
	lead: 'Da due a quattro casi d’uso del catalogo, e l’esito del tuo workshop, fianco a fianco: chi, cosa, come e perché, i pattern di business, i punteggi e i ricavi.',
	searchLabel: 'Trova un caso d’uso da aggiungere',
	searchPlaceholder: 'es. parcheggi, sensori, energia',
	search: 'Cerca',
	results: (q: string) => `Casi d’uso per «${q}»`,
	noResults: 'Nessun caso d’uso corrisponde a questa ricerca.',
	add: (title: string) => `Aggiungi ${title}`,
	added: 'Aggiunto',
	remove: (title: string) => `Togli ${title} dal confronto`,
	removeShort: 'Togli',
	full: 'Ci sono già quattro casi d’uso a confronto, il massimo per questa pagina. Togline uno per aggiungerne un altro.',
	tooMany: 'Si possono confrontare al massimo quattro casi d’uso: sono mostrati i primi quattro del link.',
	fewer: 'Aggiungi almeno due casi d’uso, oppure uno e l’esito del tuo workshop, per confrontarli.',
	missing: (n: number) =>
		n === 1
			? 'Un caso d’uso del link non è nel catalogo (o non è visibile per te) ed è stato escluso.'
			: `${n} casi d’uso del link non sono nel catalogo (o non sono visibili per te) e sono stati esclusi.`,
	columns: 'Il confronto',
	swipe: 'Scorri di lato per vedere tutte le colonne.',
	useCase: 'Caso d’uso',
	workshop: 'Esito del workshop',
	workshopSignIn: 'Accedi per vedere l’esito di questo workshop.',
	workshopHidden: 'Solo i membri del workshop ne vedono l’esito.',
	patterns: 'Pattern di business',
	noPatterns: 'Nessuno indicato.',
	scores: 'Scalabilità, replicabilità, sostenibilità',
	score: (value: number | null) => (value === null ? 'nessun punteggio' : `${value} su 5`),
	revenue: 'Ricavi e costi',
	noRevenue: 'Nessun modello di ricavi.',
	revenueTooLarge: 'Le cifre del modello di ricavi sono troppo grandi per sommarle con esattezza.',
	revenueYears: (years: number, streams: number) =>
		`Su ${years === 1 ? '1 anno' : `${years} anni`}, ${streams === 1 ? '1 flusso di ricavi' : `${streams} flussi di ricavi`}`,
	revenueTotal: 'Ricavi',
	revenueKept: 'Trattenuti dal gestore',
	capex: 'CAPEX',
	opex: 'OPEX',
	empty: '—',
	keptNotes: 'Note tenute',
	unavailable: 'Al momento non è stato possibile caricare il confronto. Riprova tra poco.',
	workshopLink: 'Confronta'
};
