/** Finnish text for running a session: refusals of the session and ballot functions; part of ../fi.ts. */
import type { Messages } from '../en';

export const session: Messages['session'] = {
	/** By the HINT key the database functions raise with (facilitation migration). */
	refusals: {
		'not-facilitator': 'Vain työpajan vetäjä voi tehdä tämän.',
		'not-member': 'Et ole enää tämän työpajan jäsen.',
		observer: 'Tarkkailijat seuraavat istuntoa mutta eivät äänestä.',
		'not-found': 'Se ei ole enää osa tätä työpajaa. Lataa sivu uudelleen.',
		'round-kind': 'Tällä kierroksella vastataan toisella tavalla.',
		'round-closed': 'Kierros on suljettu: vastauksia ei voi enää muuttaa.',
		'round-open': 'Toinen kierros on auki. Sulje se ensin.',
		'round-block': 'Kirjoituskierros tarvitsee kanvaasin ja lohkon.',
		'round-criteria': 'Arviointikierros tarvitsee vähintään yhden kriteerin.',
		'round-candidates': 'Valitse vähintään kaksi tekstillistä lappua (enintään 40).',
		budget: 'Sinulla ei ole palloja jäljellä. Ota ensin pallo pois toiselta lapulta.',
		cap: 'Tällä lapulla on jo niin monta palloasi kuin sallitaan.',
		'no-vote': 'Sinulla ei ole palloa tällä lapulla.',
		'not-candidate': 'Lappu ei ole mukana tällä kierroksella.',
		'not-criterion': 'Kriteeri ei ole mukana tällä kierroksella.',
		'score-range': 'Arvio on väliltä 1–5.',
		'ranking-incomplete': 'Laita jokainen lappu järjestykseesi, kukin kerran.',
		hidden: 'Tulokset näkyvät, kun vetäjä paljastaa ne.',
		'timer-duration': 'Ajastin voi olla 1 sekunnista 24 tuntiin.',
		'timer-action': 'Ajastin ei tee sellaista.',
		invalid: 'Pyyntöä ei ymmärretty. Lataa sivu uudelleen ja yritä uudelleen.',
		failed: 'Se ei onnistunut. Tarkista yhteys ja yritä uudelleen.'
	}
};
