/** Spanish text for the presenter screen; see ../en/screen.ts. */
import type { Messages } from '../en';

export const screen: Messages['screen'] = {
	pageTitle: (workshop: string) => `Pantalla · ${workshop}`,
	join: 'Únete en',
	joinCode: 'Código',
	qr: (code: string) => `Código QR para unirse al taller con el código ${code}`,
	connecting: 'Conectando…',
	phase: 'Ahora',
	noPhase: 'Bienvenida',
	agenda: 'Agenda',
	timer: 'Tiempo restante',
	timeUp: 'Se acabó el tiempo',
	paused: 'En pausa',
	round: (kind: string, title: string) => `${kind}: ${title}`,
	voteOnPhones: 'Vota desde tu móvil',
	writeOnPhones: 'Escribe desde tu móvil',
	closed: 'Votación cerrada. Resultados en breve.',
	results: 'Resultados'
};
