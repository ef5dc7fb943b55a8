/** Spanish text for a round's results; see ../en/results.ts. The rules restate domain/results.ts. */
import type { Messages } from '../en';
import type { ResultKind } from '../../domain/results.ts';
import { DIVISION_LIMIT, SCORE_DIVISION, SCORE_SUPPORT } from '../../domain/results.ts';
import { SCORE_MAX } from '../../domain/rounds.ts';

const num = (n: number) => new Intl.NumberFormat('es').format(n);
const share = 'una parte igual (lo que dio en total, dividido entre el número de candidatas)';
const groupsNote = 'Los grupos de agentes sin votantes no cuentan.';
const divisionNote = `Como máximo ${DIVISION_LIMIT}, primero la mayor diferencia; con un solo grupo no hay división.`;

const consensusRule: Record<ResultKind, string> = {
	dots: `Consenso: todos los grupos de agentes que votaron dieron a la candidata al menos ${share} de sus puntos. ${groupsNote}`,
	ranking: `Consenso: todos los grupos de agentes que votaron dieron a la candidata al menos ${share} de sus puntos Borda, es decir, de media la situaron en el puesto central o por encima. ${groupsNote}`,
	scores: `Consenso: todos los grupos de agentes que votaron dieron a la candidata una puntuación media de al menos ${num(SCORE_SUPPORT)} sobre ${SCORE_MAX} en el conjunto de criterios. ${groupsNote}`
};
const divisionRule: Record<ResultKind, string> = {
	dots: `División: candidatas cuya parte de los puntos de un grupo difiere entre dos grupos al menos en una parte igual. ${divisionNote}`,
	ranking: `División: candidatas cuya parte de los puntos Borda de un grupo difiere entre dos grupos al menos en una parte igual. ${divisionNote}`,
	scores: `División: candidatas cuya puntuación media (en el conjunto de criterios) difiere entre dos grupos al menos ${SCORE_DIVISION === 1 ? '1 punto' : `${num(SCORE_DIVISION)} puntos`}. ${divisionNote}`
};

export const results: Messages['results'] = {
	label: (title: string) => `Resultados de «${title}»`,
	voted: (n: number, of: number) => `Han votado ${n} de ${of}`,
	groupVoters: (group: string, n: number) => `${group}: ${n}`,
	votersByGroup: 'Votantes por tipo de agente',
	noVotes: 'Aún no hay votos.',
	measure: { dots: 'Puntos', ranking: 'Puntos Borda', scores: 'Puntuación media' },
	bars: {
		dots: 'Puntos por candidata, por tipo de agente',
		ranking: 'Puntos Borda por candidata, por tipo de agente',
		scores: 'Puntuación media por candidata, por tipo de agente'
	},
	/** Why score bars add up: each colour is a part of the mean, not a group's own mean. */
	barsNote: {
		dots: 'Cada color son los puntos que dio un tipo de agente.',
		ranking: 'Cada color son los puntos Borda que dio un tipo de agente (n − puesto en una lista de n).',
		scores: 'La media de las puntuaciones medias de los criterios (1 a 5). Cada color es la parte de un tipo de agente: sus puntuaciones contadas sobre las de todo el mundo.'
	},
	overall: 'Todo el mundo',
	table: {
		caption: (chart: string) => `${chart}: las cifras`,
		place: 'Puesto',
		candidate: 'Candidata',
		total: 'Total'
	},
	consensus: {
		title: 'Consenso',
		rule: consensusRule,
		none: 'Ninguna candidata tiene el apoyo de todos los tipos de agente.'
	},
	division: {
		title: 'División',
		rule: divisionRule,
		none: 'Ninguna candidata divide tanto a los tipos de agente.',
		single: 'Solo ha votado un tipo de agente, así que nada los divide.',
		item: (candidate: string, highest: string, lowest: string) => `${candidate}: más apoyo de ${highest}, menos de ${lowest}`
	},
	tops: {
		title: 'Las tres primeras de cada tipo de agente',
		none: 'Aún no hay nada clasificado.',
		points: (n: number) => (n === 1 ? '1 punto' : `${new Intl.NumberFormat('es').format(n)} puntos`)
	},
	scores: {
		radar: (candidate: string) => `Puntuaciones de «${candidate}»`,
		radarNote: 'Puntuación media en cada criterio; los anillos marcan de 1 a 5, el exterior es el 5.',
		criterion: 'Criterio',
		mean: 'Media',
		median: 'Mediana',
		sd: 'Dispersión (desviación típica)',
		groupMean: (group: string) => `${group}: media`,
		noScore: '–',
		disagreements: 'Donde más discrepan los tipos de agente',
		disagreement: (candidate: string, criterion: string, highest: string, high: string, lowest: string, low: string) =>
			`${candidate}, ${criterion}: ${highest} ${high}, ${lowest} ${low}`,
		noDisagreement: 'Los tipos de agente han puntuado de forma parecida.'
	},
	download: {
		title: 'Descargar los resultados',
		csv: 'CSV',
		json: 'JSON',
		csvLabel: 'Descargar los resultados en CSV',
		jsonLabel: 'Descargar los resultados en JSON',
		svg: 'SVG',
		png: 'PNG',
		svgLabel: (chart: string) => `Descargar «${chart}» en SVG`,
		pngLabel: (chart: string) => `Descargar «${chart}» en PNG`,
		failed: 'Este navegador no ha podido crear la imagen.'
	}
};
