/** German text for replicating a use case: the start form and the spread of a use case. */
import type { Messages } from '../en';

export const replication: Messages['replication'] = {
	start: {
		title: 'Workshop daraus starten',
		lead: 'Ein neuer Workshop für Ihre Stadt, mit einem Business Model Canvas, das Wer, Was, Wie und Wert dieses Anwendungsfalls schon als Notizen enthält, und einem Ergebnis-Entwurf, der seine Herkunft kennt.',
		name: 'Titel des Workshops',
		city: 'Für die Stadt',
		otherCity: 'Andere Stadt',
		typedCity: 'Stadt',
		typedCityHint: 'Die Stadt, für die der Workshop ist.',
		submit: 'Workshop starten',
		signIn: 'Anmelden, um daraus einen Workshop zu starten',
		needsAccount: 'Melden Sie sich mit Ihrer E-Mail-Adresse an, um daraus einen Workshop zu starten; ein Teilnahmename genügt nicht.',
		purpose: (useCase: string, city: string) => `„${useCase}“ auf ${city} übertragen.`,
		canvasTitle: 'Business Model Canvas',
		back: 'Zurück zum Anwendungsfall',
		validation: {
			titleRequired: 'Geben Sie dem Workshop einen Titel.',
			titleTooLong: 'Ein Titel hat höchstens 160 Zeichen.',
			cityRequired: 'Geben Sie an, für welche Stadt der Workshop ist.',
			cityTooLong: 'Ein Stadtname hat höchstens 120 Zeichen.'
		},
		failed: 'Der Workshop konnte nicht gestartet werden. Nichts wurde gespeichert; bitte versuchen Sie es erneut.',
		notFound: 'Dieser Anwendungsfall ist nicht in der Bibliothek.'
	},
	spread: {
		title: 'Übertragungen',
		lead: 'Wohin sich dieser Anwendungsfall von seiner ersten Stadt aus verbreitet hat: erfasste Übertragungen mit Jahr und die Folgestädte, die der Anwendungsfall nennt.',
		none: 'Noch keine Stadt hat diesen Anwendungsfall übertragen.',
		chartTitle: (city: string) => `Wie sich der Anwendungsfall von ${city} aus verbreitet hat`,
		source: 'erste Stadt',
		replicated: (year: string) => `${year} übertragen`,
		follower: 'Folgestadt, nicht erfasst',
		listTitle: 'Übertragungen und Folgestädte',
		replicatedBy: (organisation: string, city: string, date: string) => `${organisation}, ${city}, ${date}`,
		followerItem: (city: string) => `${city}: Folgestadt, keine Übertragung erfasst`,
		unknownOrganisation: 'Eine Organisation'
	}
};
