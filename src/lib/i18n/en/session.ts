/** UI text for running a session: refusals of the session and ballot functions; part of the English catalogue (../en.ts). */
export const session = {
	/** By the HINT key the database functions raise with (facilitation migration). */
	refusals: {
		'not-facilitator': 'Only a facilitator of this workshop can do this.',
		'not-member': 'You are no longer a member of this workshop.',
		observer: 'Observers follow the session but do not vote.',
		'not-found': 'That is no longer part of this workshop. Reload the page.',
		'round-kind': 'This round takes another kind of ballot.',
		'round-closed': 'This round is closed: ballots can no longer change.',
		'round-open': 'Another round is open. Close it first.',
		'round-block': 'A writing round needs a canvas and a block.',
		'round-criteria': 'A scoring round needs at least one criterion.',
		'round-candidates': 'Choose at least two notes with text (at most 40).',
		budget: 'You have no dots left. Take one back from another note first.',
		cap: 'This note already has as many of your dots as it may.',
		'no-vote': 'You have no dot on this note.',
		'not-candidate': 'That note is not part of this round.',
		'not-criterion': 'That criterion is not part of this round.',
		'score-range': 'A score goes from 1 to 5.',
		'ranking-incomplete': 'Put every note in your order, each once.',
		hidden: 'The results are shown when the facilitator reveals them.',
		'timer-duration': 'A timer runs from 1 second to 24 hours.',
		'timer-action': 'That is not something the timer does.',
		invalid: 'That request was not understood. Reload the page and try again.',
		failed: 'That did not work. Check your connection and try again.'
	}
};
export type RefusalKey = keyof typeof session.refusals;
