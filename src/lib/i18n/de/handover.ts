/** German text for handing a workshop's ideas on to Decidim. */
import type { Messages } from '../en';
import { BODY_MIN, TITLE_MAX, TITLE_MIN } from '../../domain/decidim.ts';

export const handover: Messages['handover'] = {
	pageTitle: (workshop: string) => `An Decidim übergeben · ${workshop}`,
	title: 'An Decidim übergeben',
	lead: 'Wählen Sie die Ideen, die Sie an die Beteiligungsplattform der Stadt übergeben, und laden Sie sie als Decidim-Import für Vorschläge herunter. Öffnen Sie in der Decidim-Verwaltung die Komponente „Vorschläge“, dann „Importieren > Vorschläge aus einer Datei importieren“, und wählen Sie diese Datei.',
	language: (locale: string) => `Sprache der Vorschläge: ${locale} (die Sprache des Workshops).`,
	back: 'Zurück zum Workshop',
	forbidden: 'Die Übergabe ist der Moderation dieses Workshops vorbehalten.',
	empty: 'Dieser Workshop hat noch keine Notizen. Ideen von seinen Canvases erscheinen hier.',
	ideas: 'Ideen',
	chosen: (n: number, of: number) => `${n} von ${of} gewählt`,
	choose: (text: string) => `Übergeben: ${text}`,
	titleLabel: 'Titel in Decidim',
	titleHint: `${TITLE_MIN} bis ${TITLE_MAX} Zeichen.`,
	count: (n: number) => `${n} / ${TITLE_MAX}`,
	kept: 'Im Ergebnis behalten',
	top: (place: number) => `Platz ${place} in einer Runde`,
	body: 'Text: der Text der Notiz, dann ihre Herkunft.',
	selectAll: 'Alle wählen',
	selectNone: 'Keine wählen',
	downloadCsv: 'CSV herunterladen',
	downloadJson: 'JSON herunterladen',
	noneChosen: 'Wählen Sie mindestens eine Idee zum Übergeben.',
	fix: 'Einige Titel müssen geändert werden, bevor die Datei erstellt werden kann; siehe die Hinweise daneben.',
	problems: {
		title: {
			tooShort: `Ein Decidim-Titel braucht mindestens ${TITLE_MIN} Zeichen.`,
			tooLong: `Ein Decidim-Titel hat höchstens ${TITLE_MAX} Zeichen.`
		}
	},
	refused: (n: number) =>
		`Die Datei wurde nicht erstellt: ${n} ${n === 1 ? 'Idee braucht' : 'Ideen brauchen'} einen längeren oder kürzeren Titel (Decidim nimmt ${TITLE_MIN} bis ${TITLE_MAX} Zeichen). Gehen Sie zurück und ändern Sie ihn.`,
	unknownIdea: 'Eine gewählte Idee ist nicht mehr auf den Canvases des Workshops. Laden Sie die Seite neu und wählen Sie erneut.',
	/** The line under each proposal's text in Decidim. */
	context: (workshop: string, canvas: string) => `Aus dem Civic-Canvas-Workshop „${workshop}“, Canvas „${canvas}“.`
};
