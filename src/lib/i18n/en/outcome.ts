/** UI text for the outcome of a workshop (/w/<id>/outcome); part of the English catalogue (../en.ts). */
import type { ConnectionStatus } from '../../collab/connection-status.ts';

export const outcome = {
	link: 'Outcome',
	title: 'Outcome',
	pageTitle: (workshop: string) => `Outcome · ${workshop}`,
	backToWorkshop: 'Back to the workshop',
	lead: 'What the group decided: the business model in Gassmann’s four dimensions, the patterns it follows, whether it holds as a multi-sided market, how it scales, and what a city that follows needs.',
	editing: 'You edit this outcome with the other facilitators. Everything saves as you type.',
	reading: 'The facilitators write this outcome; you can read it here as it grows.',
	statusLabel: 'Saving',
	status: {
		connecting: 'Connecting…',
		live: 'Saved',
		reconnecting: 'Reconnecting…',
		offline: 'Offline: changes are kept on this device and saved when you are back'
	} satisfies Record<ConnectionStatus, string>,
	offlineNotSaved: 'Offline: changes on this device may be lost if you close the page',
	pending: 'Saving…',
	closed: 'This outcome is not available to you any more.',

	dimensions: {
		title: 'Business model',
		text: (name: string) => `${name}: the group’s own words`,
		kept: 'Kept notes',
		noKept: 'No note kept yet.',
		candidates: (name: string) => `Notes tagged ${name} on the canvases`,
		noCandidates: (name: string) => `No note on the canvases is tagged ${name} yet.`,
		allKept: (name: string) => `Every note tagged ${name} is kept.`,
		keep: 'Keep',
		keepNote: (text: string) => `Keep the note “${text}”`,
		drop: 'Remove',
		dropNote: (text: string) => `Remove the kept note “${text}”`,
		fromCanvas: (canvas: string) => `from ${canvas}`
	},

	patterns: {
		title: 'Business model patterns',
		hint: 'From the 55 patterns of Gassmann’s Business Model Navigator.',
		none: 'No pattern picked yet.',
		search: 'Find a pattern',
		placeholder: 'e.g. freemium, subscription',
		results: (n: number) => (n === 1 ? '1 pattern' : `${n} patterns`),
		empty: 'No pattern matches.',
		unpick: (name: string) => `Remove ${name}`,
		pickVerb: 'Pick',
		unpickVerb: 'Remove',
		picked: 'picked',
		unknown: 'Unknown pattern'
	},

	useCases: {
		title: 'Linked library use cases',
		none: 'No use case linked yet.',
		open: 'Link use cases',
		remove: 'Remove',
		removeOne: (title: string) => `Remove ${title}`,
		unknown: 'A use case you cannot see'
	},

	atos: {
		title: 'Multi-sided market check',
		hint: 'The Atos position paper’s four factors: all must hold for a multi-sided market to work.',
		factors: {
			'public-interest': 'Public interest',
			'public-engagement': 'Public engagement',
			'business-viability': 'Business viability',
			'market-opportunities': 'Market opportunities'
		},
		holds: 'Holds?',
		yes: 'Yes',
		no: 'No',
		unknown: 'Not known',
		evidence: (factor: string) => `${factor}: evidence`
	},

	scores: {
		title: 'Scalability, replicability, sustainability',
		hint: '1 (low) to 5 (high).',
		none: 'Not scored',
		fromRound: (title: string) => `Taken from the round “${title}”.`,
		fromUnknownRound: 'Taken from a scoring round.',
		take: 'Take from a round',
		round: 'Scoring round',
		candidate: 'For',
		criterion: (name: string) => `Criterion for ${name}`,
		noCriterion: 'None',
		takeButton: 'Take these scores',
		noRounds: 'No scoring round of this workshop has been revealed yet; set the scores by hand.',
		preview: (values: string) => `Would set: ${values}`
	},

	lists: {
		funding: { title: 'Funding mechanisms', add: 'Add a funding mechanism', placeholder: 'e.g. EU Horizon grant' },
		internalFactors: { title: 'Internal success factors', add: 'Add an internal success factor', placeholder: 'e.g. a committed city team' },
		externalFactors: { title: 'External success factors', add: 'Add an external success factor', placeholder: 'e.g. national open data law' },
		addButton: 'Add',
		none: 'None yet.',
		edit: (text: string) => `Edit “${text}”`,
		remove: 'Remove',
		removeOne: (text: string) => `Remove “${text}”`
	},

	learned: 'What was learned, and what it takes to replicate',
	lessons: 'Lessons learned',
	replicationNeeds: 'What a follower city needs to replicate it',
	empty: 'Nothing written yet.'
};
