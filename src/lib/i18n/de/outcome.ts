/** German text for the outcome of a workshop (/w/<id>/outcome). */
import type { Messages } from '../en';

export const outcome: Messages['outcome'] = {
	link: 'Ergebnis',
	title: 'Ergebnis',
	pageTitle: (workshop: string) => `Ergebnis · ${workshop}`,
	backToWorkshop: 'Zurück zum Workshop',
	lead: 'Was die Gruppe entschieden hat: das Geschäftsmodell in Gassmanns vier Dimensionen, die Muster, denen es folgt, ob es als mehrseitiger Markt trägt, wie es skaliert und was eine Stadt braucht, die es übernimmt.',
	editing: 'Sie bearbeiten dieses Ergebnis gemeinsam mit der übrigen Moderation. Alles wird beim Tippen gespeichert.',
	reading: 'Die Moderation schreibt dieses Ergebnis; Sie können hier mitlesen, wie es entsteht.',
	statusLabel: 'Speichern',
	status: {
		connecting: 'Verbindung wird hergestellt …',
		live: 'Gespeichert',
		reconnecting: 'Verbindung wird wiederhergestellt …',
		offline: 'Offline: Änderungen bleiben auf diesem Gerät und werden gespeichert, sobald Sie wieder online sind'
	},
	offlineNotSaved: 'Offline: Änderungen auf diesem Gerät können verloren gehen, wenn Sie die Seite schließen',
	pending: 'Wird gespeichert …',
	closed: 'Dieses Ergebnis ist für Sie nicht mehr verfügbar.',

	dimensions: {
		title: 'Geschäftsmodell',
		text: (name: string) => `${name}: in den Worten der Gruppe`,
		kept: 'Behaltene Notizen',
		noKept: 'Noch keine Notiz behalten.',
		candidates: (name: string) => `Als ${name} markierte Notizen auf den Canvases`,
		noCandidates: (name: string) => `Noch keine Notiz auf den Canvases ist als ${name} markiert.`,
		allKept: (name: string) => `Alle als ${name} markierten Notizen sind behalten.`,
		keep: 'Behalten',
		keepNote: (text: string) => `Notiz „${text}“ behalten`,
		drop: 'Entfernen',
		dropNote: (text: string) => `Behaltene Notiz „${text}“ entfernen`,
		fromCanvas: (canvas: string) => `aus ${canvas}`
	},

	patterns: {
		title: 'Geschäftsmodellmuster',
		hint: 'Aus den 55 Mustern von Gassmanns Business Model Navigator.',
		none: 'Noch kein Muster gewählt.',
		search: 'Muster suchen',
		placeholder: 'z. B. Freemium, Flatrate',
		results: (n: number) => (n === 1 ? '1 Muster' : `${n} Muster`),
		empty: 'Kein Muster passt.',
		unpick: (name: string) => `${name} entfernen`,
		pickVerb: 'Wählen',
		unpickVerb: 'Entfernen',
		picked: 'gewählt',
		unknown: 'Unbekanntes Muster'
	},

	useCases: {
		title: 'Verbundene Anwendungsfälle aus der Bibliothek',
		none: 'Noch kein Anwendungsfall verbunden.',
		open: 'Anwendungsfälle verbinden',
		remove: 'Entfernen',
		removeOne: (title: string) => `${title} entfernen`,
		unknown: 'Ein Anwendungsfall, den Sie nicht sehen können'
	},

	atos: {
		title: 'Prüfung als mehrseitiger Markt',
		hint: 'Die vier Faktoren aus dem Positionspapier von Atos: Alle müssen erfüllt sein, damit ein mehrseitiger Markt funktioniert.',
		factors: {
			'public-interest': 'Öffentliches Interesse',
			'public-engagement': 'Öffentliche Beteiligung',
			'business-viability': 'Wirtschaftliche Tragfähigkeit',
			'market-opportunities': 'Marktchancen'
		},
		holds: 'Erfüllt?',
		yes: 'Ja',
		no: 'Nein',
		unknown: 'Unbekannt',
		evidence: (factor: string) => `${factor}: Belege`
	},

	scores: {
		title: 'Skalierbarkeit, Übertragbarkeit, Nachhaltigkeit',
		hint: '1 (niedrig) bis 5 (hoch).',
		none: 'Nicht bewertet',
		fromRound: (title: string) => `Aus der Runde „${title}“ übernommen.`,
		fromUnknownRound: 'Aus einer Bewertungsrunde übernommen.',
		take: 'Aus einer Runde übernehmen',
		round: 'Bewertungsrunde',
		candidate: 'Für',
		criterion: (name: string) => `Kriterium für ${name}`,
		noCriterion: 'Keines',
		takeButton: 'Diese Bewertungen übernehmen',
		noRounds: 'In diesem Workshop wurde noch keine Bewertungsrunde aufgedeckt; setzen Sie die Bewertungen von Hand.',
		preview: (values: string) => `Würde setzen: ${values}`
	},

	lists: {
		funding: { title: 'Finanzierungsquellen', add: 'Finanzierungsquelle hinzufügen', placeholder: 'z. B. EU-Förderung aus Horizont Europa' },
		internalFactors: {
			title: 'Interne Erfolgsfaktoren',
			add: 'Internen Erfolgsfaktor hinzufügen',
			placeholder: 'z. B. ein engagiertes Team in der Stadt'
		},
		externalFactors: {
			title: 'Externe Erfolgsfaktoren',
			add: 'Externen Erfolgsfaktor hinzufügen',
			placeholder: 'z. B. ein nationales Open-Data-Gesetz'
		},
		addButton: 'Hinzufügen',
		none: 'Noch keine.',
		edit: (text: string) => `„${text}“ bearbeiten`,
		remove: 'Entfernen',
		removeOne: (text: string) => `„${text}“ entfernen`
	},

	learned: 'Was wir gelernt haben und was eine Übertragung braucht',
	lessons: 'Erkenntnisse',
	replicationNeeds: 'Was eine Folgestadt für die Übertragung braucht',
	empty: 'Noch nichts geschrieben.'
};
