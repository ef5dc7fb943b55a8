/** Finnish text for replicating a use case: the start form and the spread of a use case; part of ../fi.ts. */
import type { Messages } from '../en';

export const replication: Messages['replication'] = {
	start: {
		title: 'Aloita työpaja tästä',
		lead: 'Uusi työpaja kaupungillesi: Business Model Canvas, jossa tämän käyttötapauksen Kuka, Mitä, Miten ja Miksi ovat valmiina lappuina, ja lopputuloksen luonnos, joka muistaa, mistä se on peräisin.',
		name: 'Työpajan otsikko',
		city: 'Kaupunki',
		otherCity: 'Muu kaupunki',
		typedCity: 'Kaupunki',
		typedCityHint: 'Kaupunki, jolle työpaja on.',
		submit: 'Aloita työpaja',
		signIn: 'Kirjaudu, niin voit aloittaa työpajan tästä',
		needsAccount: 'Kirjaudu sähköpostillasi, niin voit aloittaa työpajan tästä; osallistujan nimi ei riitä.',
		purpose: (useCase: string, city: string) => `Monistetaan ”${useCase}” – kaupunki: ${city}.`,
		canvasTitle: 'Business Model Canvas',
		back: 'Takaisin käyttötapaukseen',
		validation: {
			titleRequired: 'Anna työpajalle otsikko.',
			titleTooLong: 'Otsikossa voi olla enintään 160 merkkiä.',
			cityRequired: 'Kerro, mille kaupungille työpaja on.',
			cityTooLong: 'Kaupungin nimessä voi olla enintään 120 merkkiä.'
		},
		failed: 'Työpajaa ei voitu aloittaa. Mitään ei tallennettu; yritä uudelleen.',
		notFound: 'Tätä käyttötapausta ei ole kirjastossa.'
	},
	spread: {
		title: 'Monistukset',
		lead: 'Minne käyttötapaus on levinnyt ensimmäisestä kaupungistaan: kirjatut monistukset vuosineen sekä käyttötapauksen mainitsemat seuraajakaupungit.',
		none: 'Yksikään kaupunki ei ole vielä monistanut tätä käyttötapausta.',
		chartTitle: (city: string) => `Käyttötapauksen leviäminen, lähtökaupunki ${city}`,
		source: 'ensimmäinen kaupunki',
		replicated: (year: string) => `monistettu ${year}`,
		follower: 'seuraaja, ei kirjausta',
		listTitle: 'Monistukset ja seuraajat',
		replicatedBy: (organisation: string, city: string, date: string) => `${organisation}, ${city}, ${date}`,
		followerItem: (city: string) => `${city}: seuraajakaupunki, monistusta ei kirjattu`,
		unknownOrganisation: 'Organisaatio'
	}
};
