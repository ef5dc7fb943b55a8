/** Spanish text for publishing an outcome to the library, editing and retiring it; see ../en/publishing.ts. */
import type { Messages } from '../en';

export const publishing: Messages['publishing'] = {
	link: 'Publicar en la biblioteca',
	title: 'Publicar en la biblioteca',
	lead: 'Convierte el resultado de este taller en un caso de uso de tu organización. Primero se guarda como borrador: solo lo ve tu organización hasta que lo publiques.',
	prefilled: 'Quién, Qué, Cómo y Valor, los patrones, las puntuaciones, la financiación, los factores de éxito, las lecciones y lo que necesita una ciudad seguidora vienen del resultado. Cambia lo que quieras antes de guardar.',
	emptyOutcome: 'Este taller aún no tiene resultado escrito, así que el formulario empieza vacío.',
	already: 'Casos de uso ya creados a partir de este taller:',
	status: { draft: 'borrador', published: 'publicado', retired: 'retirado' },
	notPublisher: 'Para publicar necesitas el rol de editor/a o admin en una organización. Pídeselo a quien administra tu organización.',
	notFacilitator: 'Solo una persona facilitadora de este taller puede publicar su resultado.',
	edit: {
		title: 'Editar caso de uso',
		lead: (organization: string) => `Un caso de uso de ${organization}. Los cambios aparecen en la biblioteca en cuanto guardas.`,
		save: 'Guardar cambios',
		back: 'Volver al caso de uso'
	},
	form: {
		language: 'Escrito en',
		languageHint: 'Los textos se quedan como están escritos; la biblioteca indica su idioma y los busca en ese idioma.',
		about: 'Sobre el caso de uso',
		more: 'Financiación, factores de éxito y lecciones',
		organization: 'Organización',
		organizationHint: 'El caso de uso se publica a nombre de esta organización.',
		title: 'Título',
		titleHint: 'De 3 a 160 caracteres.',
		slug: 'Dirección',
		slugHint: (origin: string) => `${origin}/library/… — letras minúsculas, cifras y guiones. Se propone a partir del título.`,
		city: 'Ciudad',
		country: 'País',
		domain: 'Ámbito',
		maturity: 'Madurez',
		summary: 'Resumen',
		summaryHint: 'Qué es, en dos o tres frases (de 10 a 2000 caracteres).',
		dimensionsLegend: 'Modelo de negocio',
		dimensionsHint: 'Para publicar hacen falta las cuatro. Las notas conservadas aparecen una por línea.',
		patterns: 'Patrones de modelo de negocio',
		patternsChosen: (n: number) => (n === 1 ? '1 elegido' : `${n} elegidos`),
		scores: 'Escalabilidad, replicabilidad, sostenibilidad',
		notScored: 'Sin puntuar',
		funding: 'Mecanismos de financiación',
		internalFactors: 'Factores de éxito internos',
		externalFactors: 'Factores de éxito externos',
		listHint: 'Uno por línea.',
		lessons: 'Lecciones aprendidas',
		replication: 'Qué necesita una ciudad para replicarlo',
		saveDraft: 'Guardar borrador y previsualizar'
	},
	bar: {
		label: 'Publicación',
		lastChanged: (date: string) => `Último cambio: ${date}`,
		preview: 'Vista previa: así lo mostrará la biblioteca cuando se publique.',
		publish: 'Publicar',
		edit: 'Editar',
		retire: 'Retirar',
		retireConfirm: '¿Retirar este caso de uso? Deja de salir en la búsqueda de la biblioteca; su página sigue y dice que se ha retirado.',
		republish: 'Volver a publicar'
	},
	validation: {
		language: 'Elige el idioma en el que están escritos los textos.',
		title: 'Escribe un título de 3 a 160 caracteres.',
		slug: 'Usa letras minúsculas, cifras y guiones sueltos (hasta 80).',
		organization: 'Elige una organización en la que publiques.',
		city: 'Escribe una ciudad (hasta 80 caracteres).',
		country: 'Escribe un país (hasta 80 caracteres).',
		domain: 'Elige un ámbito.',
		maturity: 'Elige una madurez.',
		summary: 'Escribe un resumen de 10 a 2000 caracteres.',
		dimensionTooLong: 'Debe tener menos de 4000 caracteres.',
		itemTooLong: 'Cada línea debe tener menos de 300 caracteres.',
		tooManyItems: 'Como máximo 50 líneas.',
		textTooLong: 'Debe tener menos de 4000 caracteres.',
		invalid: 'Revisa los campos marcados.'
	},
	refused: {
		slugTaken: (free: string) => `Esta dirección ya está ocupada. «${free}» está libre.`,
		notAllowed: 'No puedes hacer esto en esta organización.',
		dimensionsMissing: 'Para publicar hacen falta las cuatro: Quién, Qué, Cómo y Valor. Edita el caso de uso para completarlas.',
		invalid: 'Algo del formulario no se ha aceptado. Revisa los valores y vuelve a intentarlo.',
		failed: 'No se ha podido guardar. Vuelve a intentarlo en un momento.'
	}
};
