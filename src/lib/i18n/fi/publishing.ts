/** Finnish text for publishing an outcome to the library, editing and retiring it; part of ../fi.ts. */
import type { Messages } from '../en';

export const publishing: Messages['publishing'] = {
	link: 'Julkaise kirjastoon',
	title: 'Julkaise kirjastoon',
	lead: 'Tee työpajan lopputuloksesta organisaatiosi käyttötapaus. Se tallennetaan ensin luonnoksena: vain organisaatiosi näkee sen, kunnes julkaiset sen.',
	prefilled: 'Kuka, Mitä, Miten ja Miksi, liiketoimintamallityypit, arviot, rahoituskeinot, menestystekijät, opit ja seuraajakaupungin tarpeet tulevat lopputuloksesta. Voit muuttaa mitä tahansa ennen tallennusta.',
	emptyOutcome: 'Työpajan lopputulosta ei ole vielä kirjoitettu, joten lomake on aluksi tyhjä.',
	already: 'Tästä työpajasta jo tehdyt käyttötapaukset:',
	status: { draft: 'luonnos', published: 'julkaistu', retired: 'vedetty pois' },
	notPublisher: 'Julkaiseminen vaatii organisaatiossa julkaisijan tai pääkäyttäjän roolin. Pyydä sitä organisaatiosi pääkäyttäjältä.',
	notFacilitator: 'Vain työpajan vetäjä voi julkaista sen lopputuloksen.',
	edit: {
		title: 'Muokkaa käyttötapausta',
		lead: (organization: string) => `Organisaation ${organization} käyttötapaus. Muutokset näkyvät kirjastossa heti tallennettuasi.`,
		save: 'Tallenna muutokset',
		back: 'Takaisin käyttötapaukseen'
	},
	form: {
		language: 'Kirjoituskieli',
		languageHint: 'Tekstit säilyvät sellaisinaan; kirjasto kertoo niiden kielen ja hakee niistä sillä kielellä.',
		about: 'Tietoja käyttötapauksesta',
		more: 'Rahoituskeinot, menestystekijät ja opit',
		organization: 'Organisaatio',
		organizationHint: 'Käyttötapaus julkaistaan tämän organisaation nimissä.',
		title: 'Otsikko',
		titleHint: '3–160 merkkiä.',
		slug: 'Osoite',
		slugHint: (origin: string) => `${origin}/library/… – pieniä kirjaimia, numeroita ja yhdysmerkkejä. Ehdotetaan otsikosta.`,
		city: 'Kaupunki',
		country: 'Maa',
		domain: 'Aihealue',
		maturity: 'Kehitysvaihe',
		summary: 'Tiivistelmä',
		summaryHint: 'Mistä on kyse, parilla kolmella lauseella (10–2 000 merkkiä).',
		dimensionsLegend: 'Liiketoimintamalli',
		dimensionsHint: 'Julkaiseminen vaatii kaikki neljä. Säilytetyt laput ovat yksi per rivi.',
		patterns: 'Liiketoimintamallityypit',
		patternsChosen: (n: number) => (n === 1 ? '1 valittu' : `${n} valittu`),
		scores: 'Skaalautuvuus, monistettavuus, kestävyys',
		notScored: 'Ei arvioitu',
		funding: 'Rahoituskeinot',
		internalFactors: 'Sisäiset menestystekijät',
		externalFactors: 'Ulkoiset menestystekijät',
		listHint: 'Yksi per rivi.',
		lessons: 'Opit',
		replication: 'Mitä kaupunki tarvitsee monistaakseen sen',
		saveDraft: 'Tallenna luonnos ja esikatsele'
	},
	bar: {
		label: 'Julkaiseminen',
		lastChanged: (date: string) => `Muutettu viimeksi ${date}`,
		preview: 'Esikatselu: näin kirjasto näyttää sen julkaisun jälkeen.',
		publish: 'Julkaise',
		edit: 'Muokkaa',
		retire: 'Vedä pois',
		retireConfirm: 'Vedetäänkö käyttötapaus pois? Se poistuu kirjaston hausta; sen sivu säilyy ja kertoo, että se on vedetty pois.',
		republish: 'Julkaise uudelleen'
	},
	validation: {
		language: 'Valitse kieli, jolla tekstit on kirjoitettu.',
		title: 'Anna otsikko, jossa on 3–160 merkkiä.',
		slug: 'Käytä pieniä kirjaimia, numeroita ja yksittäisiä yhdysmerkkejä (enintään 80).',
		organization: 'Valitse organisaatio, jossa voit julkaista.',
		city: 'Anna kaupunki (enintään 80 merkkiä).',
		country: 'Anna maa (enintään 80 merkkiä).',
		domain: 'Valitse aihealue.',
		maturity: 'Valitse kehitysvaihe.',
		summary: 'Kirjoita tiivistelmä, jossa on 10–2 000 merkkiä.',
		dimensionTooLong: 'Enintään 4 000 merkkiä.',
		itemTooLong: 'Kullakin rivillä enintään 300 merkkiä.',
		tooManyItems: 'Enintään 50 riviä.',
		textTooLong: 'Enintään 4 000 merkkiä.',
		invalid: 'Tarkista korostetut kentät.'
	},
	refused: {
		slugTaken: (free: string) => `Tämä osoite on jo käytössä. ”${free}” on vapaana.`,
		notAllowed: 'Sinulla ei ole oikeutta tehdä tätä tässä organisaatiossa.',
		dimensionsMissing: 'Julkaiseminen vaatii kaikki neljä: Kuka, Mitä, Miten ja Miksi. Täydennä ne muokkaamalla käyttötapausta.',
		invalid: 'Jotakin lomakkeen tietoa ei hyväksytty. Tarkista arvot ja yritä uudelleen.',
		failed: 'Tätä ei juuri nyt voitu tallentaa. Yritä hetken päästä uudelleen.'
	}
};
