/** German text for comparing use cases and a workshop's outcome (/compare). */
import type { Messages } from '../en';

export const compare: Messages['compare'] = {
	pageTitle: 'Anwendungsfälle vergleichen',
	title: 'Anwendungsfälle vergleichen',
	lead: 'Zwei bis vier Anwendungsfälle aus der Bibliothek und das Ergebnis Ihres Workshops nebeneinander: Wer, Was, Wie und Wert, die Geschäftsmodellmuster, die Bewertungen und die Erlöse.',
	searchLabel: 'Anwendungsfall zum Hinzufügen suchen',
	searchPlaceholder: 'z. B. Parken, Sensoren, Energie',
	search: 'Suchen',
	results: (q: string) => `Anwendungsfälle zu „${q}“`,
	noResults: 'Kein Anwendungsfall passt zu dieser Suche.',
	add: (title: string) => `${title} hinzufügen`,
	added: 'Hinzugefügt',
	remove: (title: string) => `${title} aus dem Vergleich entfernen`,
	removeShort: 'Entfernen',
	full: 'Vier Anwendungsfälle stehen nebeneinander, mehr vergleicht diese Seite nicht. Entfernen Sie einen, um einen anderen hinzuzufügen.',
	tooMany: 'Höchstens vier Anwendungsfälle lassen sich vergleichen; die ersten vier aus dem Link werden gezeigt.',
	fewer: 'Fügen Sie mindestens zwei Anwendungsfälle hinzu, oder einen und das Ergebnis Ihres Workshops, um sie zu vergleichen.',
	missing: (n: number) =>
		n === 1
			? 'Ein Anwendungsfall aus dem Link ist nicht in der Bibliothek (oder für Sie nicht sichtbar) und fehlt deshalb.'
			: `${n} Anwendungsfälle aus dem Link sind nicht in der Bibliothek (oder für Sie nicht sichtbar) und fehlen deshalb.`,
	columns: 'Der Vergleich',
	swipe: 'Wischen oder scrollen Sie seitwärts, um alle Spalten zu sehen.',
	useCase: 'Anwendungsfall',
	workshop: 'Workshop-Ergebnis',
	workshopSignIn: 'Melden Sie sich an, um das Ergebnis dieses Workshops zu sehen.',
	workshopHidden: 'Nur Mitglieder des Workshops sehen sein Ergebnis.',
	patterns: 'Geschäftsmodellmuster',
	noPatterns: 'Keine genannt.',
	scores: 'Skalierbarkeit, Übertragbarkeit, Nachhaltigkeit',
	score: (value: number | null) => (value === null ? 'nicht bewertet' : `${value} von 5`),
	revenue: 'Erlöse und Kosten',
	noRevenue: 'Kein Erlösmodell.',
	revenueTooLarge: 'Die Zahlen des Erlösmodells sind zu groß, um sie genau zu addieren.',
	revenueYears: (years: number, streams: number) =>
		`Über ${years === 1 ? '1 Jahr' : `${years} Jahre`}, ${streams === 1 ? '1 Einnahmequelle' : `${streams} Einnahmequellen`}`,
	revenueTotal: 'Erlöse',
	revenueKept: 'Betreiberanteil',
	capex: 'CAPEX',
	opex: 'OPEX',
	empty: '–',
	keptNotes: 'Behaltene Notizen',
	unavailable: 'Der Vergleich konnte gerade nicht geladen werden. Bitte versuchen Sie es gleich noch einmal.',
	workshopLink: 'Vergleichen'
};
