/** Finnish text for handing a workshop's ideas on to Decidim; part of ../fi.ts. */
import type { Messages } from '../en';
import { BODY_MIN, TITLE_MAX, TITLE_MIN } from '../../domain/decidim.ts';

export const handover: Messages['handover'] = {
	pageTitle: (workshop: string) => `Siirto Decidimiin · ${workshop}`,
	title: 'Siirto Decidimiin',
	lead: 'Valitse ideat, jotka viedään kaupungin osallistumisalustalle, ja lataa ne Decidimin ehdotusten tuontitiedostona. Avaa Decidimin hallinnassa ehdotukset-osio, sitten Tuo > Tuo ehdotuksia tiedostosta, ja valitse tämä tiedosto.',
	language: (locale: string) => `Ehdotusten kieli: ${locale} (työpajan kieli).`,
	back: 'Takaisin työpajaan',
	forbidden: 'Vain työpajan vetäjät voivat siirtää ideoita.',
	empty: 'Työpajassa ei ole vielä lappuja. Sen kanvaaseille kirjoitetut ideat näkyvät tässä.',
	ideas: 'Ideat',
	chosen: (n: number, of: number) => `${n}/${of} valittu`,
	choose: (text: string) => `Siirrä: ${text}`,
	titleLabel: 'Otsikko Decidimissä',
	titleHint: `${TITLE_MIN}–${TITLE_MAX} merkkiä.`,
	count: (n: number) => `${n} / ${TITLE_MAX}`,
	kept: 'Säilytetty lopputuloksessa',
	top: (place: number) => `Sija ${place} kierroksella`,
	body: 'Sisältö: lapun teksti ja sen jälkeen, mistä se on peräisin.',
	selectAll: 'Valitse kaikki',
	selectNone: 'Poista valinnat',
	downloadCsv: 'Lataa CSV',
	downloadJson: 'Lataa JSON',
	noneChosen: 'Valitse vähintään yksi siirrettävä idea.',
	fix: 'Osa otsikoista on muutettava ennen kuin tiedosto voidaan tehdä; katso viestit niiden vieressä.',
	problems: {
		title: {
			tooShort: `Decidimin otsikossa on oltava vähintään ${TITLE_MIN} merkkiä.`,
			tooLong: `Decidimin otsikossa voi olla enintään ${TITLE_MAX} merkkiä.`
		}
	},
	refused: (n: number) => `Tiedostoa ei tehty: ${n === 1 ? '1 idea tarvitsee' : `${n} ideaa tarvitsee`} pidemmän tai lyhyemmän otsikon (Decidim hyväksyy ${TITLE_MIN}–${TITLE_MAX} merkkiä). Palaa takaisin ja muuta sitä.`,
	unknownIdea: 'Jokin valituista ideoista ei ole enää työpajan kanvaaseilla. Lataa sivu uudelleen ja valitse uudestaan.',
	/** The line under each proposal's text in Decidim: where it came from. */
	context: (workshop: string, canvas: string) => `Civic Canvas -työpajasta ”${workshop}”, kanvaasilta ”${canvas}”.`
};
