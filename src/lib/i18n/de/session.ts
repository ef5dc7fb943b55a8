/** German text for running a session: refusals of the session and ballot functions. */
import type { Messages } from '../en';

export const session: Messages['session'] = {
	/** By the HINT key the database functions raise with (facilitation migration). */
	refusals: {
		'not-facilitator': 'Das kann nur die Moderation dieses Workshops.',
		'not-member': 'Sie gehören nicht mehr zu diesem Workshop.',
		observer: 'Beobachtende verfolgen die Sitzung, stimmen aber nicht ab.',
		'not-found': 'Das gehört nicht mehr zu diesem Workshop. Laden Sie die Seite neu.',
		'round-kind': 'Diese Runde nimmt eine andere Art von Stimmabgabe an.',
		'round-closed': 'Diese Runde ist geschlossen: Stimmen lassen sich nicht mehr ändern.',
		'round-open': 'Eine andere Runde ist offen. Schließen Sie sie zuerst.',
		'round-block': 'Eine Schreibrunde braucht ein Canvas und ein Feld.',
		'round-criteria': 'Eine Bewertungsrunde braucht mindestens ein Kriterium.',
		'round-candidates': 'Wählen Sie mindestens zwei Notizen mit Text (höchstens 40).',
		budget: 'Sie haben keine Punkte mehr. Nehmen Sie zuerst einen von einer anderen Notiz zurück.',
		cap: 'Diese Notiz hat bereits so viele Ihrer Punkte, wie erlaubt sind.',
		'no-vote': 'Sie haben keinen Punkt auf dieser Notiz.',
		'not-candidate': 'Diese Notiz gehört nicht zu dieser Runde.',
		'not-criterion': 'Dieses Kriterium gehört nicht zu dieser Runde.',
		'score-range': 'Eine Bewertung reicht von 1 bis 5.',
		'ranking-incomplete': 'Bringen Sie jede Notiz genau einmal in Ihre Reihenfolge.',
		hidden: 'Die Auswertung erscheint, wenn die Moderation sie aufdeckt.',
		'timer-duration': 'Ein Timer läuft zwischen 1 Sekunde und 24 Stunden.',
		'timer-action': 'Das kann der Timer nicht.',
		invalid: 'Diese Anfrage wurde nicht verstanden. Laden Sie die Seite neu und versuchen Sie es erneut.',
		failed: 'Das hat nicht geklappt. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.'
	}
};
