/** German text for organisations, their members and invitations. */
import type { Messages } from '../en';

export const organizations: Messages['organizations'] = {
	nav: 'Organisationen',
	list: {
		title: 'Organisationen',
		lead: 'Städte, Unternehmen und Behörden, die Workshops durchführen und Anwendungsfälle in der Bibliothek veröffentlichen.',
		empty: 'Noch keine Organisation.',
		yours: (role: string) => `Ihre Rolle: ${role}`,
		createTitle: 'Neue Organisation',
		createLead: 'Sie werden ihr Admin: Sie laden Mitglieder ein und bestimmen, wer veröffentlichen darf.',
		signInToCreate: 'Melden Sie sich mit Ihrer E-Mail-Adresse an, um eine Organisation anzulegen.',
		needsEmail: 'Eine Organisation anlegen können Sie nur nach Anmeldung mit Ihrer E-Mail-Adresse; wer per Code teilnimmt, kann das nicht.',
		name: 'Name',
		nameHint: 'z. B. „Stadt Oulu“. Bis zu 120 Zeichen; daraus wird ihre Adresse gebildet.',
		kind: 'Art',
		country: 'Land',
		countryHint: 'Optional. Bis zu 60 Zeichen.',
		submit: 'Organisation anlegen'
	},
	kinds: {
		city: 'Stadt',
		company: 'Unternehmen',
		research: 'Forschung',
		public_body: 'Behörde',
		network: 'Netzwerk',
		other: 'Sonstige'
	},
	roles: {
		member: 'Mitglied',
		publisher: 'Redaktion',
		admin: 'Admin'
	},
	roleHelp: {
		member: 'Mitglieder lesen die Entwürfe der Organisation.',
		publisher: 'Die Redaktion veröffentlicht, bearbeitet und zieht außerdem ihre Anwendungsfälle zurück.',
		admin: 'Admins laden außerdem Mitglieder ein und ändern Rollen.'
	},
	page: {
		back: 'Alle Organisationen',
		useCases: 'Veröffentlichte Anwendungsfälle',
		noUseCases: 'Noch kein veröffentlichter Anwendungsfall.',
		members: 'Mitglieder',
		you: '(Sie)',
		roleOf: (name: string) => `Rolle von ${name}`,
		changeRole: 'Rolle ändern',
		remove: 'Entfernen',
		removeConfirm: (name: string) => `${name} aus dieser Organisation entfernen?`,
		removed: (name: string) => `${name} ist kein Mitglied mehr.`,
		roleChanged: (name: string, role: string) => `Neue Rolle von ${name}: ${role}.`,
		leave: 'Organisation verlassen',
		leaveConfirm: 'Diese Organisation verlassen? Um zurückzukommen, brauchen Sie eine neue Einladung.',
		lastAdminHint: 'Sie sind der einzige Admin: Machen Sie eine andere Person zum Admin, bevor Sie gehen oder die Rolle abgeben.',
		inviteTitle: 'Jemanden einladen',
		inviteLead: (days: number) =>
			`Die Person erhält per E-Mail einen Link, der sie anmeldet und beitreten lässt. Er gilt ${days} ${days === 1 ? 'Tag' : 'Tage'}.`,
		email: 'E-Mail-Adresse',
		role: 'Rolle',
		invite: 'Einladung senden',
		invited: (email: string) => `Einladung an ${email} gesendet.`,
		invitedLocal: 'Lokaler Modus: Der Link liegt im Postausgang.',
		pending: 'Offene Einladungen',
		noPending: 'Keine offene Einladung.',
		expires: (date: string) => `läuft ab am ${date}`,
		expired: 'abgelaufen',
		revoke: 'Widerrufen',
		revokeLabel: (email: string) => `Einladung an ${email} widerrufen`,
		revoked: (email: string) => `Die Einladung an ${email} ist widerrufen.`
	},
	invitation: {
		title: 'Einladung',
		lead: (org: string, role: string) => `Sie sind eingeladen, ${org} mit der Rolle ${role} beizutreten.`,
		sentTo: (email: string) => `Diese Einladung ging an ${email}.`,
		signedInAs: (email: string) => `Sie sind angemeldet als ${email}.`,
		otherEmail: 'Melden Sie sich mit der Adresse an, an die sie ging, und öffnen Sie den Link dann erneut.',
		signInOther: 'Mit anderer E-Mail-Adresse anmelden',
		accept: 'Annehmen und beitreten',
		expires: (date: string) => `Sie kann bis ${date} angenommen werden.`,
		unknown: 'Dieser Einladungslink ist nicht gültig. Vielleicht wurde er widerrufen; bitten Sie den Admin um einen neuen.',
		mailSubject: (org: string) => `Einladung zu ${org} auf Civic Canvas`
	},
	validation: {
		nameRequired: 'Geben Sie einen Namen ein.',
		nameTooLong: 'Der Name darf höchstens 120 Zeichen haben.',
		kindUnknown: 'Wählen Sie eine Art aus der Liste.',
		countryTooLong: 'Das Land darf höchstens 60 Zeichen haben.',
		emailInvalid: 'Geben Sie eine gültige E-Mail-Adresse ein.',
		roleUnknown: 'Wählen Sie Mitglied, Redaktion oder Admin.',
		memberUnknown: 'Diese Person ist kein Mitglied.',
		invitationUnknown: 'Diese Einladung ist nicht mehr offen.'
	},
	errors: {
		signIn: 'Melden Sie sich zuerst an.',
		needsEmail: 'Eine Organisation anlegen können Sie nur nach Anmeldung mit Ihrer E-Mail-Adresse; wer per Code teilnimmt, kann das nicht.',
		nameRequired: 'Geben Sie einen Namen mit 1 bis 120 Zeichen ein.',
		kindUnknown: 'Wählen Sie eine Art aus der Liste.',
		countryTooLong: 'Das Land darf höchstens 60 Zeichen haben.',
		lastAdmin: 'Eine Organisation braucht mindestens einen Admin: Machen Sie zuerst eine andere Person zum Admin.',
		invitationUnknown: 'Dieser Einladungslink ist nicht gültig. Vielleicht wurde er widerrufen; bitten Sie den Admin um einen neuen.',
		invitationUsed: 'Diese Einladung wurde bereits angenommen.',
		invitationExpired: 'Diese Einladung ist abgelaufen. Bitten Sie den Admin um eine neue.',
		invitationOtherEmail: 'Diese Einladung ging an eine andere E-Mail-Adresse. Melden Sie sich mit dieser Adresse an, um sie anzunehmen.',
		notAllowed: 'Nur ein Admin dieser Organisation darf das.',
		failed: 'Das hat gerade nicht geklappt. Nichts wurde geändert; bitte versuchen Sie es erneut.',
		sendFailed: 'Die Einladung wurde gespeichert, aber ihre E-Mail konnte gerade nicht gesendet werden. Widerrufen Sie sie und versuchen Sie es erneut.',
		unavailable: 'Diese Organisation konnte gerade nicht geladen werden. Bitte versuchen Sie es gleich noch einmal.'
	}
};
