/** Finnish text for the outcome of a workshop (/w/<id>/outcome); part of ../fi.ts. */
import type { Messages } from '../en';

export const outcome: Messages['outcome'] = {
	link: 'Lopputulos',
	title: 'Lopputulos',
	pageTitle: (workshop: string) => `Lopputulos · ${workshop}`,
	backToWorkshop: 'Takaisin työpajaan',
	lead: 'Mitä ryhmä päätti: liiketoimintamalli Gassmannin neljänä ulottuvuutena, sen liiketoimintamallityypit, toimiiko se monitahoisina markkinoina, miten se skaalautuu ja mitä seuraajakaupunki tarvitsee.',
	editing: 'Muokkaat lopputulosta yhdessä muiden vetäjien kanssa. Kaikki tallentuu kirjoittaessa.',
	reading: 'Vetäjät kirjoittavat lopputuloksen; voit lukea sitä täällä sitä mukaa kuin se valmistuu.',
	statusLabel: 'Tallennus',
	status: {
		connecting: 'Yhdistetään…',
		live: 'Tallennettu',
		reconnecting: 'Yhdistetään uudelleen…',
		offline: 'Ei yhteyttä: muutokset säilyvät tässä laitteessa ja tallentuvat, kun yhteys palaa'
	},
	offlineNotSaved: 'Ei yhteyttä: tämän laitteen muutokset voivat kadota, jos suljet sivun',
	pending: 'Tallennetaan…',
	closed: 'Tämä lopputulos ei ole enää käytettävissäsi.',

	dimensions: {
		title: 'Liiketoimintamalli',
		text: (name: string) => `${name}: ryhmän omin sanoin`,
		kept: 'Säilytetyt laput',
		noKept: 'Lappuja ei ole vielä säilytetty.',
		candidates: (name: string) => `Kanvaasien laput merkinnällä ${name}`,
		noCandidates: (name: string) => `Kanvaaseilla ei ole vielä yhtään lappua merkinnällä ${name}.`,
		allKept: (name: string) => `Kaikki laput merkinnällä ${name} on säilytetty.`,
		keep: 'Säilytä',
		keepNote: (text: string) => `Säilytä lappu ”${text}”`,
		drop: 'Poista',
		dropNote: (text: string) => `Poista säilytetty lappu ”${text}”`,
		fromCanvas: (canvas: string) => `kanvaasilta ${canvas}`
	},

	patterns: {
		title: 'Liiketoimintamallityypit',
		hint: 'Gassmannin Business Model Navigatorin 55 liiketoimintamallityypistä.',
		none: 'Mallityyppiä ei ole vielä valittu.',
		search: 'Etsi mallityyppi',
		placeholder: 'esim. freemium, tilaus',
		results: (n: number) => (n === 1 ? '1 mallityyppi' : `${n} mallityyppiä`),
		empty: 'Yksikään mallityyppi ei vastaa hakua.',
		unpick: (name: string) => `Poista ${name}`,
		pickVerb: 'Valitse',
		unpickVerb: 'Poista',
		picked: 'valittu',
		unknown: 'Tuntematon mallityyppi'
	},

	useCases: {
		title: 'Liitetyt kirjaston käyttötapaukset',
		none: 'Käyttötapauksia ei ole vielä liitetty.',
		open: 'Liitä käyttötapauksia',
		remove: 'Poista',
		removeOne: (title: string) => `Poista ${title}`,
		unknown: 'Käyttötapaus, jota et näe'
	},

	atos: {
		title: 'Monitahoisten markkinoiden tarkistus',
		hint: 'Atosin kannanoton neljä tekijää: kaikkien on toteuduttava, jotta monitahoiset markkinat toimivat.',
		factors: {
			'public-interest': 'Yleinen etu',
			'public-engagement': 'Yleisön osallistuminen',
			'business-viability': 'Liiketoiminnan kannattavuus',
			'market-opportunities': 'Markkinamahdollisuudet'
		},
		holds: 'Toteutuuko?',
		yes: 'Kyllä',
		no: 'Ei',
		unknown: 'Ei tiedossa',
		evidence: (factor: string) => `${factor}: perustelut`
	},

	scores: {
		title: 'Skaalautuvuus, monistettavuus, kestävyys',
		hint: '1 (matala) – 5 (korkea).',
		none: 'Ei arvioitu',
		fromRound: (title: string) => `Otettu kierrokselta ”${title}”.`,
		fromUnknownRound: 'Otettu arviointikierrokselta.',
		take: 'Ota kierrokselta',
		round: 'Arviointikierros',
		candidate: 'Kohde',
		criterion: (name: string) => `Kriteeri: ${name}`,
		noCriterion: 'Ei mikään',
		takeButton: 'Ota nämä arviot',
		noRounds: 'Työpajan yhtään arviointikierrosta ei ole vielä paljastettu; aseta arviot käsin.',
		preview: (values: string) => `Asetettaisiin: ${values}`
	},

	lists: {
		funding: { title: 'Rahoituskeinot', add: 'Lisää rahoituskeino', placeholder: 'esim. EU:n Horisontti-avustus' },
		internalFactors: { title: 'Sisäiset menestystekijät', add: 'Lisää sisäinen menestystekijä', placeholder: 'esim. sitoutunut kaupungin tiimi' },
		externalFactors: { title: 'Ulkoiset menestystekijät', add: 'Lisää ulkoinen menestystekijä', placeholder: 'esim. kansallinen avoimen datan laki' },
		addButton: 'Lisää',
		none: 'Ei vielä mitään.',
		edit: (text: string) => `Muokkaa: ”${text}”`,
		remove: 'Poista',
		removeOne: (text: string) => `Poista ”${text}”`
	},

	learned: 'Mitä opittiin ja mitä monistaminen vaatii',
	lessons: 'Opit',
	replicationNeeds: 'Mitä seuraajakaupunki tarvitsee monistaakseen sen',
	empty: 'Ei vielä kirjoitettu.'
};
