/** UI text for canvas; part of the English catalogue (../en.ts). */
export const canvas = {
	page: {
		title: (canvas: string, workshop: string) => `${canvas} · ${workshop}`,
		workshop: 'Back to the workshop',
		canvases: 'Canvases in this workshop',
		loading: 'Loading the canvas…',
		lock: 'Lock canvas',
		unlock: 'Unlock canvas'
	},
	readOnly: {
		observer: 'You are observing this workshop: you can look around, zoom and follow others, but not change anything.',
		locked: 'The facilitator has locked this canvas: you can look around, but not edit it for now.',
		lockedFacilitator: 'This canvas is locked for participants. As a facilitator you can still edit it.'
	},
	board: {
		label: 'Canvas',
		help: 'Drag empty space to move around; pinch, or scroll with Ctrl, to zoom. Double-click or double-tap to add a note. Tab moves between notes, Enter edits one, arrow keys move it (with Shift, further; with Alt, resize), Space selects, Delete removes it.',
		helpReadOnly: 'Drag to move around; pinch, or scroll with Ctrl, to zoom. Tab moves between notes.'
	},
	note: {
		label: (author: string, words: string) => `Note by ${author}: ${words}`,
		empty: '(empty)',
		selected: 'selected',
		inCluster: (name: string) => `in cluster “${name}”`,
		editedBy: (names: string) => `being edited by ${names}`,
		you: 'you',
		someone: (stakeholder: string) => `a participant (${stakeholder})`,
		textLabel: 'Note text',
		/** A phone's editing sheet: ends editing, as leaving the text box does. */
		doneEditing: 'Done',
		useCaseUnknown: 'Use case',
		moreUseCases: (n: number) => `+${n}`,
		opensInNewTab: '(opens in a new tab)',
		dots: (n: number) => (n === 1 ? '1 dot' : `${n} dots`)
	},
	toolbar: {
		label: 'Canvas tools',
		addNote: 'Add note',
		undo: 'Undo',
		redo: 'Redo',
		zoomIn: 'Zoom in',
		zoomOut: 'Zoom out',
		fit: 'Fit to screen',
		zoomLevel: (percent: number) => `Zoom ${percent}%`
	},
	blockPicker: {
		title: 'Which block is your note for?',
		cancel: 'Cancel'
	},
	selection: {
		label: 'Selected notes',
		count: (n: number) => (n === 1 ? '1 note selected' : `${n} notes selected`),
		edit: 'Edit text',
		color: 'Colour',
		tags: 'Who, What, How, Why',
		tagAs: (dimension: string) => `Tag as ${dimension}`,
		useCases: 'Use cases',
		link: 'Link notes',
		unlink: 'Remove link',
		cluster: 'Cluster',
		dissolveCluster: 'Dissolve cluster',
		rename: 'Rename cluster',
		duplicate: 'Duplicate',
		delete: 'Delete',
		clear: 'Clear selection',
		putToVote: 'Put to the vote',
		summonHere: 'Bring everyone here'
	},
	vote: {
		title: 'Put the selected notes to the vote',
		candidates: (n: number) => (n === 1 ? '1 note with text is selected' : `${n} notes with text are selected`),
		kind: 'How people decide',
		kinds: { dots: 'Dots', scores: 'Scores', ranking: 'Ranking' },
		kindHints: {
			dots: 'Each person gives a few dots to the notes they support.',
			scores: 'Each person scores every note from 1 to 5 on each criterion.',
			ranking: 'Each person puts the notes in order.'
		},
		roundTitle: 'Question (optional)',
		roundTitlePlaceholder: 'e.g. Which service should we build first?',
		budget: 'Dots per person',
		cap: 'Most dots on one note',
		noCap: 'No limit',
		criteria: 'Criteria',
		criteriaSets: { oulu: 'Scalability, replicability, sustainability', atos: 'The four factors (Atos)', own: 'Our own criteria' },
		ownCriteria: 'Criteria, one per line',
		open: 'Open the round',
		opening: 'Opening…',
		cancel: 'Cancel'
	},
	summoned: 'The facilitator brought everyone here.',
	colors: {
		label: 'Note colour',
		stakeholder: (stakeholder: string) => `${stakeholder} colour`,
		/** Names of SEGMENT_COLORS (src/lib/domain/templates.ts), in the same order. */
		segments: ['Orange', 'Sky blue', 'Green', 'Yellow', 'Red', 'Pink', 'Lavender', 'Grey']
	},
	cluster: {
		createTitle: 'Cluster the selected notes',
		renameTitle: 'Rename the cluster',
		name: 'Cluster name',
		create: 'Cluster',
		save: 'Save',
		cancel: 'Cancel'
	},
	picker: {
		title: 'Link to use cases from the library',
		search: 'Search the library',
		placeholder: 'e.g. parking, sensors',
		searching: 'Searching…',
		results: (n: number) => (n === 1 ? '1 use case found' : `${n} use cases found`),
		empty: 'No use case matches this search.',
		failed: 'The library could not be searched just now. Please try again.',
		link: (title: string) => `Link ${title}`,
		unlink: (title: string) => `Remove ${title}`,
		linkShort: 'Link',
		unlinkShort: 'Remove',
		linked: 'Linked to this note',
		none: 'No use case linked yet.',
		close: 'Done'
	},
	status: {
		label: 'Connection',
		connecting: 'Connecting…',
		live: 'Live',
		reconnecting: 'Reconnecting…',
		offline: 'Offline — changes saved on this device',
		offlineNotSaved: 'Offline — keep this page open: changes cannot be saved on this device',
		pending: 'Changes made offline are waiting to be sent',
		synced: 'All changes sent',
		closed: 'This canvas is no longer available to you. Your last changes may not have been sent.'
	},
	presence: {
		label: 'People on this canvas',
		toggle: (n: number) => (n === 1 ? 'Only you here' : `${n} people here`),
		you: (name: string) => `${name} (you)`,
		follow: (name: string) => `Follow ${name}`,
		stopFollowing: 'Stop following',
		following: (name: string) => `Following ${name}`,
		editing: 'editing a note',
		followButton: 'Follow',
		followingButton: 'Following'
	},
	announce: {
		added: 'Note added.',
		deleted: (n: number) => (n === 1 ? 'Note deleted.' : `${n} notes deleted.`),
		duplicated: 'Note duplicated.',
		clustered: (name: string) => `Clustered as “${name}”.`,
		clusterDissolved: 'Cluster dissolved.',
		linked: 'Notes linked.',
		unlinked: 'Link removed.',
		undone: 'Undone.',
		redone: 'Redone.',
		failed: 'That change could not be made.'
	}
};
