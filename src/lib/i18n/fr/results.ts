/** UI text for a round's results; part of the French catalogue (../fr.ts). */
import type { Messages } from '../en';
import { DIVISION_LIMIT, SCORE_DIVISION, SCORE_SUPPORT } from '../../domain/results.ts';
import { SCORE_MAX } from '../../domain/rounds.ts';
import { num, one } from './format';

/** The rules of src/lib/domain/results.ts (CONSENSUS_RULE, DIVISION_RULE), in French. */
const share = 'une part égale (ce qu’il a donné en tout, divisé par le nombre de candidates)';
const groupsNote = 'Les groupes de parties prenantes sans votants ne sont pas pris en compte.';
const divisionNote = `${DIVISION_LIMIT} au plus, l’écart le plus grand en premier ; avec un seul groupe, il n’y a pas de division.`;

export const results: Messages['results'] = {
	label: (title: string) => `Résultats de « ${title} »`,
	voted: (n: number, of: number) => `${n} sur ${of} ${one(n) ? 'a voté' : 'ont voté'}`,
	groupVoters: (group: string, n: number) => `${group} : ${n}`,
	votersByGroup: 'Votants par type de partie prenante',
	noVotes: 'Aucun vote pour l’instant.',
	measure: { dots: 'Gommettes', ranking: 'Points Borda', scores: 'Score moyen' },
	bars: {
		dots: 'Gommettes par candidate, par type de partie prenante',
		ranking: 'Points Borda par candidate, par type de partie prenante',
		scores: 'Score moyen par candidate, par type de partie prenante'
	},
	/** Why score bars add up: each colour is a part of the mean, not a group's own mean. */
	barsNote: {
		dots: 'Chaque couleur représente les gommettes données par un type de partie prenante.',
		ranking: 'Chaque couleur représente les points Borda donnés par un type de partie prenante (n − rang pour une liste de n).',
		scores: 'La moyenne des scores moyens des critères (de 1 à 5). Chaque couleur est la part d’un type de partie prenante : ses scores rapportés à ceux de tous.'
	},
	overall: 'Tous',
	table: {
		caption: (chart: string) => `${chart} : les chiffres`,
		place: 'Rang',
		candidate: 'Candidate',
		total: 'Total'
	},
	consensus: {
		title: 'Consensus',
		rule: {
			dots: `Consensus : chaque groupe de parties prenantes qui a voté a donné à la candidate au moins ${share} de ses gommettes. ${groupsNote}`,
			ranking: `Consensus : chaque groupe de parties prenantes qui a voté a donné à la candidate au moins ${share} de ses points Borda, c’est-à-dire l’a classée en moyenne au rang du milieu ou au-dessus. ${groupsNote}`,
			scores: `Consensus : chaque groupe de parties prenantes qui a voté a donné à la candidate un score moyen d’au moins ${num(SCORE_SUPPORT)} sur ${SCORE_MAX}, tous critères confondus. ${groupsNote}`
		},
		none: 'Aucune candidate n’a le soutien de tous les types de parties prenantes.'
	},
	division: {
		title: 'Division',
		rule: {
			dots: `Division : candidates dont la part des gommettes d’un groupe diffère entre deux groupes d’au moins une part égale. ${divisionNote}`,
			ranking: `Division : candidates dont la part des points Borda d’un groupe diffère entre deux groupes d’au moins une part égale. ${divisionNote}`,
			scores: `Division : candidates dont le score moyen (sur l’ensemble des critères) diffère entre deux groupes d’au moins ${num(SCORE_DIVISION)} point. ${divisionNote}`
		},
		none: 'Aucune candidate ne divise autant les types de parties prenantes.',
		single: 'Un seul type de partie prenante a voté : rien ne peut donc les diviser.',
		item: (candidate: string, highest: string, lowest: string) => `${candidate} : soutien le plus fort chez ${highest}, le plus faible chez ${lowest}`
	},
	tops: {
		title: 'Les trois premières de chaque type de partie prenante',
		none: 'Rien de classé pour l’instant.',
		points: (n: number) => (one(n) ? `${num(n)} point` : `${num(n)} points`)
	},
	scores: {
		radar: (candidate: string) => `Scores de « ${candidate} »`,
		radarNote: 'Score moyen pour chaque critère ; les cercles marquent les valeurs de 1 à 5, le cercle extérieur 5.',
		criterion: 'Critère',
		mean: 'Moyenne',
		median: 'Médiane',
		sd: 'Dispersion (écart-type)',
		groupMean: (group: string) => `${group} : moyenne`,
		noScore: '–',
		disagreements: 'Là où les types de parties prenantes divergent le plus',
		disagreement: (candidate: string, criterion: string, highest: string, high: string, lowest: string, low: string) =>
			`${candidate}, ${criterion} : ${highest} ${high}, ${lowest} ${low}`,
		noDisagreement: 'Les types de parties prenantes ont donné des scores semblables.'
	},
	download: {
		title: 'Télécharger les résultats',
		csv: 'CSV',
		json: 'JSON',
		csvLabel: 'Télécharger les résultats en CSV',
		jsonLabel: 'Télécharger les résultats en JSON',
		svg: 'SVG',
		png: 'PNG',
		svgLabel: (chart: string) => `Télécharger « ${chart} » en SVG`,
		pngLabel: (chart: string) => `Télécharger « ${chart} » en PNG`,
		failed: 'Ce navigateur n’a pas pu créer l’image.'
	}
};
