/** Finnish text for canvas; part of ../fi.ts. */
import type { Messages } from '../en';

export const canvas: Messages['canvas'] = {
	page: {
		title: (canvas: string, workshop: string) => `${canvas} · ${workshop}`,
		workshop: 'Takaisin työpajaan',
		canvases: 'Työpajan kanvaasit',
		loading: 'Ladataan kanvaasia…',
		lock: 'Lukitse kanvaasi',
		unlock: 'Avaa lukitus'
	},
	readOnly: {
		observer: 'Tarkkailet tätä työpajaa: voit katsella, zoomata ja seurata muita, mutta et muuttaa mitään.',
		locked: 'Vetäjä on lukinnut tämän kanvaasin: voit katsella, mutta et toistaiseksi muokata.',
		lockedFacilitator: 'Kanvaasi on lukittu osallistujilta. Vetäjänä voit yhä muokata sitä.'
	},
	board: {
		label: 'Kanvaasi',
		help: 'Liiku vetämällä tyhjää kohtaa; zoomaa nipistämällä tai vierittämällä Ctrl pohjassa. Lisää lappu kaksoisnapsauttamalla tai -napauttamalla. Sarkain siirtyy lapulta toiselle, Enter avaa lapun muokattavaksi, nuolinäppäimet siirtävät sitä (Shift: pidemmälle, Alt: muuta kokoa), välilyönti valitsee, Delete poistaa.',
		helpReadOnly: 'Liiku vetämällä; zoomaa nipistämällä tai vierittämällä Ctrl pohjassa. Sarkain siirtyy lapulta toiselle.'
	},
	note: {
		label: (author: string, words: string) => `Lappu, kirjoittaja ${author}: ${words}`,
		empty: '(tyhjä)',
		selected: 'valittu',
		inCluster: (name: string) => `ryhmässä ”${name}”`,
		editedBy: (names: string) => `muokkaamassa: ${names}`,
		you: 'sinä',
		someone: (stakeholder: string) => `osallistuja (${stakeholder})`,
		textLabel: 'Lapun teksti',
		/** A phone's editing sheet: ends editing, as leaving the text box does. */
		doneEditing: 'Valmis',
		useCaseUnknown: 'Käyttötapaus',
		moreUseCases: (n: number) => `+${n}`,
		opensInNewTab: '(avautuu uuteen välilehteen)',
		dots: (n: number) => (n === 1 ? '1 pallo' : `${n} palloa`)
	},
	toolbar: {
		label: 'Kanvaasin työkalut',
		addNote: 'Lisää lappu',
		undo: 'Kumoa',
		redo: 'Tee uudelleen',
		zoomIn: 'Lähennä',
		zoomOut: 'Loitonna',
		fit: 'Sovita näyttöön',
		zoomLevel: (percent: number) => `Zoomaus ${percent} %`
	},
	blockPicker: {
		title: 'Mihin lohkoon lappusi kuuluu?',
		cancel: 'Peruuta'
	},
	selection: {
		label: 'Valitut laput',
		count: (n: number) => (n === 1 ? '1 lappu valittu' : `${n} lappua valittu`),
		edit: 'Muokkaa tekstiä',
		color: 'Väri',
		tags: 'Kuka, Mitä, Miten, Miksi',
		tagAs: (dimension: string) => `Merkitse: ${dimension}`,
		useCases: 'Käyttötapaukset',
		link: 'Yhdistä laput',
		unlink: 'Poista yhteys',
		cluster: 'Ryhmittele',
		dissolveCluster: 'Pura ryhmä',
		rename: 'Nimeä ryhmä',
		duplicate: 'Monista',
		delete: 'Poista',
		clear: 'Poista valinta',
		putToVote: 'Äänestykseen',
		summonHere: 'Tuo kaikki tänne'
	},
	vote: {
		title: 'Vie valitut laput äänestykseen',
		candidates: (n: number) => (n === 1 ? '1 tekstillinen lappu valittu' : `${n} tekstillistä lappua valittu`),
		kind: 'Miten päätetään',
		kinds: { dots: 'Pallot', scores: 'Arviot', ranking: 'Järjestys' },
		kindHints: {
			dots: 'Jokainen antaa muutaman pallon lapuille, joita kannattaa.',
			scores: 'Jokainen arvioi jokaisen lapun asteikolla 1–5 jokaisella kriteerillä.',
			ranking: 'Jokainen laittaa laput järjestykseen.'
		},
		roundTitle: 'Kysymys (valinnainen)',
		roundTitlePlaceholder: 'esim. Minkä palvelun rakennamme ensin?',
		budget: 'Palloja per henkilö',
		cap: 'Palloja enintään yhdelle lapulle',
		noCap: 'Ei rajaa',
		criteria: 'Kriteerit',
		criteriaSets: { oulu: 'Skaalautuvuus, monistettavuus, kestävyys', atos: 'Neljä tekijää (Atos)', own: 'Omat kriteerit' },
		ownCriteria: 'Kriteerit, yksi per rivi',
		open: 'Avaa kierros',
		opening: 'Avataan…',
		cancel: 'Peruuta'
	},
	summoned: 'Vetäjä toi kaikki tänne.',
	colors: {
		label: 'Lapun väri',
		stakeholder: (stakeholder: string) => `Sidosryhmän väri: ${stakeholder}`,
		/** Names of SEGMENT_COLORS (src/lib/domain/templates.ts), in the same order. */
		segments: ['Oranssi', 'Taivaansininen', 'Vihreä', 'Keltainen', 'Punainen', 'Vaaleanpunainen', 'Laventeli', 'Harmaa']
	},
	cluster: {
		createTitle: 'Ryhmittele valitut laput',
		renameTitle: 'Nimeä ryhmä uudelleen',
		name: 'Ryhmän nimi',
		create: 'Ryhmittele',
		save: 'Tallenna',
		cancel: 'Peruuta'
	},
	picker: {
		title: 'Liitä kirjaston käyttötapauksia',
		search: 'Hae kirjastosta',
		placeholder: 'esim. pysäköinti, anturit',
		searching: 'Haetaan…',
		results: (n: number) => (n === 1 ? '1 käyttötapaus löytyi' : `${n} käyttötapausta löytyi`),
		empty: 'Haulla ei löytynyt yhtään käyttötapausta.',
		failed: 'Kirjastosta ei juuri nyt voitu hakea. Yritä uudelleen.',
		link: (title: string) => `Liitä ${title}`,
		unlink: (title: string) => `Poista ${title}`,
		linkShort: 'Liitä',
		unlinkShort: 'Poista',
		linked: 'Liitetty tähän lappuun',
		none: 'Käyttötapauksia ei ole vielä liitetty.',
		close: 'Valmis'
	},
	status: {
		label: 'Yhteys',
		connecting: 'Yhdistetään…',
		live: 'Yhteydessä',
		reconnecting: 'Yhdistetään uudelleen…',
		offline: 'Ei yhteyttä – muutokset tallentuvat tähän laitteeseen',
		offlineNotSaved: 'Ei yhteyttä – pidä sivu auki: muutoksia ei voi tallentaa tähän laitteeseen',
		pending: 'Ilman yhteyttä tehdyt muutokset odottavat lähetystä',
		synced: 'Kaikki muutokset lähetetty',
		closed: 'Tämä kanvaasi ei ole enää käytettävissäsi. Viimeisimmät muutoksesi eivät ehkä ehtineet lähteä.'
	},
	presence: {
		label: 'Kanvaasilla nyt',
		toggle: (n: number) => (n === 1 ? 'Vain sinä täällä' : `${n} henkilöä täällä`),
		you: (name: string) => `${name} (sinä)`,
		follow: (name: string) => `Seuraa: ${name}`,
		stopFollowing: 'Lopeta seuraaminen',
		following: (name: string) => `Seurataan: ${name}`,
		editing: 'muokkaa lappua',
		followButton: 'Seuraa',
		followingButton: 'Seurataan'
	},
	announce: {
		added: 'Lappu lisätty.',
		deleted: (n: number) => (n === 1 ? 'Lappu poistettu.' : `${n} lappua poistettu.`),
		duplicated: 'Lappu monistettu.',
		clustered: (name: string) => `Ryhmitelty: ”${name}”.`,
		clusterDissolved: 'Ryhmä purettu.',
		linked: 'Laput yhdistetty.',
		unlinked: 'Yhteys poistettu.',
		undone: 'Kumottu.',
		redone: 'Tehty uudelleen.',
		failed: 'Muutosta ei voitu tehdä.'
	}
};
