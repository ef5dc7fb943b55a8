/** Spanish text for the participant's round screen; see ../en/ballot.ts. */
import type { Messages } from '../en';

export const ballot: Messages['ballot'] = {
	title: 'Tu papeleta',
	pageTitle: (workshop: string) => `Ronda · ${workshop}`,
	connecting: 'Conectando con la sesión…',
	toWorkshop: 'Volver al taller',
	phase: (title: string) => `Ahora: ${title}`,
	noRound: 'Ahora no hay ninguna ronda abierta.',
	noRoundHint: 'Cuando la persona facilitadora abra una, aparecerá aquí sola.',
	lastResults: 'Resultados de la última ronda',
	observer: 'Sigues esta ronda como observador/a: la ves, pero no votas.',
	kinds: {
		writing: 'Escritura privada',
		dots: 'Votación por puntos',
		scores: 'Puntuación',
		ranking: 'Clasificación'
	},
	voted: (n: number, of: number) => `Han votado ${n} de ${of}`,
	wrote: (n: number, of: number) => `Han escrito ${n} de ${of}`,
	dots: {
		intro: (budget: number, cap: number | null) =>
			`Da ${budget === 1 ? 'tu punto' : `tus ${budget} puntos`} a las notas que apoyas${cap === null ? '' : cap === 1 ? ', como máximo uno por nota' : `, como máximo ${cap} por nota`}. Puedes cambiarlos hasta que se cierre la ronda.`,
		left: (n: number, of: number) => `Te ${n === 1 ? 'queda' : 'quedan'} ${n} de ${of} ${of === 1 ? 'punto' : 'puntos'}`,
		yours: (n: number) => (n === 1 ? '1 punto' : `${n} puntos`),
		add: (label: string) => `Dar un punto a «${label}»`,
		remove: (label: string) => `Quitar un punto de «${label}»`,
		why: { cap: 'Máximo permitido en esta nota' }
	},
	scores: {
		intro: 'Puntúa cada nota de 1 (flojo) a 5 (fuerte) en cada criterio. Cada respuesta se guarda al momento.',
		scored: (n: number, of: number) => `${n} de ${of} puntuaciones dadas`,
		low: 'flojo',
		high: 'fuerte'
	},
	ranking: {
		intro: 'Ordena las notas a tu gusto, la mejor primero: arrastra un tirador, usa las flechas o enfoca un tirador y pulsa las teclas de flecha arriba y abajo.',
		handle: (label: string, place: number, of: number) => `Mover «${label}», ahora ${place} de ${of}`,
		up: (label: string) => `Subir «${label}»`,
		down: (label: string) => `Bajar «${label}»`,
		moved: (label: string, place: number, of: number) => `«${label}» es ahora ${place} de ${of}.`,
		save: 'Guardar mi orden',
		saved: 'Tu orden está guardado.',
		unsaved: 'Tu orden aún no está guardado.',
		never: 'Aún no has guardado ningún orden.'
	},
	writing: {
		intro: 'Escribe tus ideas, una por nota. Nadie más las ve, ni siquiera la persona facilitadora, hasta que esta las muestra en el lienzo.',
		authors: 'Al mostrarlas, tus notas aparecen con tu nombre.',
		anonymous: 'Al mostrarlas, tus notas aparecen sin tu nombre.',
		label: 'Tu idea',
		add: 'Añadir',
		yours: (n: number) => (n === 0 ? 'Aún no has escrito nada.' : n === 1 ? 'Tu nota (solo la ves tú)' : `Tus ${n} notas (solo las ves tú)`),
		edit: 'Cambiar',
		editLabel: (n: number) => `Cambiar la nota ${n}`,
		save: 'Guardar',
		cancel: 'Cancelar',
		remove: 'Quitar',
		removeLabel: (n: number) => `Quitar la nota ${n}`,
		text: (n: number) => `Texto de la nota ${n}`
	},
	saving: 'Guardando…',
	loadFailed: 'No se ha podido cargar tu papeleta. Revisa tu conexión; se cargará de nuevo cuando vuelvas a estar en línea.'
};
