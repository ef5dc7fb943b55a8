/** Italian text for the participant's round screen (/w/<id>/round); see ../en/ballot.ts. */
import type { Messages } from '../en';

const dots = (n: number) => (n === 1 ? '1 bollino' : `${n} bollini`);

export const ballot: Messages['ballot'] = {
	title: 'La tua scheda',
	pageTitle: (workshop: string) => `Turno · ${workshop}`,
	connecting: 'Connessione alla sessione…',
	toWorkshop: 'Torna al workshop',
	phase: (title: string) => `Ora: ${title}`,
	noRound: 'Al momento non c’è nessun turno aperto.',
	noRoundHint: 'Quando il facilitatore ne apre uno, compare qui da solo.',
	lastResults: 'Risultati dell’ultimo turno',
	observer: 'Segui questo turno come osservatore: lo vedi, ma non voti.',
	kinds: {
		writing: 'Scrittura individuale',
		dots: 'Voto a bollini',
		scores: 'Punteggi',
		ranking: 'Classifica'
	},
	voted: (n: number, of: number) => `${n} su ${of} ${n === 1 ? 'ha' : 'hanno'} votato`,
	wrote: (n: number, of: number) => `${n} su ${of} ${n === 1 ? 'ha' : 'hanno'} scritto`,
	dots: {
		intro: (budget: number, cap: number | null) =>
			`Assegna ${budget === 1 ? 'il tuo bollino alla nota' : `i tuoi ${budget} bollini alle note`} che sostieni${cap === null ? '' : cap === 1 ? ', al massimo uno per nota' : `, al massimo ${cap} per nota`}. Puoi ${budget === 1 ? 'cambiarlo' : 'cambiarli'} finché il turno resta aperto.`,
		left: (n: number, of: number) => `${n === 1 ? 'Ti resta 1 bollino' : `Ti restano ${n} bollini`} su ${of}`,
		yours: dots,
		add: (label: string) => `Aggiungi un bollino a «${label}»`,
		remove: (label: string) => `Togli un bollino da «${label}»`,
		why: { cap: 'Massimo consentito su questa nota' }
	},
	scores: {
		intro: 'Dai a ogni nota un punteggio da 1 (debole) a 5 (forte) per ciascun criterio. Ogni scelta viene salvata subito.',
		scored: (n: number, of: number) => `${n} su ${of} punteggi assegnati`,
		low: 'debole',
		high: 'forte'
	},
	ranking: {
		intro: 'Metti le note nel tuo ordine, dalla migliore: trascina una maniglia, usa le frecce, oppure seleziona una maniglia e premi i tasti freccia su e giù.',
		handle: (label: string, place: number, of: number) => `Sposta «${label}», ora in posizione ${place} su ${of}`,
		up: (label: string) => `Sposta «${label}» in su`,
		down: (label: string) => `Sposta «${label}» in giù`,
		moved: (label: string, place: number, of: number) => `«${label}» ora è in posizione ${place} su ${of}.`,
		save: 'Salva il mio ordine',
		saved: 'Il tuo ordine è salvato.',
		unsaved: 'Il tuo ordine non è ancora salvato.',
		never: 'Non hai ancora salvato un ordine.'
	},
	writing: {
		intro: 'Scrivi le tue idee, una per nota. Nessun altro le vede, nemmeno il facilitatore, finché il facilitatore non le rivela sul canvas.',
		authors: 'Quando le note vengono rivelate, compaiono con il tuo nome.',
		anonymous: 'Quando le note vengono rivelate, compaiono senza il tuo nome.',
		label: 'La tua idea',
		add: 'Aggiungi',
		yours: (n: number) =>
			n === 0 ? 'Non hai ancora scritto nulla.' : n === 1 ? 'La tua nota (la vedi solo tu)' : `Le tue ${n} note (le vedi solo tu)`,
		edit: 'Modifica',
		editLabel: (n: number) => `Modifica la nota ${n}`,
		save: 'Salva',
		cancel: 'Annulla',
		remove: 'Elimina',
		removeLabel: (n: number) => `Elimina la nota ${n}`,
		text: (n: number) => `Testo della nota ${n}`
	},
	saving: 'Salvataggio…',
	loadFailed: 'Non è stato possibile caricare la tua scheda. Controlla la connessione: si ricarica da sola quando torni online.'
};
