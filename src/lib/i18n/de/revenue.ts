/** German text for the revenue and cost model (editor, totals, charts). */
import type { Messages } from '../en';

const years = (n: number) => (n === 1 ? '1 Jahr' : `${n} Jahre`);

export const revenue: Messages['revenue'] = {
	title: 'Erlös- und Kostenmodell',
	lead: 'Kundensegmente, Einnahmequellen (Kunden × Menge × Stückpreis, mit dem Anteil, der beim Betreiber verbleibt) und Kosten, wie im iCity-Bericht.',
	tooLarge: 'Diese Zahlen sind zu groß, um sie genau zu addieren. Verringern Sie eine Kundenzahl, eine Menge oder einen Preis.',
	years: {
		label: 'Planungszeitraum',
		option: years,
		year: (n: number) => `Jahr ${n}`,
		readOnly: (n: number) => `Planungszeitraum: ${years(n)}`
	},
	segments: {
		title: 'Kundensegmente',
		name: 'Segment',
		parent: 'Teil von',
		none: 'Keinem (Hauptsegment)',
		add: 'Segment hinzufügen',
		newName: (n: number) => `Segment ${n}`,
		empty: 'Noch kein Kundensegment. Fügen Sie eines hinzu, dann seine Einnahmequellen.',
		remove: (name: string) => `Segment ${name} entfernen`
	},
	streams: {
		title: 'Einnahmequellen',
		segment: 'Segment',
		name: 'Quelle',
		customers: 'Kunden',
		quantity: 'Menge je Kunde',
		unitPrice: 'Stückpreis (€)',
		recurrence: 'Zahlung',
		share: 'Betreiberanteil (%)',
		fromYear: 'Ab',
		perYear: 'Erlös pro Jahr',
		total: 'Erlös im Zeitraum',
		kept: 'Betreiberanteil im Zeitraum',
		add: 'Einnahmequelle hinzufügen',
		needsSegment: 'Fügen Sie zuerst ein Kundensegment hinzu: Jede Einnahmequelle hat ein Segment, das zahlt.',
		newName: (n: number) => `Quelle ${n}`,
		empty: 'Noch keine Einnahmequelle.',
		remove: (name: string) => `Einnahmequelle ${name} entfernen`
	},
	recurrence: { 'one-off': 'Einmalig', annual: 'Jährlich' },
	costs: {
		title: 'Kosten',
		name: 'Kostenposten',
		kind: 'Art',
		amount: 'Betrag (€)',
		fromYear: 'Ab',
		toYear: 'Bis',
		total: 'Im Zeitraum',
		add: 'Kosten hinzufügen',
		newName: (n: number) => `Kosten ${n}`,
		empty: 'Noch keine Kosten.',
		remove: (name: string) => `Kostenposten ${name} entfernen`,
		once: 'einmalig'
	},
	kinds: { capex: 'CAPEX', opex: 'OPEX' },
	field: (column: string, row: string) => `${column}: ${row}`,
	totals: {
		title: 'Summen',
		bySegment: 'Je Segment',
		byYear: 'Je Jahr',
		segment: 'Segment',
		year: 'Jahr',
		revenue: 'Erlös',
		kept: 'Betreiberanteil',
		capex: 'CAPEX',
		opex: 'OPEX',
		balance: 'Betreiberanteil − Kosten',
		overall: 'Gesamter Plan',
		total: 'Summe'
	},
	charts: {
		segments: 'Erlöse nach Segment und Einnahmequelle',
		segmentsNote: 'Erlöse über den gesamten Planungszeitraum; jede Farbe ist eine Einnahmequelle.',
		years: 'CAPEX, OPEX und Betreiberanteil pro Jahr',
		yearsNote: 'Was jedes Jahr ausgegeben wird, gegenüber dem, was beim Betreiber verbleibt.',
		legendStreams: 'Einnahmequellen',
		noStreams: 'Noch keine Einnahmequelle zum Darstellen.',
		noYears: 'Noch keine Ausgaben oder Erlöse zum Darstellen.',
		missingSegment: 'Kein Segment'
	},
	errors: {
		empty: 'Geben Sie eine Zahl ein.',
		invalid: 'Keine Zahl, die dieses Feld annimmt. Verwenden Sie Ziffern, z. B. 15.000,50.',
		negative: 'Darf nicht negativ sein.',
		tooManyDecimals: 'Zu viele Nachkommastellen (höchstens Cent; ganze Zahlen bei Anzahlen).',
		tooLarge: 'Zu groß.',
		notNegative: 'Darf nicht negativ sein.',
		nameRequired: 'Geben Sie einen Namen ein.',
		nameTooLong: 'Höchstens 120 Zeichen.',
		toBeforeFrom: 'Das letzte Jahr kann nicht vor dem ersten liegen.',
		unknownSegment: 'Wählen Sie ein Segment dieses Modells.',
		ownParent: 'Ein Segment kann nicht Teil von sich selbst sein.',
		parentHasParent: 'Wählen Sie ein Segment, kein Untersegment (nur eine Ebene).',
		hasChildren: 'Dieses Segment hat Untersegmente und kann deshalb keines werden.',
		inUse: 'Verschieben oder entfernen Sie zuerst seine Einnahmequellen und Untersegmente.'
	}
};
