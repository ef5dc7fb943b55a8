/** Finnish text for the participant's round screen (/w/<id>/round); part of ../fi.ts. */
import type { Messages } from '../en';

const dots = (n: number) => (n === 1 ? '1 pallo' : `${n} palloa`);

export const ballot: Messages['ballot'] = {
	title: 'Vastauksesi',
	pageTitle: (workshop: string) => `Kierros · ${workshop}`,
	connecting: 'Yhdistetään istuntoon…',
	toWorkshop: 'Takaisin työpajaan',
	phase: (title: string) => `Nyt: ${title}`,
	noRound: 'Yhtään kierrosta ei ole nyt auki.',
	noRoundHint: 'Kun vetäjä avaa kierroksen, se tulee tähän itsestään.',
	lastResults: 'Edellisen kierroksen tulokset',
	observer: 'Seuraat tätä kierrosta tarkkailijana: näet sen, mutta et äänestä.',
	kinds: {
		writing: 'Yksityinen kirjoittaminen',
		dots: 'Palloäänestys',
		scores: 'Arviointi',
		ranking: 'Järjestäminen'
	},
	voted: (n: number, of: number) => `${n}/${of} on äänestänyt`,
	wrote: (n: number, of: number) => `${n}/${of} on kirjoittanut`,
	dots: {
		intro: (budget: number, cap: number | null) =>
			`${budget === 1 ? 'Anna pallosi lapulle, jota kannatat' : `Anna ${budget} palloasi lapuille, joita kannatat`}${cap === null ? '' : cap === 1 ? ', enintään yksi lappua kohden' : `, enintään ${cap} lappua kohden`}. Voit muuttaa niitä, kunnes kierros sulkeutuu.`,
		left: (n: number, of: number) => `${n}/${of} ${of === 1 ? 'pallo' : 'palloa'} jäljellä`,
		yours: dots,
		add: (label: string) => `Anna pallo lapulle ”${label}”`,
		remove: (label: string) => `Ota pallo pois lapulta ”${label}”`,
		why: { cap: 'Lapulla on jo enimmäismäärä' }
	},
	scores: {
		intro: 'Arvioi jokainen lappu jokaisella kriteerillä asteikolla 1 (heikko) – 5 (vahva). Jokainen valinta tallentuu heti.',
		scored: (n: number, of: number) => `${n}/${of} arviota annettu`,
		low: 'heikko',
		high: 'vahva'
	},
	ranking: {
		intro: 'Järjestä laput omaan järjestykseesi, paras ensin: vedä kahvasta, käytä nuolia tai valitse kahva ja paina nuolinäppäimiä ylös ja alas.',
		handle: (label: string, place: number, of: number) => `Siirrä ”${label}”, nyt ${place}/${of}`,
		up: (label: string) => `Siirrä ”${label}” ylemmäs`,
		down: (label: string) => `Siirrä ”${label}” alemmas`,
		moved: (label: string, place: number, of: number) => `”${label}” on nyt ${place}/${of}.`,
		save: 'Tallenna järjestys',
		saved: 'Järjestyksesi on tallennettu.',
		unsaved: 'Järjestystäsi ei ole vielä tallennettu.',
		never: 'Et ole vielä tallentanut järjestystä.'
	},
	writing: {
		intro: 'Kirjoita ideasi, yksi lappua kohden. Kukaan muu ei näe niitä, ei edes vetäjä, ennen kuin vetäjä paljastaa ne kanvaasilla.',
		authors: 'Paljastettaessa lappujesi kohdalla näkyy nimesi.',
		anonymous: 'Paljastettaessa lappusi näytetään ilman nimeäsi.',
		label: 'Ideasi',
		add: 'Lisää',
		yours: (n: number) => (n === 0 ? 'Et ole vielä kirjoittanut mitään.' : n === 1 ? 'Lappusi (vain sinä näet sen)' : `${n} lappuasi (vain sinä näet ne)`),
		edit: 'Muuta',
		editLabel: (n: number) => `Muuta lappua ${n}`,
		save: 'Tallenna',
		cancel: 'Peruuta',
		remove: 'Poista',
		removeLabel: (n: number) => `Poista lappu ${n}`,
		text: (n: number) => `Lapun ${n} teksti`
	},
	saving: 'Tallennetaan…',
	loadFailed: 'Vastaustasi ei voitu ladata. Tarkista yhteys; se latautuu uudelleen, kun yhteys palaa.'
};
