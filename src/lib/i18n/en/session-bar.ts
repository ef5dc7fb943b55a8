/** UI text for the session bar on the workshop and canvas pages; part of the English catalogue (../en.ts). */
export const sessionBar = {
	label: 'Session',
	phase: 'Current phase',
	timer: 'Time left',
	timerPaused: 'paused',
	timeUp: 'Time is up',
	voteNow: 'Vote now',
	writeNow: 'Write now',
	console: 'Console',
	consoleFull: 'Facilitator console',
	jumpBack: 'Jump back',
	jumpBackHint: 'Back to where the facilitator brought everyone'
};
