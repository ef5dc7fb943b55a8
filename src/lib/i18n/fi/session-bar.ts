/** Finnish text for the session bar on the workshop and canvas pages; part of ../fi.ts. */
import type { Messages } from '../en';

export const sessionBar: Messages['sessionBar'] = {
	label: 'Istunto',
	phase: 'Nykyinen vaihe',
	timer: 'Aikaa jäljellä',
	timerPaused: 'tauolla',
	timeUp: 'Aika loppui',
	voteNow: 'Äänestä nyt',
	writeNow: 'Kirjoita nyt',
	console: 'Ohjaus',
	consoleFull: 'Vetäjän ohjausnäkymä',
	jumpBack: 'Palaa',
	jumpBackHint: 'Takaisin sinne, minne vetäjä toi kaikki'
};
