/** UI text for the presenter screen (/w/<id>/screen); part of the English catalogue (../en.ts). */
export const screen = {
	pageTitle: (workshop: string) => `Screen · ${workshop}`,
	join: 'Join at',
	joinCode: 'Code',
	qr: (code: string) => `QR code to join the workshop with code ${code}`,
	connecting: 'Connecting…',
	phase: 'Now',
	noPhase: 'Welcome',
	agenda: 'Agenda',
	timer: 'Time left',
	timeUp: 'Time is up',
	paused: 'Paused',
	round: (kind: string, title: string) => `${kind}: ${title}`,
	voteOnPhones: 'Vote on your phone',
	writeOnPhones: 'Write on your phone',
	closed: 'Voting has closed. Results soon.',
	results: 'Results'
};
