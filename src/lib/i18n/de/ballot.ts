/** German text for the participant's round screen (/w/<id>/round). */
import type { Messages } from '../en';

export const ballot: Messages['ballot'] = {
	title: 'Ihre Stimmabgabe',
	pageTitle: (workshop: string) => `Runde · ${workshop}`,
	connecting: 'Verbindung zur Sitzung wird hergestellt …',
	toWorkshop: 'Zurück zum Workshop',
	phase: (title: string) => `Jetzt: ${title}`,
	noRound: 'Gerade ist keine Runde offen.',
	noRoundHint: 'Sobald die Moderation eine Runde öffnet, erscheint sie hier von selbst.',
	lastResults: 'Auswertung der letzten Runde',
	observer: 'Sie verfolgen diese Runde als beobachtende Person: Sie sehen alles, stimmen aber nicht ab.',
	kinds: {
		writing: 'Stilles Schreiben',
		dots: 'Punktabfrage',
		scores: 'Bewertung',
		ranking: 'Rangfolge'
	},
	voted: (n: number, of: number) => `${n} von ${of} ${n === 1 ? 'hat' : 'haben'} abgestimmt`,
	wrote: (n: number, of: number) => `${n} von ${of} ${n === 1 ? 'hat' : 'haben'} geschrieben`,
	dots: {
		intro: (budget: number, cap: number | null) =>
			`Vergeben Sie ${budget === 1 ? 'Ihren Punkt' : `Ihre ${budget} Punkte`} an die Notizen, die Sie unterstützen${cap === null ? '' : cap === 1 ? ', höchstens einen pro Notiz' : `, höchstens ${cap} pro Notiz`}. Bis die Runde schließt, können Sie sie noch ändern.`,
		left: (n: number, of: number) => `${n} von ${of} ${of === 1 ? 'Punkt' : 'Punkten'} übrig`,
		yours: (n: number) => (n === 1 ? '1 Punkt' : `${n} Punkte`),
		add: (label: string) => `Punkt für „${label}“ vergeben`,
		remove: (label: string) => `Punkt von „${label}“ zurücknehmen`,
		why: { cap: 'Höchstzahl für diese Notiz erreicht' }
	},
	scores: {
		intro: 'Bewerten Sie jede Notiz für jedes Kriterium von 1 (schwach) bis 5 (stark). Jede Wahl wird sofort gespeichert.',
		scored: (n: number, of: number) => `${n} von ${of} Bewertungen abgegeben`,
		low: 'schwach',
		high: 'stark'
	},
	ranking: {
		intro: 'Bringen Sie die Notizen in Ihre Reihenfolge, die beste zuerst: Ziehen Sie am Griff, nutzen Sie die Pfeile, oder setzen Sie den Fokus auf einen Griff und drücken Sie die Pfeiltasten nach oben und unten.',
		handle: (label: string, place: number, of: number) => `„${label}“ verschieben, jetzt Platz ${place} von ${of}`,
		up: (label: string) => `„${label}“ nach oben`,
		down: (label: string) => `„${label}“ nach unten`,
		moved: (label: string, place: number, of: number) => `„${label}“ ist jetzt auf Platz ${place} von ${of}.`,
		save: 'Reihenfolge speichern',
		saved: 'Ihre Reihenfolge ist gespeichert.',
		unsaved: 'Ihre Reihenfolge ist noch nicht gespeichert.',
		never: 'Sie haben noch keine Reihenfolge gespeichert.'
	},
	writing: {
		intro: 'Schreiben Sie Ihre Ideen auf, eine pro Notiz. Niemand sonst sieht sie, auch nicht die Moderation, bis sie auf dem Canvas aufgedeckt werden.',
		authors: 'Beim Aufdecken wird Ihr Name bei Ihren Notizen gezeigt.',
		anonymous: 'Beim Aufdecken werden Ihre Notizen ohne Ihren Namen gezeigt.',
		label: 'Ihre Idee',
		add: 'Hinzufügen',
		yours: (n: number) =>
			n === 0 ? 'Sie haben noch nichts geschrieben.' : n === 1 ? 'Ihre Notiz (nur Sie sehen sie)' : `Ihre ${n} Notizen (nur Sie sehen sie)`,
		edit: 'Ändern',
		editLabel: (n: number) => `Notiz ${n} ändern`,
		save: 'Speichern',
		cancel: 'Abbrechen',
		remove: 'Entfernen',
		removeLabel: (n: number) => `Notiz ${n} entfernen`,
		text: (n: number) => `Text von Notiz ${n}`
	},
	saving: 'Wird gespeichert …',
	loadFailed: 'Ihre Stimmabgabe konnte nicht geladen werden. Prüfen Sie Ihre Verbindung; sobald Sie wieder online sind, wird sie erneut geladen.'
};
