/** UI text for the session bar on the workshop and canvas pages; part of the French catalogue (../fr.ts). */
import type { Messages } from '../en';

export const sessionBar: Messages['sessionBar'] = {
	label: 'Séance',
	phase: 'Étape en cours',
	timer: 'Temps restant',
	timerPaused: 'en pause',
	timeUp: 'Temps écoulé',
	voteNow: 'Votez',
	writeNow: 'Écrivez',
	console: 'Console',
	consoleFull: 'Console d’animation',
	jumpBack: 'Y retourner',
	jumpBackHint: 'Retour là où l’animateur a amené tout le monde'
};
