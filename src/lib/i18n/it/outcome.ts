/** Italian text for the outcome of a workshop (/w/<id>/outcome); see ../en/outcome.ts. */
import type { Messages } from '../en';

export const outcome: Messages['outcome'] = {
	link: 'Esito',
	title: 'Esito',
	pageTitle: (workshop: string) => `Esito · ${workshop}`,
	backToWorkshop: 'Torna al workshop',
	lead: 'Cosa ha deciso il gruppo: il modello di business nelle quattro dimensioni di Gassmann, i pattern che segue, se regge come mercato multi-versante, come può crescere e cosa serve a una città che vuole seguirlo.',
	editing: 'Scrivi questo esito insieme agli altri facilitatori. Tutto viene salvato mentre scrivi.',
	reading: 'Questo esito lo scrivono i facilitatori; qui puoi leggerlo man mano che cresce.',
	statusLabel: 'Salvataggio',
	status: {
		connecting: 'Connessione…',
		live: 'Salvato',
		reconnecting: 'Riconnessione…',
		offline: 'Offline: le modifiche restano su questo dispositivo e vengono salvate quando torni online'
	},
	offlineNotSaved: 'Offline: se chiudi la pagina, le modifiche su questo dispositivo potrebbero andare perse',
	pending: 'Salvataggio…',
	closed: 'Questo esito non è più disponibile per te.',

	dimensions: {
		title: 'Modello di business',
		text: (name: string) => `${name}: con le parole del gruppo`,
		kept: 'Note tenute',
		noKept: 'Ancora nessuna nota tenuta.',
		candidates: (name: string) => `Note etichettate ${name} sui canvas`,
		noCandidates: (name: string) => `Ancora nessuna nota sui canvas è etichettata ${name}.`,
		allKept: (name: string) => `Tutte le note etichettate ${name} sono tenute.`,
		keep: 'Tieni',
		keepNote: (text: string) => `Tieni la nota «${text}»`,
		drop: 'Togli',
		dropNote: (text: string) => `Togli la nota tenuta «${text}»`,
		fromCanvas: (canvas: string) => `da ${canvas}`
	},

	patterns: {
		title: 'Pattern di business',
		hint: 'Dai 55 pattern del Business Model Navigator di Gassmann.',
		none: 'Ancora nessun pattern scelto.',
		search: 'Trova un pattern',
		placeholder: 'es. freemium, abbonamento',
		results: (n: number) => (n === 1 ? '1 pattern' : `${n} pattern`),
		empty: 'Nessun pattern corrisponde.',
		unpick: (name: string) => `Togli ${name}`,
		pickVerb: 'Scegli',
		unpickVerb: 'Togli',
		picked: 'scelto',
		unknown: 'Pattern sconosciuto'
	},

	useCases: {
		title: 'Casi d’uso del catalogo collegati',
		none: 'Ancora nessun caso d’uso collegato.',
		open: 'Collega casi d’uso',
		remove: 'Togli',
		removeOne: (title: string) => `Togli ${title}`,
		unknown: 'Un caso d’uso che non puoi vedere'
	},

	atos: {
		title: 'Verifica del mercato multi-versante',
		hint: 'I quattro fattori del position paper di Atos: devono essere tutti soddisfatti perché un mercato multi-versante funzioni.',
		factors: {
			'public-interest': 'Interesse pubblico',
			'public-engagement': 'Coinvolgimento pubblico',
			'business-viability': 'Sostenibilità economica',
			'market-opportunities': 'Opportunità di mercato'
		},
		holds: 'Soddisfatto?',
		yes: 'Sì',
		no: 'No',
		unknown: 'Non si sa',
		evidence: (factor: string) => `${factor}: elementi a supporto`
	},

	scores: {
		title: 'Scalabilità, replicabilità, sostenibilità',
		hint: 'Da 1 (basso) a 5 (alto).',
		none: 'Nessun punteggio',
		fromRound: (title: string) => `Preso dal turno «${title}».`,
		fromUnknownRound: 'Preso da un turno di punteggi.',
		take: 'Prendi da un turno',
		round: 'Turno di punteggi',
		candidate: 'Per',
		criterion: (name: string) => `Criterio per ${name}`,
		noCriterion: 'Nessuno',
		takeButton: 'Prendi questi punteggi',
		noRounds: 'Nessun turno di punteggi di questo workshop è stato ancora rivelato; imposta i punteggi a mano.',
		preview: (values: string) => `Imposterebbe: ${values}`
	},

	lists: {
		funding: { title: 'Meccanismi di finanziamento', add: 'Aggiungi un meccanismo di finanziamento', placeholder: 'es. un bando europeo Horizon' },
		internalFactors: { title: 'Fattori di successo interni', add: 'Aggiungi un fattore di successo interno', placeholder: 'es. una squadra comunale motivata' },
		externalFactors: { title: 'Fattori di successo esterni', add: 'Aggiungi un fattore di successo esterno', placeholder: 'es. la legge nazionale sugli open data' },
		addButton: 'Aggiungi',
		none: 'Ancora niente.',
		edit: (text: string) => `Modifica «${text}»`,
		remove: 'Togli',
		removeOne: (text: string) => `Togli «${text}»`
	},

	learned: 'Cosa si è imparato e cosa serve per replicarlo',
	lessons: 'Lezioni apprese',
	replicationNeeds: 'Cosa serve a una città che vuole replicarlo',
	empty: 'Ancora niente di scritto.'
};
