/** UI text for organisations, their members and invitations; part of the French catalogue (../fr.ts). */
import type { Messages } from '../en';
import { one } from './format';

export const organizations: Messages['organizations'] = {
	nav: 'Organisations',
	list: {
		title: 'Organisations',
		lead: 'Villes, entreprises et agences qui animent des ateliers et publient des cas d’usage dans la bibliothèque.',
		empty: 'Aucune organisation pour l’instant.',
		yours: (role: string) => `Votre rôle : ${role}`,
		createTitle: 'Nouvelle organisation',
		createLead: 'Vous en devenez l’admin : vous invitez les membres et choisissez qui peut publier.',
		signInToCreate: 'Connectez-vous avec votre adresse e-mail pour créer une organisation.',
		needsEmail: 'Pour créer une organisation, il faut se connecter avec son adresse e-mail ; les participants entrés avec un code ne le peuvent pas.',
		name: 'Nom',
		nameHint: 'p. ex. « Ville d’Oulu ». 120 caractères au plus ; son adresse en est tirée.',
		kind: 'Type',
		country: 'Pays',
		countryHint: 'Facultatif. 60 caractères au plus.',
		submit: 'Créer l’organisation'
	},
	kinds: {
		city: 'Ville',
		company: 'Entreprise',
		research: 'Recherche',
		public_body: 'Organisme public',
		network: 'Réseau',
		other: 'Autre'
	},
	roles: {
		member: 'Membre',
		publisher: 'Éditeur',
		admin: 'Admin'
	},
	roleHelp: {
		member: 'Les membres lisent les brouillons de l’organisation.',
		publisher: 'Les éditeurs peuvent aussi publier, modifier et retirer ses cas d’usage.',
		admin: 'Les admins peuvent aussi inviter des membres et changer les rôles.'
	},
	page: {
		back: 'Toutes les organisations',
		useCases: 'Cas d’usage publiés',
		noUseCases: 'Aucun cas d’usage publié pour l’instant.',
		members: 'Membres',
		you: '(vous)',
		roleOf: (name: string) => `Rôle de ${name}`,
		changeRole: 'Changer le rôle',
		remove: 'Retirer',
		removeConfirm: (name: string) => `Retirer ${name} de cette organisation ?`,
		removed: (name: string) => `${name} n’est plus membre.`,
		roleChanged: (name: string, role: string) => `Nouveau rôle de ${name} : ${role}.`,
		leave: 'Quitter l’organisation',
		leaveConfirm: 'Quitter cette organisation ? Il vous faudra une nouvelle invitation pour revenir.',
		lastAdminHint: 'Vous en êtes le seul admin : nommez quelqu’un d’autre admin avant de partir ou de changer de rôle.',
		inviteTitle: 'Inviter quelqu’un',
		inviteLead: (days: number) => `La personne reçoit par e-mail un lien qui la connecte et lui permet de rejoindre l’organisation. Il est valable ${days} ${one(days) ? 'jour' : 'jours'}.`,
		email: 'Adresse e-mail',
		role: 'Rôle',
		invite: 'Envoyer l’invitation',
		invited: (email: string) => `Invitation envoyée à ${email}.`,
		invitedLocal: 'Mode local : le lien est dans la boîte d’envoi.',
		pending: 'Invitations en attente',
		noPending: 'Aucune invitation en attente.',
		expires: (date: string) => `expire le ${date}`,
		expired: 'expirée',
		revoke: 'Révoquer',
		revokeLabel: (email: string) => `Révoquer l’invitation envoyée à ${email}`,
		revoked: (email: string) => `L’invitation envoyée à ${email} est révoquée.`
	},
	invitation: {
		title: 'Invitation',
		lead: (org: string, role: string) => `Vous avez reçu une invitation à rejoindre ${org} avec le rôle ${role}.`,
		sentTo: (email: string) => `Cette invitation a été envoyée à ${email}.`,
		signedInAs: (email: string) => `Session ouverte avec ${email}.`,
		otherEmail: 'Connectez-vous avec l’adresse à laquelle elle a été envoyée, puis ouvrez à nouveau le lien.',
		signInOther: 'Se connecter avec une autre adresse',
		accept: 'Accepter et rejoindre',
		expires: (date: string) => `Elle peut être acceptée jusqu’au ${date}.`,
		unknown: 'Ce lien d’invitation n’est pas valable. L’invitation a peut-être été révoquée ; demandez-en une nouvelle à l’admin.',
		mailSubject: (org: string) => `Invitation à rejoindre ${org} sur Civic Canvas`
	},
	validation: {
		nameRequired: 'Saisissez un nom.',
		nameTooLong: 'Le nom doit compter 120 caractères au plus.',
		kindUnknown: 'Choisissez un type dans la liste.',
		countryTooLong: 'Le pays doit compter 60 caractères au plus.',
		emailInvalid: 'Saisissez une adresse e-mail valide.',
		roleUnknown: 'Choisissez membre, éditeur ou admin.',
		memberUnknown: 'Cette personne n’est pas membre.',
		invitationUnknown: 'Cette invitation n’est plus en attente.'
	},
	errors: {
		signIn: 'Connectez-vous d’abord.',
		needsEmail: 'Pour créer une organisation, il faut se connecter avec son adresse e-mail ; les participants entrés avec un code ne le peuvent pas.',
		nameRequired: 'Saisissez un nom de 1 à 120 caractères.',
		kindUnknown: 'Choisissez un type dans la liste.',
		countryTooLong: 'Le pays doit compter 60 caractères au plus.',
		lastAdmin: 'Une organisation a besoin d’au moins un admin : nommez d’abord quelqu’un d’autre admin.',
		invitationUnknown: 'Ce lien d’invitation n’est pas valable. L’invitation a peut-être été révoquée ; demandez-en une nouvelle à l’admin.',
		invitationUsed: 'Cette invitation a déjà été acceptée.',
		invitationExpired: 'Cette invitation a expiré. Demandez-en une nouvelle à l’admin.',
		invitationOtherEmail: 'Cette invitation a été envoyée à une autre adresse e-mail. Connectez-vous avec cette adresse pour l’accepter.',
		notAllowed: 'Seul un admin de cette organisation peut faire cela.',
		failed: 'Cela n’a pas fonctionné. Rien n’a été modifié ; veuillez réessayer.',
		sendFailed: 'L’invitation a été enregistrée, mais son e-mail n’a pas pu être envoyé. Révoquez-la et réessayez.',
		unavailable: 'Cette organisation n’a pas pu être chargée. Veuillez réessayer dans un instant.'
	}
};
