/** Italian text for canvas; see ../en/canvas.ts. */
import type { Messages } from '../en';

export const canvas: Messages['canvas'] = {
	page: {
		title: (canvas: string, workshop: string) => `${canvas} · ${workshop}`,
		workshop: 'Torna al workshop',
		canvases: 'Canvas di questo workshop',
		loading: 'Caricamento del canvas…',
		lock: 'Blocca il canvas',
		unlock: 'Sblocca il canvas'
	},
	readOnly: {
		observer: 'Stai osservando questo workshop: puoi guardarti intorno, ingrandire e seguire gli altri, ma non modificare nulla.',
		locked: 'Il facilitatore ha bloccato questo canvas: puoi guardarti intorno, ma per ora non puoi modificarlo.',
		lockedFacilitator: 'Questo canvas è bloccato per i partecipanti. Come facilitatore puoi comunque modificarlo.'
	},
	board: {
		label: 'Canvas',
		help: 'Trascina uno spazio vuoto per spostarti; avvicina o allontana due dita, o scorri tenendo premuto Ctrl, per lo zoom. Fai doppio clic o doppio tocco per aggiungere una nota. Tab passa da una nota all’altra, Invio ne modifica una, i tasti freccia la spostano (con Maiusc, più lontano; con Alt, la ridimensionano), Spazio la seleziona, Canc la elimina.',
		helpReadOnly: 'Trascina per spostarti; avvicina o allontana due dita, o scorri tenendo premuto Ctrl, per lo zoom. Tab passa da una nota all’altra.'
	},
	note: {
		label: (author: string, words: string) => `Nota di ${author}: ${words}`,
		empty: '(vuota)',
		selected: 'selezionata',
		inCluster: (name: string) => `nel gruppo «${name}»`,
		editedBy: (names: string) => `in modifica da ${names}`,
		you: 'tu',
		someone: (stakeholder: string) => `un partecipante (${stakeholder})`,
		textLabel: 'Testo della nota',
		/** A phone's editing sheet: ends editing, as leaving the text box does. */
		doneEditing: 'Fatto',
		useCaseUnknown: 'Caso d’uso',
		moreUseCases: (n: number) => `+${n}`,
		opensInNewTab: '(si apre in una nuova scheda)',
		dots: (n: number) => (n === 1 ? '1 bollino' : `${n} bollini`)
	},
	toolbar: {
		label: 'Strumenti del canvas',
		addNote: 'Aggiungi nota',
		undo: 'Annulla',
		redo: 'Ripeti',
		zoomIn: 'Ingrandisci',
		zoomOut: 'Riduci',
		fit: 'Adatta allo schermo',
		zoomLevel: (percent: number) => `Zoom ${percent}%`
	},
	blockPicker: {
		title: 'A quale blocco va la tua nota?',
		cancel: 'Annulla'
	},
	selection: {
		label: 'Note selezionate',
		count: (n: number) => (n === 1 ? '1 nota selezionata' : `${n} note selezionate`),
		edit: 'Modifica il testo',
		color: 'Colore',
		tags: 'Chi, Cosa, Come, Perché',
		tagAs: (dimension: string) => `Etichetta come ${dimension}`,
		useCases: 'Casi d’uso',
		link: 'Collega le note',
		unlink: 'Togli il collegamento',
		cluster: 'Raggruppa',
		dissolveCluster: 'Sciogli il gruppo',
		rename: 'Rinomina il gruppo',
		duplicate: 'Duplica',
		delete: 'Elimina',
		clear: 'Deseleziona',
		putToVote: 'Metti ai voti',
		summonHere: 'Porta tutti qui'
	},
	vote: {
		title: 'Metti ai voti le note selezionate',
		candidates: (n: number) => (n === 1 ? '1 nota con testo selezionata' : `${n} note con testo selezionate`),
		kind: 'Come si decide',
		kinds: { dots: 'Bollini', scores: 'Punteggi', ranking: 'Classifica' },
		kindHints: {
			dots: 'Ognuno assegna alcuni bollini alle note che sostiene.',
			scores: 'Ognuno dà a ogni nota un punteggio da 1 a 5 per ciascun criterio.',
			ranking: 'Ognuno mette le note in ordine.'
		},
		roundTitle: 'Domanda (facoltativa)',
		roundTitlePlaceholder: 'es. Quale servizio realizziamo per primo?',
		budget: 'Bollini a persona',
		cap: 'Massimo di bollini su una nota',
		noCap: 'Nessun limite',
		criteria: 'Criteri',
		criteriaSets: { oulu: 'Scalabilità, replicabilità, sostenibilità', atos: 'I quattro fattori (Atos)', own: 'Criteri nostri' },
		ownCriteria: 'Criteri, uno per riga',
		open: 'Apri il turno',
		opening: 'Apertura…',
		cancel: 'Annulla'
	},
	summoned: 'Il facilitatore ha portato tutti qui.',
	colors: {
		label: 'Colore della nota',
		stakeholder: (stakeholder: string) => `Colore: ${stakeholder}`,
		/** Names of SEGMENT_COLORS (src/lib/domain/templates.ts), in the same order. */
		segments: ['Arancione', 'Azzurro', 'Verde', 'Giallo', 'Rosso', 'Rosa', 'Lavanda', 'Grigio']
	},
	cluster: {
		createTitle: 'Raggruppa le note selezionate',
		renameTitle: 'Rinomina il gruppo',
		name: 'Nome del gruppo',
		create: 'Raggruppa',
		save: 'Salva',
		cancel: 'Annulla'
	},
	picker: {
		title: 'Collega casi d’uso del catalogo',
		search: 'Cerca nel catalogo',
		placeholder: 'es. parcheggi, sensori',
		searching: 'Ricerca in corso…',
		results: (n: number) => (n === 1 ? '1 caso d’uso trovato' : `${n} casi d’uso trovati`),
		empty: 'Nessun caso d’uso corrisponde a questa ricerca.',
		failed: 'Al momento non è stato possibile cercare nel catalogo. Riprova.',
		link: (title: string) => `Collega ${title}`,
		unlink: (title: string) => `Scollega ${title}`,
		linkShort: 'Collega',
		unlinkShort: 'Scollega',
		linked: 'Collegati a questa nota',
		none: 'Ancora nessun caso d’uso collegato.',
		close: 'Fatto'
	},
	status: {
		label: 'Connessione',
		connecting: 'Connessione…',
		live: 'In diretta',
		reconnecting: 'Riconnessione…',
		offline: 'Offline — modifiche salvate su questo dispositivo',
		offlineNotSaved: 'Offline — tieni aperta questa pagina: le modifiche non si possono salvare su questo dispositivo',
		pending: 'Modifiche fatte offline in attesa di invio',
		synced: 'Tutte le modifiche inviate',
		closed: 'Questo canvas non è più disponibile per te. Le tue ultime modifiche potrebbero non essere state inviate.'
	},
	presence: {
		label: 'Persone su questo canvas',
		toggle: (n: number) => (n === 1 ? 'Ci sei solo tu' : `${n} persone qui`),
		you: (name: string) => `${name} (tu)`,
		follow: (name: string) => `Segui ${name}`,
		stopFollowing: 'Smetti di seguire',
		following: (name: string) => `Stai seguendo ${name}`,
		editing: 'sta modificando una nota',
		followButton: 'Segui',
		followingButton: 'Segui già'
	},
	announce: {
		added: 'Nota aggiunta.',
		deleted: (n: number) => (n === 1 ? 'Nota eliminata.' : `${n} note eliminate.`),
		duplicated: 'Nota duplicata.',
		clustered: (name: string) => `Raggruppate come «${name}».`,
		clusterDissolved: 'Gruppo sciolto.',
		linked: 'Note collegate.',
		unlinked: 'Collegamento tolto.',
		undone: 'Annullato.',
		redone: 'Ripetuto.',
		failed: 'Non è stato possibile fare questa modifica.'
	}
};
