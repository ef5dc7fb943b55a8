/** Italian text for the revenue and cost model (editor, totals, charts); see ../en/revenue.ts. */
import type { Messages } from '../en';

const years = (n: number) => (n === 1 ? '1 anno' : `${n} anni`);

export const revenue: Messages['revenue'] = {
	title: 'Modello di ricavi e costi',
	lead: 'Segmenti di clientela, flussi di ricavi (clienti × quantità × prezzo unitario, con la quota che trattiene il gestore) e costi, come nel rapporto iCity.',
	tooLarge: 'Queste cifre sono troppo grandi per sommarle con esattezza. Riduci un numero di clienti, una quantità o un prezzo.',
	years: {
		label: 'Durata del piano',
		option: years,
		year: (n: number) => `Anno ${n}`,
		readOnly: (n: number) => `Durata del piano: ${years(n)}`
	},
	segments: {
		title: 'Segmenti di clientela',
		name: 'Segmento',
		parent: 'Parte di',
		none: 'Nessuno (segmento principale)',
		add: 'Aggiungi segmento',
		newName: (n: number) => `Segmento ${n}`,
		empty: 'Ancora nessun segmento di clientela. Aggiungine uno, poi i suoi flussi di ricavi.',
		remove: (name: string) => `Elimina il segmento ${name}`
	},
	streams: {
		title: 'Flussi di ricavi',
		segment: 'Segmento',
		name: 'Flusso',
		customers: 'Clienti',
		quantity: 'Quantità per cliente',
		unitPrice: 'Prezzo unitario (€)',
		recurrence: 'Pagamento',
		share: 'Quota trattenuta (%)',
		fromYear: 'Dall’anno',
		perYear: 'Ricavi all’anno',
		total: 'Ricavi sull’intero piano',
		kept: 'Trattenuti sull’intero piano',
		add: 'Aggiungi flusso di ricavi',
		needsSegment: 'Prima aggiungi un segmento di clientela: ogni flusso ha un segmento che paga.',
		newName: (n: number) => `Flusso ${n}`,
		empty: 'Ancora nessun flusso di ricavi.',
		remove: (name: string) => `Elimina il flusso di ricavi ${name}`
	},
	recurrence: { 'one-off': 'Una tantum', annual: 'Ogni anno' },
	costs: {
		title: 'Costi',
		name: 'Costo',
		kind: 'Tipo',
		amount: 'Importo (€)',
		fromYear: 'Dall’anno',
		toYear: 'All’anno',
		total: 'Sull’intero piano',
		add: 'Aggiungi costo',
		newName: (n: number) => `Costo ${n}`,
		empty: 'Ancora nessun costo.',
		remove: (name: string) => `Elimina il costo ${name}`,
		once: 'una tantum'
	},
	kinds: { capex: 'CAPEX', opex: 'OPEX' },
	field: (column: string, row: string) => `${column}: ${row}`,
	totals: {
		title: 'Totali',
		bySegment: 'Per segmento',
		byYear: 'Per anno',
		segment: 'Segmento',
		year: 'Anno',
		revenue: 'Ricavi',
		kept: 'Trattenuti',
		capex: 'CAPEX',
		opex: 'OPEX',
		balance: 'Trattenuti − costi',
		overall: 'Intero piano',
		total: 'Totale'
	},
	charts: {
		segments: 'Ricavi per segmento e flusso',
		segmentsNote: 'Ricavi sull’intero piano; ogni colore è un flusso di ricavi.',
		years: 'CAPEX, OPEX e ricavi trattenuti per anno',
		yearsNote: 'Quanto si spende ogni anno rispetto a quanto trattiene il gestore.',
		legendStreams: 'Flussi di ricavi',
		noStreams: 'Ancora nessun flusso di ricavi da rappresentare.',
		noYears: 'Ancora nessuna spesa o entrata da rappresentare.',
		missingSegment: 'Nessun segmento'
	},
	errors: {
		empty: 'Inserisci un numero.',
		invalid: 'Non è un numero valido per questo campo. Usa le cifre, es. 15.000,50.',
		negative: 'Non può essere negativo.',
		tooManyDecimals: 'Troppi decimali (al massimo i centesimi; numeri interi per le quantità).',
		tooLarge: 'Troppo grande.',
		notNegative: 'Non può essere negativo.',
		nameRequired: 'Dagli un nome.',
		nameTooLong: 'Al massimo 120 caratteri.',
		toBeforeFrom: 'L’ultimo anno non può precedere il primo.',
		unknownSegment: 'Scegli un segmento di questo modello.',
		ownParent: 'Un segmento non può far parte di se stesso.',
		parentHasParent: 'Scegli un segmento, non un sottosegmento (un solo livello).',
		hasChildren: 'Questo segmento ha dei sottosegmenti, quindi non può diventarne uno.',
		inUse: 'Prima sposta o elimina i suoi flussi di ricavi e sottosegmenti.'
	}
};
