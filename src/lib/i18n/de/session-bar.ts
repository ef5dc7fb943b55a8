/** German text for the session bar on the workshop and canvas pages. */
import type { Messages } from '../en';

export const sessionBar: Messages['sessionBar'] = {
	label: 'Sitzung',
	phase: 'Aktuelle Phase',
	timer: 'Restzeit',
	timerPaused: 'pausiert',
	timeUp: 'Die Zeit ist um',
	voteNow: 'Jetzt abstimmen',
	writeNow: 'Jetzt schreiben',
	console: 'Konsole',
	consoleFull: 'Moderationskonsole',
	jumpBack: 'Zurückspringen',
	jumpBackHint: 'Zurück dorthin, wohin die Moderation alle geholt hat'
};
