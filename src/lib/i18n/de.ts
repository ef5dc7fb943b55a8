/**
 * The German catalogue (formal „Sie“). Terms: Gassmann's Wer / Was / Wie / Wert, Osterwalder's
 * German canvas blocks, replicate = übertragen, stakeholder type = Akteursgruppe,
 * facilitator = Moderation, results = Auswertung, outcome = Ergebnis.
 */
import type { Messages } from './en';
import { ballot } from './de/ballot';
import { canvas } from './de/canvas';
import { compare } from './de/compare';
import { consoleText } from './de/console';
import { organizations } from './de/organizations';
import { publishing } from './de/publishing';
import { report } from './de/report';
import { outcome } from './de/outcome';
import { libraryFacets } from './de/library-facets';
import { replication } from './de/replication';
import { handover } from './de/handover';
import { results } from './de/results';
import { revenue } from './de/revenue';
import { screen } from './de/screen';
import { session } from './de/session';
import { sessionBar } from './de/session-bar';
import { templates } from './de/templates';
import { patterns } from './de/patterns';
import { workshops } from './de/workshops';

const number = new Intl.NumberFormat('de');

export const de: Messages = {
	ballot,
	canvas,
	compare,
	console: consoleText,
	organizations,
	publishing,
	report,
	outcome,
	libraryFacets,
	replication,
	handover,
	results,
	revenue,
	screen,
	session,
	sessionBar,
	templates,
	patterns,
	workshops,
	app: {
		name: 'Civic Canvas',
		tagline: 'Digitale Stadtdienste gemeinsam mit Bürgerschaft, Unternehmen und Entwicklerteams gestalten.',
		skip: 'Zum Inhalt springen',
		nav: { library: 'Bibliothek', signIn: 'Anmelden', signOut: 'Abmelden', main: 'Hauptnavigation' },
		signedInAs: (name: string) => `Angemeldet als ${name}`,
		language: 'Sprache',
		footer: 'Civic Canvas – offene Werkzeuge, um Geschäftsmodelle für die Smart City gemeinsam zu gestalten.'
	},
	home: {
		title: 'Stadtdienste gemeinsam gestalten, live',
		lead: 'In Workshops mit Civic Canvas gestalten Städte, Unternehmen, Entwicklerteams und Bürgerschaft gemeinsam Geschäftsmodelle für digitale Stadtdienste. Sie arbeiten auf geteilten Canvases, stimmen ab, was zählt, und ordnen jede Idee Wer, Was, Wie oder Wert zu.',
		libraryTitle: 'Anwendungsfälle zum Übertragen',
		libraryText: 'Stöbern Sie in Anwendungsfällen, die andere Städte umgesetzt haben: mit Geschäftsmodell, Erfolgsfaktoren und dem, was eine Übertragung braucht.',
		libraryCta: 'Zur Bibliothek',
		workshopsTitle: 'Live-Workshops',
		workshopsText: 'Geteilte Canvases, die alle live bearbeiten, mit Punktabfragen, Bewertungen und Rangfolgen, moderiert vom Tablet aus. Treten Sie mit dem Code auf dem Bildschirm bei, oder leiten Sie selbst einen Workshop.',
		workshopsCta: 'Meine Workshops',
		frameworksTitle: 'Auf bewährten Methoden aufgebaut',
		frameworks: [
			'Gassmanns Wer / Was / Wie / Wert und die 55 Muster des Business Model Navigators',
			'Das Business Model Canvas mit seinen neun Feldern',
			'Chance, Nutzen, Vorteil – und Skalierbarkeit, Übertragbarkeit, Nachhaltigkeit',
			'Der mehrseitige Markt: öffentliches Interesse, Beteiligung, Tragfähigkeit, Marktchancen'
		]
	},
	library: {
		title: 'Anwendungsfälle zum Übertragen',
		lead: 'Anwendungsfälle aus Städten in ganz Europa, zum Lernen und Übertragen.',
		searchLabel: 'Anwendungsfälle suchen',
		searchPlaceholder: 'z. B. Parken, Sensoren, Sanierung',
		searchButton: 'Suchen',
		filters: 'Filter',
		filtersActive: (n: number) => `Filter, ${n} aktiv`,
		domain: 'Bereich',
		city: 'Stadt',
		maturity: 'Reifegrad',
		pattern: 'Geschäftsmodellmuster',
		any: 'Alle',
		apply: 'Filter anwenden',
		clear: 'Alle zurücksetzen',
		results: (n: number) => (n === 1 ? '1 Anwendungsfall' : `${number.format(n)} Anwendungsfälle`),
		resultsFor: (q: string) => `zu „${q}“`,
		empty: 'Kein Anwendungsfall passt zu dieser Suche.',
		emptyHint: 'Versuchen Sie es mit weniger Wörtern, oder setzen Sie einen Filter zurück.',
		previous: 'Vorherige Seite',
		next: 'Nächste Seite',
		page: (n: number, of: number) => `Seite ${n} von ${of}`,
		ignored: 'Einige Filter in diesem Link wurden nicht verstanden und weggelassen.',
		unavailable: 'Die Bibliothek konnte gerade nicht geladen werden. Bitte versuchen Sie es gleich noch einmal.'
	},
	useCase: {
		back: 'Zurück zur Bibliothek',
		dimensions: 'Geschäftsmodell',
		triangleTitle: 'Gassmanns magisches Dreieck',
		triangleDescription: 'Wer, die Zielkundschaft, steht in der Mitte; Was, Wie und Wert stehen an den Ecken.',
		patterns: 'Geschäftsmodellmuster',
		noPatterns: 'Noch kein Muster genannt.',
		internalFactors: 'Interne Erfolgsfaktoren',
		externalFactors: 'Externe Erfolgsfaktoren',
		funding: 'Finanzierungsquellen',
		stakeholders: 'Beteiligte',
		followers: 'Folgestädte',
		scores: 'Skalierbarkeit, Übertragbarkeit, Nachhaltigkeit',
		scoreOf: (n: number) => `${n} von 5`,
		notScored: 'nicht bewertet',
		lessons: 'Erkenntnisse',
		replication: 'Was eine Stadt für die Übertragung braucht',
		published: (date: string) => `Veröffentlicht am ${date}`,
		/** `name` from Intl.DisplayNames in German: „Deutsch“, „Englisch“. */
		writtenIn: (name: string) => `Verfasst auf ${name}`,
		retired: 'Die Organisation hat diesen Anwendungsfall zurückgezogen.',
		draft: 'Entwurf – nur für die eigene Organisation sichtbar.',
		notFound: 'Unter dieser Adresse gibt es keinen Anwendungsfall.',
		notFoundHint: 'Vielleicht wurde er umbenannt oder nie veröffentlicht.'
	},
	signIn: {
		title: 'Anmelden',
		joinTitle: 'Ohne Konto teilnehmen',
		joinText: 'Kein Konto nötig: Sagen Sie der Gruppe Ihren Namen und Ihren Hintergrund.',
		displayName: 'Ihr Name',
		join: 'Weiter',
		emailTitle: 'Moderation und Redaktion',
		emailText: 'Wir senden Ihnen per E-Mail einen Anmeldelink, der einmal gilt.',
		email: 'E-Mail-Adresse',
		sendLink: 'Link senden',
		linkSent: (email: string) => `Ein Anmeldelink ist unterwegs an ${email}. Er gilt einmal und eine Stunde lang.`,
		outbox: 'Lokaler Modus: Den Link finden Sie im Postausgang',
		signedIn: (name: string) => `Sie sind angemeldet als ${name}.`,
		linkInvalid: 'Dieser Anmeldelink ist nicht mehr gültig. Fordern Sie einen neuen an.',
		failed: 'Die Anmeldung hat gerade nicht geklappt. Bitte versuchen Sie es erneut.',
		changeName: 'Namen ändern',
		displayNameHint: 'Alle in Ihren Workshops sehen ihn. Bis zu 60 Zeichen.',
		mailSubject: 'Ihr Anmeldelink für Civic Canvas'
	},
	profile: {
		title: 'Ihr Name',
		welcomeTitle: 'Wählen Sie Ihren Namen',
		lead: 'Name und Hintergrund, die andere in Ihren Workshops sehen: in der Personenliste, neben Ihrem Zeiger und auf Ihren Notizen. Ihre E-Mail-Adresse bleibt privat.',
		displayName: 'Ihr Name',
		displayNameHint: 'Bis zu 60 Zeichen. Alle in Ihren Workshops sehen ihn.',
		save: 'Speichern und weiter',
		saveOnly: 'Speichern',
		saved: 'Gespeichert. Ihre Workshops zeigen jetzt diesen Namen.',
		failed: 'Ihr Name konnte gerade nicht gespeichert werden. Bitte versuchen Sie es erneut.'
	},
	outbox: {
		title: 'Lokaler Postausgang',
		lead: 'Im lokalen Modus werden keine E-Mails gesendet: Die Anmeldelinks erscheinen stattdessen hier.',
		empty: 'Noch keine Nachricht.',
		to: 'An',
		used: 'verwendet',
		expired: 'abgelaufen',
		open: 'Link öffnen'
	},
	errors: {
		notFound: 'Seite nicht gefunden',
		notFoundHint: 'Die gesuchte Seite gibt es hier nicht.',
		generic: 'Etwas ist schiefgelaufen',
		unavailable: 'Das konnte gerade nicht geladen werden. Bitte versuchen Sie es gleich noch einmal.',
		toLibrary: 'Zur Bibliothek',
		toHome: 'Zur Startseite'
	},
	validation: {
		displayNameRequired: 'Geben Sie einen Namen mit 1 bis 60 Zeichen ein.',
		stakeholderRequired: 'Wählen Sie Ihren Hintergrund.',
		emailInvalid: 'Geben Sie eine gültige E-Mail-Adresse ein.'
	},
	stakeholderPicker: {
		legend: 'Mein Hintergrund'
	},
	stakeholders: {
		city: 'Stadt',
		company: 'Unternehmen',
		developer: 'Entwicklung',
		citizen: 'Bürgerschaft',
		academia: 'Forschung',
		other: 'Sonstiges'
	},
	dimensions: {
		who: { name: 'Wer', question: 'Wer sind unsere Zielkunden?' },
		what: { name: 'Was', question: 'Was bieten wir ihnen an?' },
		how: { name: 'Wie', question: 'Wie erstellen und liefern wir es?' },
		why: { name: 'Wert', question: 'Wie erzielen wir Wert: Erlöse und Kosten?' }
	},
	domains: {
		refurbishment: 'Sanierung',
		mobility: 'Mobilität',
		'smart-data-platform': 'Urbane Datenplattform',
		'digital-services': 'Digitale Dienste',
		energy: 'Energie',
		environment: 'Umwelt',
		'citizen-engagement': 'Bürgerbeteiligung'
	},
	maturities: {
		idea: 'Idee',
		pilot: 'Pilot',
		operating: 'In Betrieb',
		replicated: 'Übertragen'
	},
	srs: {
		scalability: 'Skalierbarkeit',
		replicability: 'Übertragbarkeit',
		sustainability: 'Nachhaltigkeit'
	}
};
