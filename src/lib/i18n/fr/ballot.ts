/** UI text for the participant's round screen; part of the French catalogue (../fr.ts). */
import type { Messages } from '../en';
import { one } from './format';

const dots = (n: number) => `${n} ${one(n) ? 'gommette' : 'gommettes'}`;

export const ballot: Messages['ballot'] = {
	title: 'Votre bulletin',
	pageTitle: (workshop: string) => `Tour · ${workshop}`,
	connecting: 'Connexion à la séance…',
	toWorkshop: 'Retour à l’atelier',
	phase: (title: string) => `En cours : ${title}`,
	noRound: 'Aucun tour n’est ouvert pour le moment.',
	noRoundHint: 'Quand l’animateur en ouvre un, il s’affiche ici automatiquement.',
	lastResults: 'Résultats du dernier tour',
	observer: 'Vous suivez ce tour en tant qu’observateur : vous le voyez, mais vous ne votez pas.',
	kinds: {
		writing: 'Écriture individuelle',
		dots: 'Vote par gommettes',
		scores: 'Évaluation',
		ranking: 'Classement'
	},
	voted: (n: number, of: number) => `${n} sur ${of} ${one(n) ? 'a voté' : 'ont voté'}`,
	wrote: (n: number, of: number) => `${n} sur ${of} ${one(n) ? 'a écrit' : 'ont écrit'}`,
	dots: {
		intro: (budget: number, cap: number | null) =>
			`Répartissez ${budget === 1 ? 'votre gommette' : `vos ${budget} gommettes`} sur les notes que vous soutenez${cap === null ? '' : cap === 1 ? ', une au plus par note' : `, ${cap} au plus par note`}. Vous pouvez les déplacer jusqu’à la clôture du tour.`,
		left: (n: number, of: number) => `${n} ${one(n) ? 'gommette restante' : 'gommettes restantes'} sur ${of}`,
		yours: (n: number) => dots(n),
		add: (label: string) => `Ajouter une gommette à « ${label} »`,
		remove: (label: string) => `Retirer une gommette de « ${label} »`,
		why: { cap: 'Maximum atteint sur cette note' }
	},
	scores: {
		intro: 'Évaluez chaque note de 1 (faible) à 5 (fort) sur chaque critère. Chaque choix est enregistré aussitôt.',
		scored: (n: number, of: number) => `${n} ${one(n) ? 'score donné' : 'scores donnés'} sur ${of}`,
		low: 'faible',
		high: 'fort'
	},
	ranking: {
		intro: 'Classez les notes dans votre ordre, la meilleure en premier : faites glisser une poignée, utilisez les flèches, ou placez le focus sur une poignée et appuyez sur les touches fléchées haut et bas.',
		handle: (label: string, place: number, of: number) => `Déplacer « ${label} », en position ${place} sur ${of}`,
		up: (label: string) => `Monter « ${label} »`,
		down: (label: string) => `Descendre « ${label} »`,
		moved: (label: string, place: number, of: number) => `« ${label} » est maintenant en position ${place} sur ${of}.`,
		save: 'Enregistrer mon ordre',
		saved: 'Votre ordre est enregistré.',
		unsaved: 'Votre ordre n’est pas encore enregistré.',
		never: 'Vous n’avez encore enregistré aucun ordre.'
	},
	writing: {
		intro: 'Écrivez vos idées, une par note. Personne d’autre ne les voit, pas même l’animateur, jusqu’à ce que l’animateur les dévoile sur le canevas.',
		authors: 'Au dévoilement, votre nom s’affiche avec vos notes.',
		anonymous: 'Au dévoilement, vos notes s’affichent sans votre nom.',
		label: 'Votre idée',
		add: 'Ajouter',
		yours: (n: number) => (n === 0 ? 'Vous n’avez encore rien écrit.' : n === 1 ? 'Votre note (visible par vous seulement)' : `Vos ${n} notes (visibles par vous seulement)`),
		edit: 'Modifier',
		editLabel: (n: number) => `Modifier la note ${n}`,
		save: 'Enregistrer',
		cancel: 'Annuler',
		remove: 'Supprimer',
		removeLabel: (n: number) => `Supprimer la note ${n}`,
		text: (n: number) => `Texte de la note ${n}`
	},
	saving: 'Enregistrement…',
	loadFailed: 'Votre bulletin n’a pas pu être chargé. Vérifiez votre connexion ; il se recharge dès que vous êtes de nouveau en ligne.'
};
