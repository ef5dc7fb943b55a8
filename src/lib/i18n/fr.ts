/**
 * The French catalogue: every string of en.ts, in French, same keys and order.
 * Readers are addressed as "vous", as French public digital services do.
 */
import type { Messages } from './en';
import { ballot } from './fr/ballot';
import { canvas } from './fr/canvas';
import { compare } from './fr/compare';
import { consoleText } from './fr/console';
import { organizations } from './fr/organizations';
import { publishing } from './fr/publishing';
import { report } from './fr/report';
import { outcome } from './fr/outcome';
import { libraryFacets } from './fr/library-facets';
import { replication } from './fr/replication';
import { handover } from './fr/handover';
import { results } from './fr/results';
import { revenue } from './fr/revenue';
import { screen } from './fr/screen';
import { session } from './fr/session';
import { sessionBar } from './fr/session-bar';
import { templates } from './fr/templates';
import { patterns } from './fr/patterns';
import { workshops } from './fr/workshops';
import { num, one } from './fr/format';

export const fr: Messages = {
	ballot,
	canvas,
	compare,
	console: consoleText,
	organizations,
	publishing,
	report,
	outcome,
	libraryFacets,
	replication,
	handover,
	results,
	revenue,
	screen,
	session,
	sessionBar,
	templates,
	patterns,
	workshops,
	app: {
		name: 'Civic Canvas',
		tagline: 'Concevoir les services numériques de la ville avec les citoyens, les entreprises et les développeurs.',
		skip: 'Aller au contenu',
		nav: { library: 'Bibliothèque', signIn: 'Connexion', signOut: 'Déconnexion', main: 'Principale' },
		signedInAs: (name: string) => `Session de ${name}`,
		language: 'Langue',
		footer: 'Civic Canvas — des outils ouverts pour concevoir ensemble les modèles économiques de la ville intelligente.'
	},
	home: {
		title: 'Concevoir ensemble les services de la ville, en direct',
		lead: 'Civic Canvas anime des ateliers de co-création où villes, entreprises, développeurs et citoyens conçoivent ensemble les modèles économiques de services numériques urbains sur des canevas partagés, votent sur ce qui compte et classent chaque idée en Qui, Quoi, Comment ou Pourquoi.',
		libraryTitle: 'Bibliothèque de réplication',
		libraryText: 'Parcourez les cas d’usage que d’autres villes ont réalisés : leur modèle économique, leurs facteurs de réussite et ce qu’il faut pour les répliquer.',
		libraryCta: 'Parcourir la bibliothèque',
		workshopsTitle: 'Ateliers en direct',
		workshopsText: 'Des canevas partagés que chacun modifie en direct, avec votes par gommettes, notes et classements, animés depuis une tablette. Rejoignez un atelier avec le code affiché à l’écran, ou animez le vôtre.',
		workshopsCta: 'Mes ateliers',
		frameworksTitle: 'Fondé sur des méthodes éprouvées',
		frameworks: [
			'Le Qui / Quoi / Comment / Pourquoi de Gassmann et les 55 schémas du Business Model Navigator',
			'Le Business Model Canvas et ses neuf blocs',
			'Opportunité, Valeur, Avantage — et Évolutivité, Réplicabilité, Durabilité',
			'Le marché multiface : intérêt public, participation, viabilité, opportunités de marché'
		]
	},
	library: {
		title: 'Bibliothèque de réplication',
		lead: 'Des cas d’usage de villes de toute l’Europe, pour s’en inspirer et les répliquer.',
		searchLabel: 'Rechercher des cas d’usage',
		searchPlaceholder: 'p. ex. stationnement, capteurs, rénovation',
		searchButton: 'Rechercher',
		filters: 'Filtres',
		filtersActive: (n: number) => `Filtres, ${n} ${one(n) ? 'actif' : 'actifs'}`,
		domain: 'Domaine',
		city: 'Ville',
		maturity: 'Maturité',
		pattern: 'Schéma de modèle économique',
		any: 'Tous',
		apply: 'Appliquer les filtres',
		clear: 'Tout effacer',
		results: (n: number) => `${num(n)} cas d’usage`,
		resultsFor: (q: string) => `pour « ${q} »`,
		empty: 'Aucun cas d’usage ne correspond à cette recherche.',
		emptyHint: 'Essayez avec moins de mots, ou retirez un filtre.',
		previous: 'Page précédente',
		next: 'Page suivante',
		page: (n: number, of: number) => `Page ${n} sur ${of}`,
		ignored: 'Certains filtres de ce lien n’ont pas été compris et ont été ignorés.',
		unavailable: 'La bibliothèque n’a pas pu être chargée. Veuillez réessayer dans un instant.'
	},
	useCase: {
		back: 'Retour à la bibliothèque',
		dimensions: 'Modèle économique',
		triangleTitle: 'Triangle magique de Gassmann',
		triangleDescription: 'Qui, la clientèle cible, est au centre ; Quoi, Comment et Pourquoi sont aux sommets.',
		patterns: 'Schémas de modèle économique',
		noPatterns: 'Aucun schéma cité pour l’instant.',
		internalFactors: 'Facteurs de réussite internes',
		externalFactors: 'Facteurs de réussite externes',
		funding: 'Modes de financement',
		stakeholders: 'Parties prenantes',
		followers: 'Villes suiveuses',
		scores: 'Évolutivité, réplicabilité, durabilité',
		scoreOf: (n: number) => `${num(n)} sur 5`,
		notScored: 'non noté',
		lessons: 'Enseignements',
		replication: 'Ce qu’il faut à une ville pour le répliquer',
		published: (date: string) => `Publié le ${date}`,
		/** `name` comes from Intl.DisplayNames in French, lower-case: "français". */
		writtenIn: (name: string) => `Rédigé en ${name}`,
		retired: 'Ce cas d’usage a été retiré par son organisation.',
		draft: 'Brouillon — visible uniquement par son organisation.',
		notFound: 'Aucun cas d’usage à cette adresse.',
		notFoundHint: 'Il a peut-être été renommé ou n’a jamais été publié.'
	},
	signIn: {
		title: 'Connexion',
		joinTitle: 'Participer',
		joinText: 'Pas besoin de compte : indiquez au groupe votre nom et qui vous êtes.',
		displayName: 'Votre nom',
		join: 'Continuer',
		emailTitle: 'Animateurs et éditeurs',
		emailText: 'Nous vous envoyons par e-mail un lien de connexion à usage unique.',
		email: 'Adresse e-mail',
		sendLink: 'Recevoir un lien',
		linkSent: (email: string) => `Un lien de connexion est en route vers ${email}. Il fonctionne une seule fois, pendant une heure.`,
		outbox: 'Mode local : ouvrez la boîte d’envoi pour voir le lien',
		signedIn: (name: string) => `Session ouverte au nom de ${name}.`,
		linkInvalid: 'Ce lien de connexion n’est plus valable. Demandez-en un nouveau.',
		failed: 'La connexion n’a pas fonctionné. Veuillez réessayer.',
		changeName: 'Modifier votre nom',
		displayNameHint: 'Visible par tous dans vos ateliers. 60 caractères au plus.',
		mailSubject: 'Votre lien de connexion à Civic Canvas'
	},
	profile: {
		title: 'Votre nom',
		welcomeTitle: 'Choisissez votre nom',
		lead: 'Le nom et le type de partie prenante que les autres voient dans vos ateliers : dans la liste des personnes, à côté de votre curseur et sur vos notes. Votre adresse e-mail reste privée.',
		displayName: 'Votre nom',
		displayNameHint: '60 caractères au plus. Visible par tous dans vos ateliers.',
		save: 'Enregistrer et continuer',
		saveOnly: 'Enregistrer',
		saved: 'Enregistré. Vos ateliers affichent désormais ce nom.',
		failed: 'Votre nom n’a pas pu être enregistré. Veuillez réessayer.'
	},
	outbox: {
		title: 'Boîte d’envoi locale',
		lead: 'En mode local, aucun e-mail n’est envoyé : les liens de connexion s’affichent ici.',
		empty: 'Aucun message pour l’instant.',
		to: 'À',
		used: 'utilisé',
		expired: 'expiré',
		open: 'Ouvrir le lien'
	},
	errors: {
		notFound: 'Page introuvable',
		notFoundHint: 'La page demandée n’existe pas ici.',
		generic: 'Une erreur s’est produite',
		unavailable: 'Le chargement a échoué. Veuillez réessayer dans un instant.',
		toLibrary: 'Aller à la bibliothèque',
		toHome: 'Aller à l’accueil'
	},
	validation: {
		displayNameRequired: 'Saisissez un nom de 1 à 60 caractères.',
		stakeholderRequired: 'Choisissez à quel titre vous participez.',
		emailInvalid: 'Saisissez une adresse e-mail valide.'
	},
	stakeholderPicker: {
		legend: 'Je participe en tant que'
	},
	stakeholders: {
		city: 'Ville',
		company: 'Entreprise',
		developer: 'Développeur',
		citizen: 'Citoyen',
		academia: 'Recherche',
		other: 'Autre'
	},
	dimensions: {
		who: { name: 'Qui', question: 'Qui sont les clients cibles ?' },
		what: { name: 'Quoi', question: 'Que leur proposons-nous ?' },
		how: { name: 'Comment', question: 'Comment le produisons-nous et le fournissons-nous ?' },
		why: { name: 'Pourquoi', question: 'Pourquoi est-ce rentable : revenus et coûts ?' }
	},
	domains: {
		refurbishment: 'Rénovation',
		mobility: 'Mobilité',
		'smart-data-platform': 'Plateforme de données',
		'digital-services': 'Services numériques',
		energy: 'Énergie',
		environment: 'Environnement',
		'citizen-engagement': 'Participation citoyenne'
	},
	maturities: {
		idea: 'Idée',
		pilot: 'Pilote',
		operating: 'En service',
		replicated: 'Répliqué'
	},
	srs: {
		scalability: 'Évolutivité',
		replicability: 'Réplicabilité',
		sustainability: 'Durabilité'
	}
};
