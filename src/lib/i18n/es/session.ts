/** Spanish text for refusals of the session and ballot functions; see ../en/session.ts. */
import type { Messages } from '../en';

export const session: Messages['session'] = {
	/** By the HINT key the database functions raise with (facilitation migration). */
	refusals: {
		'not-facilitator': 'Solo una persona facilitadora de este taller puede hacerlo.',
		'not-member': 'Ya no formas parte de este taller.',
		observer: 'Quien observa sigue la sesión, pero no vota.',
		'not-found': 'Eso ya no forma parte de este taller. Recarga la página.',
		'round-kind': 'Esta ronda admite otro tipo de papeleta.',
		'round-closed': 'Esta ronda está cerrada: las papeletas ya no pueden cambiar.',
		'round-open': 'Hay otra ronda abierta. Ciérrala primero.',
		'round-block': 'Una ronda de escritura necesita un lienzo y un bloque.',
		'round-criteria': 'Una ronda de puntuación necesita al menos un criterio.',
		'round-candidates': 'Elige al menos dos notas con texto (como máximo 40).',
		budget: 'No te quedan puntos. Primero quita uno de otra nota.',
		cap: 'Esta nota ya tiene todos los puntos tuyos que admite.',
		'no-vote': 'No tienes ningún punto en esta nota.',
		'not-candidate': 'Esa nota no forma parte de esta ronda.',
		'not-criterion': 'Ese criterio no forma parte de esta ronda.',
		'score-range': 'Una puntuación va de 1 a 5.',
		'ranking-incomplete': 'Ordena todas las notas, cada una una sola vez.',
		hidden: 'Los resultados se ven cuando la persona facilitadora los muestra.',
		'timer-duration': 'Un temporizador dura de 1 segundo a 24 horas.',
		'timer-action': 'Eso no es algo que haga el temporizador.',
		invalid: 'No se ha entendido la petición. Recarga la página y vuelve a intentarlo.',
		failed: 'No ha funcionado. Revisa tu conexión y vuelve a intentarlo.'
	}
};
