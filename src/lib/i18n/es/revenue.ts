/** Spanish text for the revenue and cost model (editor, totals, charts); see ../en/revenue.ts. */
import type { Messages } from '../en';

export const revenue: Messages['revenue'] = {
	title: 'Modelo de ingresos y costes',
	lead: 'Segmentos de mercado, fuentes de ingresos (clientes × cantidad × precio unitario, con la parte que se queda el operador) y costes, como en el informe iCity.',
	tooLarge: 'Estas cifras son demasiado grandes para sumarlas con exactitud. Reduce un número de clientes, una cantidad o un precio.',
	years: {
		label: 'Duración del plan',
		option: (n: number) => (n === 1 ? '1 año' : `${n} años`),
		year: (n: number) => `Año ${n}`,
		readOnly: (n: number) => `Duración del plan: ${n === 1 ? '1 año' : `${n} años`}`
	},
	segments: {
		title: 'Segmentos de mercado',
		name: 'Segmento',
		parent: 'Parte de',
		none: 'Ninguno (es un segmento)',
		add: 'Añadir segmento',
		newName: (n: number) => `Segmento ${n}`,
		empty: 'Aún no hay segmentos de mercado. Añade uno y después sus fuentes de ingresos.',
		remove: (name: string) => `Quitar el segmento ${name}`
	},
	streams: {
		title: 'Fuentes de ingresos',
		segment: 'Segmento',
		name: 'Fuente',
		customers: 'Clientes',
		quantity: 'Cantidad por cliente',
		unitPrice: 'Precio unitario (€)',
		recurrence: 'Pago',
		share: 'Parte retenida (%)',
		fromYear: 'Desde',
		perYear: 'Ingresos al año',
		total: 'Ingresos del plan',
		kept: 'Retenido en el plan',
		add: 'Añadir fuente de ingresos',
		needsSegment: 'Primero añade un segmento de mercado: cada fuente tiene un segmento que paga.',
		newName: (n: number) => `Fuente ${n}`,
		empty: 'Aún no hay fuentes de ingresos.',
		remove: (name: string) => `Quitar la fuente de ingresos ${name}`
	},
	recurrence: { 'one-off': 'Único', annual: 'Cada año' },
	costs: {
		title: 'Costes',
		name: 'Coste',
		kind: 'Tipo',
		amount: 'Importe (€)',
		fromYear: 'Desde',
		toYear: 'Hasta',
		total: 'En el plan',
		add: 'Añadir coste',
		newName: (n: number) => `Coste ${n}`,
		empty: 'Aún no hay costes.',
		remove: (name: string) => `Quitar el coste ${name}`,
		once: 'una vez'
	},
	kinds: { capex: 'CAPEX', opex: 'OPEX' },
	field: (column: string, row: string) => `${column}: ${row}`,
	totals: {
		title: 'Totales',
		bySegment: 'Por segmento',
		byYear: 'Por año',
		segment: 'Segmento',
		year: 'Año',
		revenue: 'Ingresos',
		kept: 'Retenido',
		capex: 'CAPEX',
		opex: 'OPEX',
		balance: 'Retenido − costes',
		overall: 'Todo el plan',
		total: 'Total'
	},
	charts: {
		segments: 'Ingresos por segmento y fuente',
		segmentsNote: 'Ingresos de todo el plan; cada color es una fuente de ingresos.',
		years: 'CAPEX, OPEX e ingresos retenidos por año',
		yearsNote: 'Lo que se gasta cada año frente a lo que se queda el operador.',
		legendStreams: 'Fuentes de ingresos',
		noStreams: 'Aún no hay fuentes de ingresos que dibujar.',
		noYears: 'Aún no hay gastos ni ingresos que dibujar.',
		missingSegment: 'Sin segmento'
	},
	errors: {
		empty: 'Escribe un número.',
		invalid: 'Este campo no admite ese número. Usa cifras, p. ej. 15.000,50.',
		negative: 'No puede ser negativo.',
		tooManyDecimals: 'Demasiados decimales (como mucho, céntimos; en los recuentos, números enteros).',
		tooLarge: 'Demasiado grande.',
		notNegative: 'No puede ser negativo.',
		nameRequired: 'Ponle un nombre.',
		nameTooLong: 'Como máximo 120 caracteres.',
		toBeforeFrom: 'El último año no puede ser anterior al primero.',
		unknownSegment: 'Elige un segmento de este modelo.',
		ownParent: 'Un segmento no puede formar parte de sí mismo.',
		parentHasParent: 'Elige un segmento, no un subsegmento (un solo nivel).',
		hasChildren: 'Este segmento tiene subsegmentos, así que no puede convertirse en uno.',
		inUse: 'Primero mueve o quita sus fuentes de ingresos y subsegmentos.'
	}
};
