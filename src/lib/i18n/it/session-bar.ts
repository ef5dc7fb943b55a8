/** Italian text for the session bar on the workshop and canvas pages; see ../en/session-bar.ts. */
import type { Messages } from '../en';

export const sessionBar: Messages['sessionBar'] = {
	label: 'Sessione',
	phase: 'Fase attuale',
	timer: 'Tempo rimasto',
	timerPaused: 'in pausa',
	timeUp: 'Tempo scaduto',
	voteNow: 'Vota ora',
	writeNow: 'Scrivi ora',
	console: 'Console',
	consoleFull: 'Console di facilitazione',
	jumpBack: 'Torna lì',
	jumpBackHint: 'Torna dove il facilitatore ha portato tutti'
};
