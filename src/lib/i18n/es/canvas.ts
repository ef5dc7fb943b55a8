/** Spanish text for the canvas; see ../en/canvas.ts. */
import type { Messages } from '../en';

export const canvas: Messages['canvas'] = {
	page: {
		title: (canvas: string, workshop: string) => `${canvas} · ${workshop}`,
		workshop: 'Volver al taller',
		canvases: 'Lienzos de este taller',
		loading: 'Cargando el lienzo…',
		lock: 'Bloquear lienzo',
		unlock: 'Desbloquear lienzo'
	},
	readOnly: {
		observer: 'Observas este taller: puedes mirar, hacer zoom y seguir a otras personas, pero no cambiar nada.',
		locked: 'La persona facilitadora ha bloqueado este lienzo: puedes mirar, pero de momento no editarlo.',
		lockedFacilitator: 'Este lienzo está bloqueado para participantes. Como facilitador/a, aún puedes editarlo.'
	},
	board: {
		label: 'Lienzo',
		help: 'Arrastra un espacio vacío para moverte; pellizca, o usa la rueda con Ctrl, para hacer zoom. Haz doble clic o doble toque para añadir una nota. Tab pasa de una nota a otra, Intro edita una, las flechas la mueven (con Mayús, más lejos; con Alt, cambian su tamaño), Espacio la selecciona y Supr la borra.',
		helpReadOnly: 'Arrastra para moverte; pellizca, o usa la rueda con Ctrl, para hacer zoom. Tab pasa de una nota a otra.'
	},
	note: {
		label: (author: string, words: string) => `Nota de ${author}: ${words}`,
		empty: '(vacía)',
		selected: 'seleccionada',
		inCluster: (name: string) => `en el grupo «${name}»`,
		editedBy: (names: string) => `la está editando ${names}`,
		you: 'tú',
		someone: (stakeholder: string) => `alguien (${stakeholder})`,
		textLabel: 'Texto de la nota',
		/** A phone's editing sheet: ends editing, as leaving the text box does. */
		doneEditing: 'Listo',
		useCaseUnknown: 'Caso de uso',
		moreUseCases: (n: number) => `+${n}`,
		opensInNewTab: '(se abre en otra pestaña)',
		dots: (n: number) => (n === 1 ? '1 punto' : `${n} puntos`)
	},
	toolbar: {
		label: 'Herramientas del lienzo',
		addNote: 'Añadir nota',
		undo: 'Deshacer',
		redo: 'Rehacer',
		zoomIn: 'Acercar',
		zoomOut: 'Alejar',
		fit: 'Ajustar a la pantalla',
		zoomLevel: (percent: number) => `Zoom ${percent} %`
	},
	blockPicker: {
		title: '¿Para qué bloque es tu nota?',
		cancel: 'Cancelar'
	},
	selection: {
		label: 'Notas seleccionadas',
		count: (n: number) => (n === 1 ? '1 nota seleccionada' : `${n} notas seleccionadas`),
		edit: 'Editar texto',
		color: 'Color',
		tags: 'Quién, Qué, Cómo, Valor',
		tagAs: (dimension: string) => `Etiquetar como ${dimension}`,
		useCases: 'Casos de uso',
		link: 'Enlazar notas',
		unlink: 'Quitar enlace',
		cluster: 'Agrupar',
		dissolveCluster: 'Deshacer grupo',
		rename: 'Renombrar grupo',
		duplicate: 'Duplicar',
		delete: 'Borrar',
		clear: 'Quitar selección',
		putToVote: 'Someter a votación',
		summonHere: 'Traer a todo el mundo aquí'
	},
	vote: {
		title: 'Someter a votación las notas seleccionadas',
		candidates: (n: number) => (n === 1 ? 'Hay 1 nota con texto seleccionada' : `Hay ${n} notas con texto seleccionadas`),
		kind: 'Cómo se decide',
		kinds: { dots: 'Puntos', scores: 'Puntuación', ranking: 'Clasificación' },
		kindHints: {
			dots: 'Cada persona da unos pocos puntos a las notas que apoya.',
			scores: 'Cada persona puntúa cada nota de 1 a 5 en cada criterio.',
			ranking: 'Cada persona ordena las notas.'
		},
		roundTitle: 'Pregunta (opcional)',
		roundTitlePlaceholder: 'p. ej. ¿Qué servicio creamos primero?',
		budget: 'Puntos por persona',
		cap: 'Máximo de puntos en una nota',
		noCap: 'Sin límite',
		criteria: 'Criterios',
		criteriaSets: { oulu: 'Escalabilidad, replicabilidad, sostenibilidad', atos: 'Los cuatro factores (Atos)', own: 'Criterios propios' },
		ownCriteria: 'Criterios, uno por línea',
		open: 'Abrir la ronda',
		opening: 'Abriendo…',
		cancel: 'Cancelar'
	},
	summoned: 'La persona facilitadora ha traído aquí a todo el mundo.',
	colors: {
		label: 'Color de la nota',
		stakeholder: (stakeholder: string) => `Color de ${stakeholder}`,
		/** Names of SEGMENT_COLORS (src/lib/domain/templates.ts), in the same order. */
		segments: ['Naranja', 'Azul cielo', 'Verde', 'Amarillo', 'Rojo', 'Rosa', 'Lavanda', 'Gris']
	},
	cluster: {
		createTitle: 'Agrupar las notas seleccionadas',
		renameTitle: 'Renombrar el grupo',
		name: 'Nombre del grupo',
		create: 'Agrupar',
		save: 'Guardar',
		cancel: 'Cancelar'
	},
	picker: {
		title: 'Enlazar casos de uso de la biblioteca',
		search: 'Buscar en la biblioteca',
		placeholder: 'p. ej. aparcamiento, sensores',
		searching: 'Buscando…',
		results: (n: number) => (n === 1 ? '1 caso de uso encontrado' : `${n} casos de uso encontrados`),
		empty: 'Ningún caso de uso coincide con esta búsqueda.',
		failed: 'No se ha podido buscar en la biblioteca. Vuelve a intentarlo.',
		link: (title: string) => `Enlazar ${title}`,
		unlink: (title: string) => `Quitar ${title}`,
		linkShort: 'Enlazar',
		unlinkShort: 'Quitar',
		linked: 'Enlazado a esta nota',
		none: 'Aún no hay ningún caso de uso enlazado.',
		close: 'Listo'
	},
	status: {
		label: 'Conexión',
		connecting: 'Conectando…',
		live: 'En directo',
		reconnecting: 'Reconectando…',
		offline: 'Sin conexión: los cambios se guardan en este dispositivo',
		offlineNotSaved: 'Sin conexión: no cierres esta página, los cambios no se pueden guardar en este dispositivo',
		pending: 'Cambios hechos sin conexión pendientes de enviar',
		synced: 'Todos los cambios enviados',
		closed: 'Ya no tienes acceso a este lienzo. Puede que tus últimos cambios no se hayan enviado.'
	},
	presence: {
		label: 'Personas en este lienzo',
		toggle: (n: number) => (n === 1 ? 'Solo estás tú' : `${n} personas aquí`),
		you: (name: string) => `${name} (tú)`,
		follow: (name: string) => `Seguir a ${name}`,
		stopFollowing: 'Dejar de seguir',
		following: (name: string) => `Siguiendo a ${name}`,
		editing: 'editando una nota',
		followButton: 'Seguir',
		followingButton: 'Siguiendo'
	},
	announce: {
		added: 'Nota añadida.',
		deleted: (n: number) => (n === 1 ? 'Nota borrada.' : `${n} notas borradas.`),
		duplicated: 'Nota duplicada.',
		clustered: (name: string) => `Agrupadas como «${name}».`,
		clusterDissolved: 'Grupo deshecho.',
		linked: 'Notas enlazadas.',
		unlinked: 'Enlace quitado.',
		undone: 'Deshecho.',
		redone: 'Rehecho.',
		failed: 'No se ha podido hacer ese cambio.'
	}
};
