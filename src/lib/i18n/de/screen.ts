/** German text for the presenter screen (/w/<id>/screen). */
import type { Messages } from '../en';

export const screen: Messages['screen'] = {
	pageTitle: (workshop: string) => `Präsentation · ${workshop}`,
	join: 'Mitmachen unter',
	joinCode: 'Code',
	qr: (code: string) => `QR-Code zum Beitreten mit dem Code ${code}`,
	connecting: 'Verbindung wird hergestellt …',
	phase: 'Jetzt',
	noPhase: 'Willkommen',
	agenda: 'Ablauf',
	timer: 'Restzeit',
	timeUp: 'Die Zeit ist um',
	paused: 'Pausiert',
	round: (kind: string, title: string) => `${kind}: ${title}`,
	voteOnPhones: 'Stimmen Sie auf Ihrem Handy ab',
	writeOnPhones: 'Schreiben Sie auf Ihrem Handy',
	closed: 'Die Abstimmung ist beendet. Die Auswertung folgt gleich.',
	results: 'Auswertung'
};
