/** Spanish text for the outcome of a workshop; see ../en/outcome.ts. */
import type { Messages } from '../en';

export const outcome: Messages['outcome'] = {
	link: 'Resultado',
	title: 'Resultado',
	pageTitle: (workshop: string) => `Resultado · ${workshop}`,
	backToWorkshop: 'Volver al taller',
	lead: 'Lo que ha decidido el grupo: el modelo de negocio en las cuatro dimensiones de Gassmann, los patrones que sigue, si se sostiene como mercado multilateral, cómo escala y qué necesita una ciudad que quiera seguirlo.',
	editing: 'Editas este resultado con las demás personas facilitadoras. Todo se guarda mientras escribes.',
	reading: 'Las personas facilitadoras redactan este resultado; aquí puedes leerlo a medida que crece.',
	statusLabel: 'Estado del guardado',
	status: {
		connecting: 'Conectando…',
		live: 'Guardado',
		reconnecting: 'Reconectando…',
		offline: 'Sin conexión: los cambios se quedan en este dispositivo y se guardan cuando vuelvas'
	},
	offlineNotSaved: 'Sin conexión: los cambios de este dispositivo pueden perderse si cierras la página',
	pending: 'Guardando…',
	closed: 'Ya no tienes acceso a este resultado.',

	dimensions: {
		title: 'Modelo de negocio',
		text: (name: string) => `${name}: en palabras del grupo`,
		kept: 'Notas conservadas',
		noKept: 'Aún no se ha conservado ninguna nota.',
		candidates: (name: string) => `Notas etiquetadas como ${name} en los lienzos`,
		noCandidates: (name: string) => `Aún no hay ninguna nota etiquetada como ${name} en los lienzos.`,
		allKept: (name: string) => `Todas las notas etiquetadas como ${name} están conservadas.`,
		keep: 'Conservar',
		keepNote: (text: string) => `Conservar la nota «${text}»`,
		drop: 'Quitar',
		dropNote: (text: string) => `Quitar la nota conservada «${text}»`,
		fromCanvas: (canvas: string) => `de ${canvas}`
	},

	patterns: {
		title: 'Patrones de modelo de negocio',
		hint: 'De los 55 patrones del Business Model Navigator de Gassmann.',
		none: 'Aún no se ha elegido ningún patrón.',
		search: 'Buscar un patrón',
		placeholder: 'p. ej. freemium, suscripción',
		results: (n: number) => (n === 1 ? '1 patrón' : `${n} patrones`),
		empty: 'Ningún patrón coincide.',
		unpick: (name: string) => `Quitar ${name}`,
		pickVerb: 'Elegir',
		unpickVerb: 'Quitar',
		picked: 'elegido',
		unknown: 'Patrón desconocido'
	},

	useCases: {
		title: 'Casos de uso enlazados de la biblioteca',
		none: 'Aún no hay ningún caso de uso enlazado.',
		open: 'Enlazar casos de uso',
		remove: 'Quitar',
		removeOne: (title: string) => `Quitar ${title}`,
		unknown: 'Un caso de uso que no puedes ver'
	},

	atos: {
		title: 'Prueba de mercado multilateral',
		hint: 'Los cuatro factores del documento de posición de Atos: deben cumplirse todos para que funcione un mercado multilateral.',
		factors: {
			'public-interest': 'Interés público',
			'public-engagement': 'Participación pública',
			'business-viability': 'Viabilidad empresarial',
			'market-opportunities': 'Oportunidades de mercado'
		},
		holds: '¿Se cumple?',
		yes: 'Sí',
		no: 'No',
		unknown: 'No se sabe',
		evidence: (factor: string) => `${factor}: pruebas`
	},

	scores: {
		title: 'Escalabilidad, replicabilidad, sostenibilidad',
		hint: '1 (baja) a 5 (alta).',
		none: 'Sin puntuar',
		fromRound: (title: string) => `Tomadas de la ronda «${title}».`,
		fromUnknownRound: 'Tomadas de una ronda de puntuación.',
		take: 'Tomar de una ronda',
		round: 'Ronda de puntuación',
		candidate: 'Para',
		criterion: (name: string) => `Criterio para ${name}`,
		noCriterion: 'Ninguno',
		takeButton: 'Tomar estas puntuaciones',
		noRounds: 'Aún no se ha mostrado ninguna ronda de puntuación de este taller; pon las puntuaciones a mano.',
		preview: (values: string) => `Quedaría así: ${values}`
	},

	lists: {
		funding: { title: 'Mecanismos de financiación', add: 'Añadir un mecanismo de financiación', placeholder: 'p. ej. subvención Horizonte Europa' },
		internalFactors: { title: 'Factores de éxito internos', add: 'Añadir un factor de éxito interno', placeholder: 'p. ej. un equipo municipal comprometido' },
		externalFactors: { title: 'Factores de éxito externos', add: 'Añadir un factor de éxito externo', placeholder: 'p. ej. una ley estatal de datos abiertos' },
		addButton: 'Añadir',
		none: 'Aún no hay ninguno.',
		edit: (text: string) => `Editar «${text}»`,
		remove: 'Quitar',
		removeOne: (text: string) => `Quitar «${text}»`
	},

	learned: 'Lo aprendido y lo que hace falta para replicarlo',
	lessons: 'Lecciones aprendidas',
	replicationNeeds: 'Qué necesita una ciudad seguidora para replicarlo',
	empty: 'Aún no hay nada escrito.'
};
