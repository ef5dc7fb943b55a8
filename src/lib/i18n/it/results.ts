/** Italian text for a round's results; see ../en/results.ts. */
import type { Messages } from '../en';
import { DIVISION_LIMIT, SCORE_DIVISION, SCORE_SUPPORT } from '../../domain/results.ts';
import { SCORE_MAX } from '../../domain/rounds.ts';

const number = new Intl.NumberFormat('it');

/** The rules of ../../domain/results.ts (CONSENSUS_RULE, DIVISION_RULE), in Italian. */
const share = 'una quota equa (il totale che ha dato, diviso per il numero di candidate)';
const groupsNote = 'I gruppi di stakeholder senza votanti non sono considerati.';
const divisionNote = `Al massimo ${DIVISION_LIMIT}, a partire dal divario più ampio; con un solo gruppo non c’è divisione.`;
const points = (n: number) => (n === 1 ? 'punto' : 'punti');

export const results: Messages['results'] = {
	label: (title: string) => `Risultati di «${title}»`,
	voted: (n: number, of: number) => `${n} su ${of} ${n === 1 ? 'ha' : 'hanno'} votato`,
	groupVoters: (group: string, n: number) => `${group}: ${n}`,
	votersByGroup: 'Votanti per tipo di stakeholder',
	noVotes: 'Ancora nessun voto.',
	measure: { dots: 'Bollini', ranking: 'Punti Borda', scores: 'Punteggio medio' },
	bars: {
		dots: 'Bollini per candidata, per tipo di stakeholder',
		ranking: 'Punti Borda per candidata, per tipo di stakeholder',
		scores: 'Punteggio medio per candidata, per tipo di stakeholder'
	},
	/** Why score bars add up: each colour is a part of the mean, not a group's own mean. */
	barsNote: {
		dots: 'Ogni colore rappresenta i bollini dati da un tipo di stakeholder.',
		ranking: 'Ogni colore rappresenta i punti Borda dati da un tipo di stakeholder (n − posizione in una lista di n).',
		scores: 'La media dei punteggi medi dei criteri (da 1 a 5). Ogni colore è la parte di un tipo di stakeholder: i suoi punteggi contati sul totale di tutti.'
	},
	overall: 'Tutti',
	table: {
		caption: (chart: string) => `${chart}: i dati`,
		place: 'Posizione',
		candidate: 'Candidata',
		total: 'Totale'
	},
	consensus: {
		title: 'Consenso',
		rule: {
			dots: `Consenso: ogni gruppo di stakeholder che ha votato ha dato alla candidata almeno ${share} dei suoi bollini. ${groupsNote}`,
			ranking: `Consenso: ogni gruppo di stakeholder che ha votato ha dato alla candidata almeno ${share} dei suoi punti Borda, cioè in media l’ha messa a metà classifica o più in alto. ${groupsNote}`,
			scores: `Consenso: ogni gruppo di stakeholder che ha votato ha dato alla candidata un punteggio medio di almeno ${number.format(SCORE_SUPPORT)} su ${SCORE_MAX} sui criteri. ${groupsNote}`
		},
		none: 'Nessuna candidata ha il sostegno di tutti i tipi di stakeholder.'
	},
	division: {
		title: 'Divisione',
		rule: {
			dots: `Divisione: candidate la cui quota dei bollini di un gruppo differisce tra due gruppi almeno di una quota equa. ${divisionNote}`,
			ranking: `Divisione: candidate la cui quota dei punti Borda di un gruppo differisce tra due gruppi almeno di una quota equa. ${divisionNote}`,
			scores: `Divisione: candidate il cui punteggio medio (sui criteri) differisce tra due gruppi di almeno ${number.format(SCORE_DIVISION)} ${points(SCORE_DIVISION)}. ${divisionNote}`
		},
		none: 'Nessuna candidata divide i tipi di stakeholder fino a questo punto.',
		single: 'Ha votato un solo tipo di stakeholder, quindi non c’è nulla che li divida.',
		item: (candidate: string, highest: string, lowest: string) => `${candidate}: più sostegno da ${highest}, meno da ${lowest}`
	},
	tops: {
		title: 'Le prime tre di ogni tipo di stakeholder',
		none: 'Ancora nessuna classifica.',
		points: (n: number) => (n === 1 ? '1 punto' : `${number.format(n)} punti`)
	},
	scores: {
		radar: (candidate: string) => `Punteggi di «${candidate}»`,
		radarNote: 'Punteggio medio per ogni criterio; gli anelli segnano da 1 a 5, quello esterno il 5.',
		criterion: 'Criterio',
		mean: 'Media',
		median: 'Mediana',
		sd: 'Dispersione (deviazione standard)',
		groupMean: (group: string) => `${group}: media`,
		noScore: '–',
		disagreements: 'Dove i tipi di stakeholder sono più in disaccordo',
		disagreement: (candidate: string, criterion: string, highest: string, high: string, lowest: string, low: string) =>
			`${candidate}, ${criterion}: ${highest} ${high}, ${lowest} ${low}`,
		noDisagreement: 'I tipi di stakeholder hanno dato punteggi simili.'
	},
	download: {
		title: 'Scarica i risultati',
		csv: 'CSV',
		json: 'JSON',
		csvLabel: 'Scarica i risultati in CSV',
		jsonLabel: 'Scarica i risultati in JSON',
		svg: 'SVG',
		png: 'PNG',
		svgLabel: (chart: string) => `Scarica «${chart}» in SVG`,
		pngLabel: (chart: string) => `Scarica «${chart}» in PNG`,
		failed: 'Questo browser non è riuscito a creare l’immagine.'
	}
};
