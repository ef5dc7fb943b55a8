/** UI text for the presenter screen (/w/<id>/screen); part of the French catalogue (../fr.ts). */
import type { Messages } from '../en';

export const screen: Messages['screen'] = {
	pageTitle: (workshop: string) => `Écran · ${workshop}`,
	join: 'Rejoindre sur',
	joinCode: 'Code',
	qr: (code: string) => `QR code pour rejoindre l’atelier avec le code ${code}`,
	connecting: 'Connexion…',
	phase: 'En cours',
	noPhase: 'Bienvenue',
	agenda: 'Programme',
	timer: 'Temps restant',
	timeUp: 'Temps écoulé',
	paused: 'En pause',
	round: (kind: string, title: string) => `${kind} : ${title}`,
	voteOnPhones: 'Votez sur votre téléphone',
	writeOnPhones: 'Écrivez sur votre téléphone',
	closed: 'Le vote est clos. Résultats dans un instant.',
	results: 'Résultats'
};
