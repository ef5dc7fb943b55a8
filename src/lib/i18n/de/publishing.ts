/** German text for publishing an outcome to the library, editing and retiring it. */
import type { Messages } from '../en';

export const publishing: Messages['publishing'] = {
	link: 'In der Bibliothek veröffentlichen',
	title: 'In der Bibliothek veröffentlichen',
	lead: 'Machen Sie aus dem Ergebnis dieses Workshops einen Anwendungsfall Ihrer Organisation. Er wird zuerst als Entwurf gespeichert: Nur Ihre Organisation sieht ihn, bis Sie ihn veröffentlichen.',
	prefilled: 'Wer, Was, Wie und Wert, die Muster, Bewertungen, Finanzierung, Erfolgsfaktoren, Erkenntnisse und was eine Folgestadt braucht, stammen aus dem Ergebnis. Ändern Sie vor dem Speichern, was Sie möchten.',
	emptyOutcome: 'Für diesen Workshop ist noch kein Ergebnis geschrieben, daher beginnt das Formular leer.',
	already: 'Aus diesem Workshop bereits erstellte Anwendungsfälle:',
	status: { draft: 'Entwurf', published: 'veröffentlicht', retired: 'zurückgezogen' },
	notPublisher: 'Zum Veröffentlichen brauchen Sie in einer Organisation die Rolle Redaktion oder Admin. Bitten Sie den Admin Ihrer Organisation darum.',
	notFacilitator: 'Nur die Moderation dieses Workshops veröffentlicht sein Ergebnis.',
	edit: {
		title: 'Anwendungsfall bearbeiten',
		lead: (organization: string) => `Ein Anwendungsfall von ${organization}. Änderungen erscheinen in der Bibliothek, sobald Sie speichern.`,
		save: 'Änderungen speichern',
		back: 'Zurück zum Anwendungsfall'
	},
	form: {
		language: 'Geschrieben auf',
		languageHint: 'Die Texte bleiben, wie sie geschrieben sind; die Bibliothek nennt ihre Sprache und durchsucht sie in dieser Sprache.',
		about: 'Über den Anwendungsfall',
		more: 'Finanzierung, Erfolgsfaktoren und Erkenntnisse',
		organization: 'Organisation',
		organizationHint: 'Der Anwendungsfall wird unter dieser Organisation veröffentlicht.',
		title: 'Titel',
		titleHint: '3 bis 160 Zeichen.',
		slug: 'Adresse',
		slugHint: (origin: string) => `${origin}/library/… – Kleinbuchstaben, Ziffern und Bindestriche. Vorschlag aus dem Titel.`,
		city: 'Stadt',
		country: 'Land',
		domain: 'Bereich',
		maturity: 'Reifegrad',
		summary: 'Zusammenfassung',
		summaryHint: 'Worum es geht, in zwei oder drei Sätzen (10 bis 2.000 Zeichen).',
		dimensionsLegend: 'Geschäftsmodell',
		dimensionsHint: 'Zum Veröffentlichen sind alle vier nötig. Behaltene Notizen stehen je eine pro Zeile.',
		patterns: 'Geschäftsmodellmuster',
		patternsChosen: (n: number) => `${n} gewählt`,
		scores: 'Skalierbarkeit, Übertragbarkeit, Nachhaltigkeit',
		notScored: 'Nicht bewertet',
		funding: 'Finanzierungsquellen',
		internalFactors: 'Interne Erfolgsfaktoren',
		externalFactors: 'Externe Erfolgsfaktoren',
		listHint: 'Eine pro Zeile.',
		lessons: 'Erkenntnisse',
		replication: 'Was eine Stadt für die Übertragung braucht',
		saveDraft: 'Entwurf speichern und Vorschau'
	},
	bar: {
		label: 'Veröffentlichung',
		lastChanged: (date: string) => `Zuletzt geändert am ${date}`,
		preview: 'Vorschau: So zeigt die Bibliothek den Anwendungsfall nach dem Veröffentlichen.',
		publish: 'Veröffentlichen',
		edit: 'Bearbeiten',
		retire: 'Zurückziehen',
		retireConfirm: 'Diesen Anwendungsfall zurückziehen? Er verschwindet aus der Suche der Bibliothek; seine Seite bleibt und sagt, dass er zurückgezogen wurde.',
		republish: 'Erneut veröffentlichen'
	},
	validation: {
		language: 'Wählen Sie die Sprache, in der die Texte geschrieben sind.',
		title: 'Geben Sie einen Titel mit 3 bis 160 Zeichen ein.',
		slug: 'Verwenden Sie Kleinbuchstaben, Ziffern und einzelne Bindestriche (bis zu 80).',
		organization: 'Wählen Sie eine Organisation, in der Sie veröffentlichen.',
		city: 'Geben Sie eine Stadt ein (bis zu 80 Zeichen).',
		country: 'Geben Sie ein Land ein (bis zu 80 Zeichen).',
		domain: 'Wählen Sie einen Bereich.',
		maturity: 'Wählen Sie einen Reifegrad.',
		summary: 'Schreiben Sie eine Zusammenfassung mit 10 bis 2.000 Zeichen.',
		dimensionTooLong: 'Höchstens 4.000 Zeichen.',
		itemTooLong: 'Höchstens 300 Zeichen pro Zeile.',
		tooManyItems: 'Höchstens 50 Zeilen.',
		textTooLong: 'Höchstens 4.000 Zeichen.',
		invalid: 'Prüfen Sie die markierten Felder.'
	},
	refused: {
		slugTaken: (free: string) => `Diese Adresse ist vergeben. „${free}“ ist frei.`,
		notAllowed: 'Das dürfen Sie für diese Organisation nicht.',
		dimensionsMissing: 'Zum Veröffentlichen braucht es alle vier: Wer, Was, Wie und Wert. Bearbeiten Sie den Anwendungsfall, um sie auszufüllen.',
		invalid: 'Etwas im Formular wurde nicht angenommen. Prüfen Sie die Angaben und versuchen Sie es erneut.',
		failed: 'Das konnte gerade nicht gespeichert werden. Bitte versuchen Sie es gleich noch einmal.'
	}
};
