/** Italian text for organisations, their members and invitations; see ../en/organizations.ts. */
import type { Messages } from '../en';

export const organizations: Messages['organizations'] = {
	nav: 'Organizzazioni',
	list: {
		title: 'Organizzazioni',
		lead: 'Comuni, imprese ed enti che organizzano workshop e pubblicano casi d’uso nel catalogo.',
		empty: 'Ancora nessuna organizzazione.',
		yours: (role: string) => `Il tuo ruolo: ${role}`,
		createTitle: 'Nuova organizzazione',
		createLead: 'Ne diventi amministratore: inviti i membri e scegli chi può pubblicare.',
		signInToCreate: 'Accedi con la tua email per creare un’organizzazione.',
		needsEmail: 'Per creare un’organizzazione serve l’accesso con la tua email; chi partecipa con un codice non può farlo.',
		name: 'Nome',
		nameHint: 'es. «Comune di Oulu». Massimo 120 caratteri; il suo indirizzo viene ricavato dal nome.',
		kind: 'Tipo',
		country: 'Paese',
		countryHint: 'Facoltativo. Massimo 60 caratteri.',
		submit: 'Crea l’organizzazione'
	},
	kinds: {
		city: 'Comune',
		company: 'Impresa',
		research: 'Ricerca',
		public_body: 'Ente pubblico',
		network: 'Rete',
		other: 'Altro'
	},
	roles: {
		member: 'Membro',
		publisher: 'Editore',
		admin: 'Amministratore'
	},
	roleHelp: {
		member: 'I membri leggono le bozze dell’organizzazione.',
		publisher: 'Gli editori inoltre pubblicano, modificano e ritirano i casi d’uso dell’organizzazione.',
		admin: 'Gli amministratori inoltre invitano membri e cambiano i ruoli.'
	},
	page: {
		back: 'Tutte le organizzazioni',
		useCases: 'Casi d’uso pubblicati',
		noUseCases: 'Ancora nessun caso d’uso pubblicato.',
		members: 'Membri',
		you: '(tu)',
		roleOf: (name: string) => `Ruolo di ${name}`,
		changeRole: 'Cambia ruolo',
		remove: 'Rimuovi',
		removeConfirm: (name: string) => `Rimuovere ${name} da questa organizzazione?`,
		removed: (name: string) => `${name} non è più membro.`,
		roleChanged: (name: string, role: string) => `Nuovo ruolo di ${name}: ${role}.`,
		leave: 'Lascia l’organizzazione',
		leaveConfirm: 'Lasciare questa organizzazione? Per rientrare ti servirà un nuovo invito.',
		lastAdminHint: 'Sei l’unica persona con il ruolo di amministratore: nomina qualcun altro amministratore prima di uscire o di cambiare ruolo.',
		inviteTitle: 'Invita qualcuno',
		inviteLead: (days: number) => `Riceverà per email un link per accedere ed entrare. Vale ${days === 1 ? '1 giorno' : `${days} giorni`}.`,
		email: 'Indirizzo email',
		role: 'Ruolo',
		invite: 'Invia l’invito',
		invited: (email: string) => `Invito inviato a ${email}.`,
		invitedLocal: 'Modalità locale: il link è nella posta in uscita.',
		pending: 'Inviti aperti',
		noPending: 'Nessun invito aperto.',
		expires: (date: string) => `scade il ${date}`,
		expired: 'scaduto',
		revoke: 'Revoca',
		revokeLabel: (email: string) => `Revoca l’invito a ${email}`,
		revoked: (email: string) => `L’invito a ${email} è stato revocato.`
	},
	invitation: {
		title: 'Invito',
		lead: (org: string, role: string) => `Hai ricevuto un invito a entrare in ${org} con il ruolo ${role}.`,
		sentTo: (email: string) => `Questo invito è stato inviato a ${email}.`,
		signedInAs: (email: string) => `Hai effettuato l’accesso come ${email}.`,
		otherEmail: 'Accedi con l’indirizzo a cui è stato inviato, poi apri di nuovo il link.',
		signInOther: 'Accedi con un’altra email',
		accept: 'Accetta ed entra',
		expires: (date: string) => `Puoi accettarlo fino al ${date}.`,
		unknown: 'Questo link di invito non è valido. Potrebbe essere stato revocato: chiedine uno nuovo all’amministratore.',
		mailSubject: (org: string) => `Invito a ${org} su Civic Canvas`
	},
	validation: {
		nameRequired: 'Inserisci un nome.',
		nameTooLong: 'Il nome deve avere meno di 120 caratteri.',
		kindUnknown: 'Scegli un tipo dall’elenco.',
		countryTooLong: 'Il paese deve avere meno di 60 caratteri.',
		emailInvalid: 'Inserisci un indirizzo email valido.',
		roleUnknown: 'Scegli membro, editore o amministratore.',
		memberUnknown: 'Questa persona non è un membro.',
		invitationUnknown: 'Questo invito non è più aperto.'
	},
	errors: {
		signIn: 'Prima accedi.',
		needsEmail: 'Per creare un’organizzazione serve l’accesso con la tua email; chi partecipa con un codice non può farlo.',
		nameRequired: 'Inserisci un nome da 1 a 120 caratteri.',
		kindUnknown: 'Scegli un tipo dall’elenco.',
		countryTooLong: 'Il paese deve avere meno di 60 caratteri.',
		lastAdmin: 'Un’organizzazione ha bisogno di almeno un amministratore: prima nomina qualcun altro amministratore.',
		invitationUnknown: 'Questo link di invito non è valido. Potrebbe essere stato revocato: chiedine uno nuovo all’amministratore.',
		invitationUsed: 'Questo invito è già stato accettato.',
		invitationExpired: 'Questo invito è scaduto. Chiedine uno nuovo all’amministratore.',
		invitationOtherEmail: 'Questo invito è stato inviato a un altro indirizzo email. Accedi con quell’indirizzo per accettarlo.',
		notAllowed: 'Solo un amministratore di questa organizzazione può farlo.',
		failed: 'Al momento non ha funzionato. Non è cambiato nulla; riprova.',
		sendFailed: 'L’invito è stato salvato, ma al momento non è stato possibile inviare l’email. Revocalo e riprova.',
		unavailable: 'Al momento non è stato possibile caricare questa organizzazione. Riprova tra poco.'
	}
};
