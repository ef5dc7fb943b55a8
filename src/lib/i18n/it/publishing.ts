/** Italian text for publishing an outcome to the library, editing and retiring it; see ../en/publishing.ts. */
import type { Messages } from '../en';

export const publishing: Messages['publishing'] = {
	link: 'Pubblica nel catalogo',
	title: 'Pubblica nel catalogo',
	lead: 'Trasforma l’esito di questo workshop in un caso d’uso della tua organizzazione. Prima viene salvato come bozza: finché non lo pubblichi, lo vede solo la tua organizzazione.',
	prefilled: 'Chi, Cosa, Come e Perché, i pattern, i punteggi, i finanziamenti, i fattori di successo, le lezioni e ciò che serve a una città che vuole seguirlo vengono dall’esito. Puoi cambiare tutto prima di salvare.',
	emptyOutcome: 'Questo workshop non ha ancora un esito scritto, quindi il modulo parte vuoto.',
	already: 'Casi d’uso già creati da questo workshop:',
	status: { draft: 'bozza', published: 'pubblicato', retired: 'ritirato' },
	notPublisher: 'Per pubblicare serve il ruolo di editore o amministratore in un’organizzazione. Chiedilo all’amministratore della tua organizzazione.',
	notFacilitator: 'Solo un facilitatore di questo workshop può pubblicarne l’esito.',
	edit: {
		title: 'Modifica il caso d’uso',
		lead: (organization: string) => `Un caso d’uso di ${organization}. Le modifiche compaiono nel catalogo appena salvi.`,
		save: 'Salva le modifiche',
		back: 'Torna al caso d’uso'
	},
	form: {
		language: 'Scritto in',
		languageHint: 'I testi restano come sono scritti; il catalogo ne indica la lingua e li cerca in quella lingua.',
		about: 'Il caso d’uso',
		more: 'Finanziamenti, fattori di successo e lezioni',
		organization: 'Organizzazione',
		organizationHint: 'Il caso d’uso viene pubblicato a nome di questa organizzazione.',
		title: 'Titolo',
		titleHint: 'Da 3 a 160 caratteri.',
		slug: 'Indirizzo',
		slugHint: (origin: string) => `${origin}/library/… — lettere minuscole, cifre e trattini. Proposto a partire dal titolo.`,
		city: 'Città',
		country: 'Paese',
		domain: 'Ambito',
		maturity: 'Maturità',
		summary: 'Sintesi',
		summaryHint: 'Cos’è, in due o tre frasi (da 10 a 2.000 caratteri).',
		dimensionsLegend: 'Modello di business',
		dimensionsHint: 'Per pubblicare servono tutte e quattro. Le note tenute sono elencate una per riga.',
		patterns: 'Pattern di business',
		patternsChosen: (n: number) => (n === 1 ? '1 scelto' : `${n} scelti`),
		scores: 'Scalabilità, replicabilità, sostenibilità',
		notScored: 'Nessun punteggio',
		funding: 'Meccanismi di finanziamento',
		internalFactors: 'Fattori di successo interni',
		externalFactors: 'Fattori di successo esterni',
		listHint: 'Uno per riga.',
		lessons: 'Lezioni apprese',
		replication: 'Cosa serve a una città per replicarlo',
		saveDraft: 'Salva bozza e anteprima'
	},
	bar: {
		label: 'Pubblicazione',
		lastChanged: (date: string) => `Ultima modifica: ${date}`,
		preview: 'Anteprima: così il catalogo lo mostrerà una volta pubblicato.',
		publish: 'Pubblica',
		edit: 'Modifica',
		retire: 'Ritira',
		retireConfirm: 'Ritirare questo caso d’uso? Esce dalla ricerca del catalogo; la sua pagina resta e indica che è stato ritirato.',
		republish: 'Pubblica di nuovo'
	},
	validation: {
		language: 'Scegli la lingua in cui sono scritti i testi.',
		title: 'Inserisci un titolo da 3 a 160 caratteri.',
		slug: 'Usa lettere minuscole, cifre e trattini singoli (massimo 80).',
		organization: 'Scegli un’organizzazione in cui puoi pubblicare.',
		city: 'Inserisci una città (massimo 80 caratteri).',
		country: 'Inserisci un paese (massimo 80 caratteri).',
		domain: 'Scegli un ambito.',
		maturity: 'Scegli un grado di maturità.',
		summary: 'Scrivi una sintesi da 10 a 2.000 caratteri.',
		dimensionTooLong: 'Resta sotto i 4.000 caratteri.',
		itemTooLong: 'Ogni riga deve avere meno di 300 caratteri.',
		tooManyItems: 'Massimo 50 righe.',
		textTooLong: 'Resta sotto i 4.000 caratteri.',
		invalid: 'Controlla i campi evidenziati.'
	},
	refused: {
		slugTaken: (free: string) => `Questo indirizzo è già in uso. «${free}» è libero.`,
		notAllowed: 'Non puoi farlo per questa organizzazione.',
		dimensionsMissing: 'Per pubblicare servono tutte e quattro: Chi, Cosa, Come e Perché. Modifica il caso d’uso per completarle.',
		invalid: 'Qualcosa nel modulo non è stato accettato. Controlla i valori e riprova.',
		failed: 'Al momento non è stato possibile salvare. Riprova tra poco.'
	}
};
