/** UI text for the outcome of a workshop (/w/<id>/outcome); part of the French catalogue (../fr.ts). */
import type { Messages } from '../en';
import { one } from './format';

export const outcome: Messages['outcome'] = {
	link: 'Bilan',
	title: 'Bilan',
	pageTitle: (workshop: string) => `Bilan · ${workshop}`,
	backToWorkshop: 'Retour à l’atelier',
	lead: 'Ce que le groupe a décidé : le modèle économique selon les quatre dimensions de Gassmann, les schémas qu’il suit, s’il tient comme marché multiface, comment il passe à l’échelle et ce qu’il faut à une ville qui veut le reprendre.',
	editing: 'Vous rédigez ce bilan avec les autres animateurs. Tout est enregistré au fil de la saisie.',
	reading: 'Les animateurs rédigent ce bilan ; vous pouvez le lire ici à mesure qu’il avance.',
	statusLabel: 'Enregistrement',
	status: {
		connecting: 'Connexion…',
		live: 'Enregistré',
		reconnecting: 'Reconnexion…',
		offline: 'Hors ligne : les modifications sont gardées sur cet appareil et enregistrées à votre retour'
	},
	offlineNotSaved: 'Hors ligne : les modifications faites sur cet appareil peuvent être perdues si vous fermez la page',
	pending: 'Enregistrement…',
	closed: 'Ce bilan ne vous est plus accessible.',

	dimensions: {
		title: 'Modèle économique',
		text: (name: string) => `${name} : les mots du groupe`,
		kept: 'Notes retenues',
		noKept: 'Aucune note retenue pour l’instant.',
		candidates: (name: string) => `Notes classées ${name} sur les canevas`,
		noCandidates: (name: string) => `Aucune note des canevas n’est encore classée ${name}.`,
		allKept: (name: string) => `Toutes les notes classées ${name} sont retenues.`,
		keep: 'Retenir',
		keepNote: (text: string) => `Retenir la note « ${text} »`,
		drop: 'Retirer',
		dropNote: (text: string) => `Retirer la note retenue « ${text} »`,
		fromCanvas: (canvas: string) => `de ${canvas}`
	},

	patterns: {
		title: 'Schémas de modèle économique',
		hint: 'Parmi les 55 schémas du Business Model Navigator de Gassmann.',
		none: 'Aucun schéma choisi pour l’instant.',
		search: 'Trouver un schéma',
		placeholder: 'p. ex. freemium, abonnement',
		results: (n: number) => (one(n) ? `${n} schéma` : `${n} schémas`),
		empty: 'Aucun schéma ne correspond.',
		unpick: (name: string) => `Retirer ${name}`,
		pickVerb: 'Choisir',
		unpickVerb: 'Retirer',
		picked: 'choisi',
		unknown: 'Schéma inconnu'
	},

	useCases: {
		title: 'Cas d’usage reliés de la bibliothèque',
		none: 'Aucun cas d’usage relié pour l’instant.',
		open: 'Relier des cas d’usage',
		remove: 'Retirer',
		removeOne: (title: string) => `Retirer ${title}`,
		unknown: 'Un cas d’usage qui ne vous est pas visible'
	},

	atos: {
		title: 'Test du marché multiface',
		hint: 'Les quatre facteurs du document de position d’Atos : tous doivent être réunis pour qu’un marché multiface fonctionne.',
		factors: {
			'public-interest': 'Intérêt public',
			'public-engagement': 'Participation du public',
			'business-viability': 'Viabilité économique',
			'market-opportunities': 'Opportunités de marché'
		},
		holds: 'Réuni ?',
		yes: 'Oui',
		no: 'Non',
		unknown: 'Inconnu',
		evidence: (factor: string) => `${factor} : éléments probants`
	},

	scores: {
		title: 'Évolutivité, réplicabilité, durabilité',
		hint: 'De 1 (faible) à 5 (élevé).',
		none: 'Non noté',
		fromRound: (title: string) => `Repris du tour « ${title} ».`,
		fromUnknownRound: 'Repris d’un tour d’évaluation.',
		take: 'Reprendre d’un tour',
		round: 'Tour d’évaluation',
		candidate: 'Pour',
		criterion: (name: string) => `Critère pour ${name}`,
		noCriterion: 'Aucun',
		takeButton: 'Reprendre ces scores',
		noRounds: 'Aucun tour d’évaluation de cet atelier n’a encore été dévoilé ; saisissez les scores à la main.',
		preview: (values: string) => `Donnerait : ${values}`
	},

	lists: {
		funding: { title: 'Modes de financement', add: 'Ajouter un mode de financement', placeholder: 'p. ex. subvention européenne Horizon' },
		internalFactors: { title: 'Facteurs de réussite internes', add: 'Ajouter un facteur de réussite interne', placeholder: 'p. ex. une équipe municipale engagée' },
		externalFactors: { title: 'Facteurs de réussite externes', add: 'Ajouter un facteur de réussite externe', placeholder: 'p. ex. loi nationale sur les données ouvertes' },
		addButton: 'Ajouter',
		none: 'Aucun pour l’instant.',
		edit: (text: string) => `Modifier « ${text} »`,
		remove: 'Retirer',
		removeOne: (text: string) => `Retirer « ${text} »`
	},

	learned: 'Enseignements et conditions de réplication',
	lessons: 'Enseignements',
	replicationNeeds: 'Ce qu’il faut à une ville suiveuse pour le répliquer',
	empty: 'Rien d’écrit pour l’instant.'
};
