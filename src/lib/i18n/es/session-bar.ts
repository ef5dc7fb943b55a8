/** Spanish text for the session bar on the workshop and canvas pages; see ../en/session-bar.ts. */
import type { Messages } from '../en';

export const sessionBar: Messages['sessionBar'] = {
	label: 'Sesión',
	phase: 'Fase actual',
	timer: 'Tiempo restante',
	timerPaused: 'en pausa',
	timeUp: 'Se acabó el tiempo',
	voteNow: 'Vota ahora',
	writeNow: 'Escribe ahora',
	console: 'Consola',
	consoleFull: 'Consola de facilitación',
	jumpBack: 'Volver',
	jumpBackHint: 'Volver adonde la persona facilitadora ha llevado a todo el mundo'
};
