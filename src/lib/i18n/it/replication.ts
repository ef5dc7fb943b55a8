/** Italian text for replicating a use case: the start form and the spread of a use case; see ../en/replication.ts. */
import type { Messages } from '../en';

export const replication: Messages['replication'] = {
	start: {
		title: 'Avvia un workshop da questo caso',
		lead: 'Un nuovo workshop per la tua città, con un Business Model Canvas che contiene già come note il Chi, Cosa, Come e Perché di questo caso d’uso, e una bozza di esito che ricorda da dove viene.',
		name: 'Titolo del workshop',
		city: 'Per la città',
		otherCity: 'Un’altra città',
		typedCity: 'Città',
		typedCityHint: 'La città a cui è destinato il workshop.',
		submit: 'Avvia il workshop',
		signIn: 'Accedi per avviare un workshop da questo caso',
		needsAccount: 'Accedi con la tua email per avviare un workshop da questo caso; il nome da partecipante non basta.',
		purpose: (useCase: string, city: string) => `Replicare «${useCase}» a ${city}.`,
		canvasTitle: 'Business Model Canvas',
		back: 'Torna al caso d’uso',
		validation: {
			titleRequired: 'Dai un titolo al workshop.',
			titleTooLong: 'Un titolo ha al massimo 160 caratteri.',
			cityRequired: 'Indica per quale città è il workshop.',
			cityTooLong: 'Il nome di una città ha al massimo 120 caratteri.'
		},
		failed: 'Non è stato possibile avviare il workshop. Non è stato salvato nulla; riprova.',
		notFound: 'Questo caso d’uso non è nel catalogo.'
	},
	spread: {
		title: 'Repliche',
		lead: 'Dove è arrivato questo caso d’uso partendo dalla sua prima città: le repliche registrate, con l’anno, e le città che lo seguono indicate dal caso d’uso.',
		none: 'Nessuna città ha ancora replicato questo caso d’uso.',
		chartTitle: (city: string) => `Come il caso d’uso si è diffuso da ${city}`,
		source: 'prima città',
		replicated: (year: string) => `replicato nel ${year}`,
		follower: 'lo segue, nessuna replica registrata',
		listTitle: 'Repliche e città che lo seguono',
		replicatedBy: (organisation: string, city: string, date: string) => `${organisation}, ${city}, ${date}`,
		followerItem: (city: string) => `${city}: città che lo segue, nessuna replica registrata`,
		unknownOrganisation: 'Un’organizzazione'
	}
};
