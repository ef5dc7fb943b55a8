/** German text for the canvas. */
import type { Messages } from '../en';

export const canvas: Messages['canvas'] = {
	page: {
		title: (canvas: string, workshop: string) => `${canvas} · ${workshop}`,
		workshop: 'Zurück zum Workshop',
		canvases: 'Canvases in diesem Workshop',
		loading: 'Canvas wird geladen …',
		lock: 'Canvas sperren',
		unlock: 'Canvas entsperren'
	},
	readOnly: {
		observer: 'Sie beobachten diesen Workshop: Sie können sich umsehen, zoomen und anderen folgen, aber nichts ändern.',
		locked: 'Die Moderation hat dieses Canvas gesperrt: Sie können sich umsehen, es aber vorerst nicht bearbeiten.',
		lockedFacilitator: 'Dieses Canvas ist für Teilnehmende gesperrt. Als Teil der Moderation können Sie es weiter bearbeiten.'
	},
	board: {
		label: 'Canvas',
		help: 'Leere Fläche ziehen, um sich zu bewegen; mit zwei Fingern oder Strg + Mausrad zoomen. Doppelklick oder doppeltes Tippen fügt eine Notiz hinzu. Tab wechselt zwischen Notizen, Enter bearbeitet eine, die Pfeiltasten verschieben sie (mit Umschalt weiter, mit Alt ändern sie die Größe), Leertaste wählt aus, Entf entfernt sie.',
		helpReadOnly: 'Ziehen, um sich zu bewegen; mit zwei Fingern oder Strg + Mausrad zoomen. Tab wechselt zwischen Notizen.'
	},
	note: {
		label: (author: string, words: string) => `Notiz von ${author}: ${words}`,
		empty: '(leer)',
		selected: 'ausgewählt',
		inCluster: (name: string) => `im Cluster „${name}“`,
		editedBy: (names: string) => `wird bearbeitet von ${names}`,
		you: 'Sie',
		someone: (stakeholder: string) => `einer teilnehmenden Person (${stakeholder})`,
		textLabel: 'Text der Notiz',
		/** Ends editing, as leaving the text box does. */
		doneEditing: 'Fertig',
		useCaseUnknown: 'Anwendungsfall',
		moreUseCases: (n: number) => `+${n}`,
		opensInNewTab: '(öffnet in neuem Tab)',
		dots: (n: number) => (n === 1 ? '1 Punkt' : `${n} Punkte`)
	},
	toolbar: {
		label: 'Canvas-Werkzeuge',
		addNote: 'Notiz hinzufügen',
		undo: 'Rückgängig',
		redo: 'Wiederholen',
		zoomIn: 'Vergrößern',
		zoomOut: 'Verkleinern',
		fit: 'An Bildschirm anpassen',
		zoomLevel: (percent: number) => `Zoom ${percent} %`
	},
	blockPicker: {
		title: 'Zu welchem Feld gehört Ihre Notiz?',
		cancel: 'Abbrechen'
	},
	selection: {
		label: 'Ausgewählte Notizen',
		count: (n: number) => (n === 1 ? '1 Notiz ausgewählt' : `${n} Notizen ausgewählt`),
		edit: 'Text bearbeiten',
		color: 'Farbe',
		tags: 'Wer, Was, Wie, Wert',
		tagAs: (dimension: string) => `Als ${dimension} markieren`,
		useCases: 'Anwendungsfälle',
		link: 'Notizen verbinden',
		unlink: 'Verbindung lösen',
		cluster: 'Clustern',
		dissolveCluster: 'Cluster auflösen',
		rename: 'Cluster umbenennen',
		duplicate: 'Duplizieren',
		delete: 'Löschen',
		clear: 'Auswahl aufheben',
		putToVote: 'Zur Abstimmung stellen',
		summonHere: 'Alle hierher holen'
	},
	vote: {
		title: 'Ausgewählte Notizen zur Abstimmung stellen',
		candidates: (n: number) => (n === 1 ? '1 Notiz mit Text ist ausgewählt' : `${n} Notizen mit Text sind ausgewählt`),
		kind: 'Wie entschieden wird',
		kinds: { dots: 'Punkte', scores: 'Bewertung', ranking: 'Rangfolge' },
		kindHints: {
			dots: 'Jede Person vergibt einige Punkte an die Notizen, die sie unterstützt.',
			scores: 'Jede Person bewertet jede Notiz für jedes Kriterium von 1 bis 5.',
			ranking: 'Jede Person bringt die Notizen in eine Reihenfolge.'
		},
		roundTitle: 'Frage (optional)',
		roundTitlePlaceholder: 'z. B. Welchen Dienst bauen wir zuerst?',
		budget: 'Punkte pro Person',
		cap: 'Max. Punkte pro Notiz',
		noCap: 'Keine Grenze',
		criteria: 'Kriterien',
		criteriaSets: {
			oulu: 'Skalierbarkeit, Übertragbarkeit, Nachhaltigkeit',
			atos: 'Die vier Faktoren (Atos)',
			own: 'Eigene Kriterien'
		},
		ownCriteria: 'Kriterien, eines pro Zeile',
		open: 'Runde öffnen',
		opening: 'Wird geöffnet …',
		cancel: 'Abbrechen'
	},
	summoned: 'Die Moderation hat alle hierher geholt.',
	colors: {
		label: 'Farbe der Notiz',
		stakeholder: (stakeholder: string) => `Farbe: ${stakeholder}`,
		/** SEGMENT_COLORS (src/lib/domain/templates.ts), same order. */
		segments: ['Orange', 'Himmelblau', 'Grün', 'Gelb', 'Rot', 'Rosa', 'Lavendel', 'Grau']
	},
	cluster: {
		createTitle: 'Ausgewählte Notizen clustern',
		renameTitle: 'Cluster umbenennen',
		name: 'Name des Clusters',
		create: 'Clustern',
		save: 'Speichern',
		cancel: 'Abbrechen'
	},
	picker: {
		title: 'Mit Anwendungsfällen aus der Bibliothek verbinden',
		search: 'Bibliothek durchsuchen',
		placeholder: 'z. B. Parken, Sensoren',
		searching: 'Suche läuft …',
		results: (n: number) => (n === 1 ? '1 Anwendungsfall gefunden' : `${n} Anwendungsfälle gefunden`),
		empty: 'Kein Anwendungsfall passt zu dieser Suche.',
		failed: 'Die Bibliothek konnte gerade nicht durchsucht werden. Bitte versuchen Sie es erneut.',
		link: (title: string) => `${title} verbinden`,
		unlink: (title: string) => `${title} entfernen`,
		linkShort: 'Verbinden',
		unlinkShort: 'Entfernen',
		linked: 'Mit dieser Notiz verbunden',
		none: 'Noch kein Anwendungsfall verbunden.',
		close: 'Fertig'
	},
	status: {
		label: 'Verbindung',
		connecting: 'Verbindung wird hergestellt …',
		live: 'Live',
		reconnecting: 'Verbindung wird wiederhergestellt …',
		offline: 'Offline – Änderungen werden auf diesem Gerät gespeichert',
		offlineNotSaved: 'Offline – lassen Sie diese Seite offen: Änderungen können auf diesem Gerät nicht gespeichert werden',
		pending: 'Offline-Änderungen warten auf Versand',
		synced: 'Alle Änderungen gesendet',
		closed: 'Dieses Canvas ist für Sie nicht mehr verfügbar. Ihre letzten Änderungen wurden eventuell nicht gesendet.'
	},
	presence: {
		label: 'Personen auf diesem Canvas',
		toggle: (n: number) => (n === 1 ? 'Nur Sie sind hier' : `${n} Personen hier`),
		you: (name: string) => `${name} (Sie)`,
		follow: (name: string) => `${name} folgen`,
		stopFollowing: 'Nicht mehr folgen',
		following: (name: string) => `Sie folgen ${name}`,
		editing: 'bearbeitet eine Notiz',
		followButton: 'Folgen',
		followingButton: 'Folge ich'
	},
	announce: {
		added: 'Notiz hinzugefügt.',
		deleted: (n: number) => (n === 1 ? 'Notiz gelöscht.' : `${n} Notizen gelöscht.`),
		duplicated: 'Notiz dupliziert.',
		clustered: (name: string) => `Als „${name}“ geclustert.`,
		clusterDissolved: 'Cluster aufgelöst.',
		linked: 'Notizen verbunden.',
		unlinked: 'Verbindung gelöst.',
		undone: 'Rückgängig gemacht.',
		redone: 'Wiederholt.',
		failed: 'Diese Änderung war nicht möglich.'
	}
};
