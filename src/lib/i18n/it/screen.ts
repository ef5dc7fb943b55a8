/** Italian text for the presenter screen (/w/<id>/screen); see ../en/screen.ts. */
import type { Messages } from '../en';

export const screen: Messages['screen'] = {
	pageTitle: (workshop: string) => `Schermo · ${workshop}`,
	join: 'Partecipa su',
	joinCode: 'Codice',
	qr: (code: string) => `Codice QR per partecipare al workshop con il codice ${code}`,
	connecting: 'Connessione…',
	phase: 'Ora',
	noPhase: 'Benvenuti',
	agenda: 'Programma',
	timer: 'Tempo rimasto',
	timeUp: 'Tempo scaduto',
	paused: 'In pausa',
	round: (kind: string, title: string) => `${kind}: ${title}`,
	voteOnPhones: 'Vota dal tuo telefono',
	writeOnPhones: 'Scrivi dal tuo telefono',
	closed: 'Il voto è chiuso. A breve i risultati.',
	results: 'Risultati'
};
