/** Italian text for running a session: refusals of the session and ballot functions; see ../en/session.ts. */
import type { Messages } from '../en';

export const session: Messages['session'] = {
	/** By the HINT key the database functions raise with (facilitation migration). */
	refusals: {
		'not-facilitator': 'Solo un facilitatore di questo workshop può farlo.',
		'not-member': 'Non fai più parte di questo workshop.',
		observer: 'Gli osservatori seguono la sessione ma non votano.',
		'not-found': 'Questo elemento non fa più parte del workshop. Ricarica la pagina.',
		'round-kind': 'Questo turno richiede un altro tipo di scheda.',
		'round-closed': 'Questo turno è chiuso: le schede non si possono più cambiare.',
		'round-open': 'C’è già un altro turno aperto. Prima chiudilo.',
		'round-block': 'Un turno di scrittura richiede un canvas e un blocco.',
		'round-criteria': 'Un turno di punteggi richiede almeno un criterio.',
		'round-candidates': 'Scegli almeno due note con testo (al massimo 40).',
		budget: 'Non hai più bollini. Prima togline uno da un’altra nota.',
		cap: 'Hai già dato a questa nota il massimo di bollini consentito.',
		'no-vote': 'Non hai nessun bollino su questa nota.',
		'not-candidate': 'Questa nota non fa parte di questo turno.',
		'not-criterion': 'Questo criterio non fa parte di questo turno.',
		'score-range': 'Un punteggio va da 1 a 5.',
		'ranking-incomplete': 'Metti in ordine tutte le note, ciascuna una sola volta.',
		hidden: 'I risultati compaiono quando il facilitatore li rivela.',
		'timer-duration': 'Un timer dura da 1 secondo a 24 ore.',
		'timer-action': 'Il timer non può farlo.',
		invalid: 'La richiesta non è stata capita. Ricarica la pagina e riprova.',
		failed: 'Non ha funzionato. Controlla la connessione e riprova.'
	}
};
