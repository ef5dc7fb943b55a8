/** UI text for publishing an outcome to the library, editing and retiring it; part of the French catalogue (../fr.ts). */
import type { Messages } from '../en';
import { one } from './format';

export const publishing: Messages['publishing'] = {
	link: 'Publier dans la bibliothèque',
	title: 'Publier dans la bibliothèque',
	lead: 'Faites du bilan de cet atelier un cas d’usage de votre organisation. Il est d’abord enregistré comme brouillon : seule votre organisation le voit jusqu’à sa publication.',
	prefilled: 'Qui, Quoi, Comment et Pourquoi, les schémas, les scores, le financement, les facteurs de réussite, les enseignements et ce qu’il faut à une ville suiveuse sont repris du bilan. Modifiez ce que vous voulez avant d’enregistrer.',
	emptyOutcome: 'Le bilan de cet atelier n’est pas encore rédigé : le formulaire est donc vide.',
	already: 'Cas d’usage déjà issus de cet atelier :',
	status: { draft: 'brouillon', published: 'publié', retired: 'retiré' },
	notPublisher: 'Pour publier, il faut le rôle éditeur ou admin dans une organisation. Demandez-le à l’admin de votre organisation.',
	notFacilitator: 'Seul un animateur de cet atelier peut en publier le bilan.',
	edit: {
		title: 'Modifier le cas d’usage',
		lead: (organization: string) => `Un cas d’usage de ${organization}. Les modifications apparaissent dans la bibliothèque dès l’enregistrement.`,
		save: 'Enregistrer',
		back: 'Retour au cas d’usage'
	},
	form: {
		language: 'Rédigé en',
		languageHint: 'Les textes restent tels qu’ils sont écrits ; la bibliothèque indique leur langue et les cherche dans cette langue.',
		about: 'À propos du cas d’usage',
		more: 'Financement, facteurs de réussite et enseignements',
		organization: 'Organisation',
		organizationHint: 'Le cas d’usage est publié au nom de cette organisation.',
		title: 'Titre',
		titleHint: 'De 3 à 160 caractères.',
		slug: 'Adresse',
		slugHint: (origin: string) => `${origin}/library/… — lettres minuscules, chiffres et traits d’union. Proposée à partir du titre.`,
		city: 'Ville',
		country: 'Pays',
		domain: 'Domaine',
		maturity: 'Maturité',
		summary: 'Résumé',
		summaryHint: 'Ce que c’est, en deux ou trois phrases (de 10 à 2 000 caractères).',
		dimensionsLegend: 'Modèle économique',
		dimensionsHint: 'Les quatre sont nécessaires pour publier. Les notes retenues sont listées une par ligne.',
		patterns: 'Schémas de modèle économique',
		patternsChosen: (n: number) => (one(n) ? `${n} choisi` : `${n} choisis`),
		scores: 'Évolutivité, réplicabilité, durabilité',
		notScored: 'Non noté',
		funding: 'Modes de financement',
		internalFactors: 'Facteurs de réussite internes',
		externalFactors: 'Facteurs de réussite externes',
		listHint: 'Un par ligne.',
		lessons: 'Enseignements',
		replication: 'Ce qu’il faut à une ville pour le répliquer',
		saveDraft: 'Enregistrer le brouillon et prévisualiser'
	},
	bar: {
		label: 'Publication',
		lastChanged: (date: string) => `Modifié le ${date}`,
		preview: 'Aperçu : voici comment la bibliothèque l’affichera une fois publié.',
		publish: 'Publier',
		edit: 'Modifier',
		retire: 'Retirer',
		retireConfirm: 'Retirer ce cas d’usage ? Il disparaît de la recherche de la bibliothèque ; sa page reste et indique qu’il a été retiré.',
		republish: 'Publier à nouveau'
	},
	validation: {
		language: 'Choisissez la langue dans laquelle les textes sont rédigés.',
		title: 'Saisissez un titre de 3 à 160 caractères.',
		slug: 'Utilisez des lettres minuscules, des chiffres et des traits d’union simples (80 au plus).',
		organization: 'Choisissez une organisation où vous publiez.',
		city: 'Saisissez une ville (80 caractères au plus).',
		country: 'Saisissez un pays (80 caractères au plus).',
		domain: 'Choisissez un domaine.',
		maturity: 'Choisissez une maturité.',
		summary: 'Rédigez un résumé de 10 à 2 000 caractères.',
		dimensionTooLong: 'Ce texte doit compter 4 000 caractères au plus.',
		itemTooLong: 'Chaque ligne doit compter 300 caractères au plus.',
		tooManyItems: '50 lignes au plus.',
		textTooLong: 'Ce texte doit compter 4 000 caractères au plus.',
		invalid: 'Vérifiez les champs signalés.'
	},
	refused: {
		slugTaken: (free: string) => `Cette adresse est déjà prise. « ${free} » est libre.`,
		notAllowed: 'Vous ne pouvez pas faire cela pour cette organisation.',
		dimensionsMissing: 'Pour publier, il faut les quatre : Qui, Quoi, Comment et Pourquoi. Modifiez le cas d’usage pour les compléter.',
		invalid: 'Une valeur du formulaire n’a pas été acceptée. Vérifiez les valeurs et réessayez.',
		failed: 'L’enregistrement a échoué. Veuillez réessayer dans un instant.'
	}
};
