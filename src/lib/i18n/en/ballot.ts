/** UI text for the participant's round screen (/w/<id>/round); part of the English catalogue (../en.ts). */
export const ballot = {
	title: 'Your ballot',
	pageTitle: (workshop: string) => `Round · ${workshop}`,
	connecting: 'Connecting to the session…',
	toWorkshop: 'Back to the workshop',
	phase: (title: string) => `Now: ${title}`,
	noRound: 'No round is open right now.',
	noRoundHint: 'When the facilitator opens one, it appears here by itself.',
	lastResults: 'Results of the last round',
	observer: 'You follow this round as an observer: you see it, but do not vote.',
	kinds: {
		writing: 'Private writing',
		dots: 'Dot voting',
		scores: 'Scoring',
		ranking: 'Ranking'
	},
	voted: (n: number, of: number) => `${n} of ${of} have voted`,
	wrote: (n: number, of: number) => `${n} of ${of} have written`,
	dots: {
		intro: (budget: number, cap: number | null) =>
			`Give your ${budget === 1 ? 'dot' : `${budget} dots`} to the notes you support${cap === null ? '' : cap === 1 ? ', at most one per note' : `, at most ${cap} per note`}. You can change them until the round closes.`,
		left: (n: number, of: number) => `${n} of ${of} ${of === 1 ? 'dot' : 'dots'} left`,
		yours: (n: number) => (n === 1 ? '1 dot' : `${n} dots`),
		add: (label: string) => `Add a dot to “${label}”`,
		remove: (label: string) => `Take a dot back from “${label}”`,
		why: { cap: 'Most allowed on this note' }
	},
	scores: {
		intro: 'Score each note from 1 (weak) to 5 (strong) on each criterion. Each choice is saved at once.',
		scored: (n: number, of: number) => `${n} of ${of} scores given`,
		low: 'weak',
		high: 'strong'
	},
	ranking: {
		intro: 'Put the notes in your order, best first: drag a handle, use the arrows, or focus a handle and press the up and down arrow keys.',
		handle: (label: string, place: number, of: number) => `Move “${label}”, now ${place} of ${of}`,
		up: (label: string) => `Move “${label}” up`,
		down: (label: string) => `Move “${label}” down`,
		moved: (label: string, place: number, of: number) => `“${label}” is now ${place} of ${of}.`,
		save: 'Save my order',
		saved: 'Your order is saved.',
		unsaved: 'Your order is not saved yet.',
		never: 'You have not saved an order yet.'
	},
	writing: {
		intro: 'Write your ideas, one per note. Nobody else sees them, not even the facilitator, until the facilitator reveals them on the canvas.',
		authors: 'At reveal your name is shown with your notes.',
		anonymous: 'At reveal your notes are shown without your name.',
		label: 'Your idea',
		add: 'Add',
		yours: (n: number) => (n === 0 ? 'You have written nothing yet.' : n === 1 ? 'Your note (only you see it)' : `Your ${n} notes (only you see them)`),
		edit: 'Change',
		editLabel: (n: number) => `Change note ${n}`,
		save: 'Save',
		cancel: 'Cancel',
		remove: 'Remove',
		removeLabel: (n: number) => `Remove note ${n}`,
		text: (n: number) => `Text of note ${n}`
	},
	saving: 'Saving…',
	loadFailed: 'Your ballot could not be loaded. Check your connection; it loads again when you are back.'
};
