/** Finnish text for the revenue and cost model (editor, totals, charts); part of ../fi.ts. */
import type { Messages } from '../en';

const years = (n: number) => (n === 1 ? '1 vuosi' : `${n} vuotta`);

export const revenue: Messages['revenue'] = {
	title: 'Tulo- ja kustannusmalli',
	lead: 'Asiakassegmentit, tulovirrat (asiakkaat × määrä × yksikköhinta sekä ylläpitäjälle jäävä osuus) ja kulut, kuten iCity-raportissa.',
	tooLarge: 'Luvut ovat liian suuria laskettaviksi tarkasti yhteen. Pienennä asiakasmäärää, määrää tai hintaa.',
	years: {
		label: 'Suunnitelman pituus',
		option: years,
		year: (n: number) => `Vuosi ${n}`,
		readOnly: (n: number) => `Suunnitelman pituus: ${years(n)}`
	},
	segments: {
		title: 'Asiakassegmentit',
		name: 'Segmentti',
		parent: 'Yläsegmentti',
		none: 'Ei yläsegmenttiä',
		add: 'Lisää segmentti',
		newName: (n: number) => `Segmentti ${n}`,
		empty: 'Ei vielä asiakassegmenttejä. Lisää ensin segmentti, sitten sen tulovirrat.',
		remove: (name: string) => `Poista segmentti ${name}`
	},
	streams: {
		title: 'Tulovirrat',
		segment: 'Segmentti',
		name: 'Tulovirta',
		customers: 'Asiakkaat',
		quantity: 'Määrä / asiakas',
		unitPrice: 'Yksikköhinta (€)',
		recurrence: 'Maksetaan',
		share: 'Jäävä osuus (%)',
		fromYear: 'Alkuvuosi',
		perYear: 'Tulot vuodessa',
		total: 'Tulot koko suunnitelmalta',
		kept: 'Jäävä osuus koko suunnitelmalta',
		add: 'Lisää tulovirta',
		needsSegment: 'Lisää ensin asiakassegmentti: jokaisella tulovirralla on maksava segmentti.',
		newName: (n: number) => `Tulovirta ${n}`,
		empty: 'Ei vielä tulovirtoja.',
		remove: (name: string) => `Poista tulovirta ${name}`
	},
	recurrence: { 'one-off': 'Kerran', annual: 'Vuosittain' },
	costs: {
		title: 'Kulut',
		name: 'Kulu',
		kind: 'Tyyppi',
		amount: 'Summa (€)',
		fromYear: 'Alkuvuosi',
		toYear: 'Loppuvuosi',
		total: 'Koko suunnitelmalta',
		add: 'Lisää kulu',
		newName: (n: number) => `Kulu ${n}`,
		empty: 'Ei vielä kuluja.',
		remove: (name: string) => `Poista kulu ${name}`,
		once: 'kerran'
	},
	kinds: { capex: 'CAPEX', opex: 'OPEX' },
	field: (column: string, row: string) => `${column}: ${row}`,
	totals: {
		title: 'Yhteensä',
		bySegment: 'Segmenteittäin',
		byYear: 'Vuosittain',
		segment: 'Segmentti',
		year: 'Vuosi',
		revenue: 'Tulot',
		kept: 'Jäävä osuus',
		capex: 'CAPEX',
		opex: 'OPEX',
		balance: 'Jäävä osuus − kulut',
		overall: 'Koko suunnitelma',
		total: 'Yhteensä'
	},
	charts: {
		segments: 'Tulot segmenteittäin ja tulovirroittain',
		segmentsNote: 'Tulot koko suunnitelmalta; kukin väri on yksi tulovirta.',
		years: 'CAPEX, OPEX ja jäävä osuus vuosittain',
		yearsNote: 'Mitä kunakin vuonna kuluu verrattuna siihen, mitä ylläpitäjälle jää.',
		legendStreams: 'Tulovirrat',
		noStreams: 'Ei vielä piirrettäviä tulovirtoja.',
		noYears: 'Ei vielä piirrettäviä kuluja tai tuloja.',
		missingSegment: 'Ei segmenttiä'
	},
	errors: {
		empty: 'Anna luku.',
		invalid: 'Tähän kenttään ei käy tällainen luku. Käytä numeroita, esim. 15 000,50.',
		negative: 'Ei saa olla negatiivinen.',
		tooManyDecimals: 'Liikaa desimaaleja (enintään sentit; lukumäärät kokonaislukuina).',
		tooLarge: 'Liian suuri.',
		notNegative: 'Ei saa olla negatiivinen.',
		nameRequired: 'Anna nimi.',
		nameTooLong: 'Enintään 120 merkkiä.',
		toBeforeFrom: 'Viimeinen vuosi ei voi olla ennen ensimmäistä.',
		unknownSegment: 'Valitse tämän mallin segmentti.',
		ownParent: 'Segmentti ei voi olla osa itseään.',
		parentHasParent: 'Valitse segmentti, ei alasegmenttiä (vain yksi taso).',
		hasChildren: 'Tällä segmentillä on alasegmenttejä, joten siitä ei voi tulla alasegmenttiä.',
		inUse: 'Siirrä tai poista ensin sen tulovirrat ja alasegmentit.'
	}
};
