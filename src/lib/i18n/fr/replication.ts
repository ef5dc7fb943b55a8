/** UI text for replicating a use case: the start form and the spread of a use case; part of the French catalogue (../fr.ts). */
import type { Messages } from '../en';

export const replication: Messages['replication'] = {
	start: {
		title: 'Lancer un atelier à partir de ce cas',
		lead: 'Un nouvel atelier pour votre ville, avec un Business Model Canvas qui contient déjà le Qui, le Quoi, le Comment et le Pourquoi de ce cas d’usage sous forme de notes, et un bilan provisoire qui garde la trace de sa provenance.',
		name: 'Titre de l’atelier',
		city: 'Pour la ville',
		otherCity: 'Une autre ville',
		typedCity: 'Ville',
		typedCityHint: 'La ville à laquelle l’atelier est destiné.',
		submit: 'Lancer l’atelier',
		signIn: 'Connectez-vous pour lancer un atelier à partir de ce cas',
		needsAccount: 'Connectez-vous avec votre adresse e-mail pour lancer un atelier à partir de ce cas ; un nom de participant ne suffit pas.',
		purpose: (useCase: string, city: string) => `Répliquer « ${useCase} » à ${city}.`,
		canvasTitle: 'Business Model Canvas',
		back: 'Retour au cas d’usage',
		validation: {
			titleRequired: 'Donnez un titre à l’atelier.',
			titleTooLong: 'Un titre compte 160 caractères au plus.',
			cityRequired: 'Indiquez à quelle ville l’atelier est destiné.',
			cityTooLong: 'Un nom de ville compte 120 caractères au plus.'
		},
		failed: 'L’atelier n’a pas pu être lancé. Rien n’a été conservé ; veuillez réessayer.',
		notFound: 'Ce cas d’usage n’est pas dans la bibliothèque.'
	},
	spread: {
		title: 'Réplications',
		lead: 'Le chemin de ce cas d’usage depuis sa première ville : les réplications enregistrées, avec leur année, et les villes suiveuses qu’il mentionne.',
		none: 'Aucune ville n’a encore répliqué ce cas d’usage.',
		chartTitle: (city: string) => `Comment le cas d’usage s’est diffusé depuis ${city}`,
		source: 'première ville',
		replicated: (year: string) => `répliqué en ${year}`,
		follower: 'suiveuse, sans enregistrement',
		listTitle: 'Réplications et villes suiveuses',
		replicatedBy: (organisation: string, city: string, date: string) => `${organisation}, ${city}, ${date}`,
		followerItem: (city: string) => `${city} : ville suiveuse, aucune réplication enregistrée`,
		unknownOrganisation: 'Une organisation'
	}
};
