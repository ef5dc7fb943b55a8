/** Finnish text for templates; part of ../fi.ts. Canvas blocks as Osterwalder's Finnish canvas names them. */
import type { Messages } from '../en';

export const templates: Messages['templates'] = {
	'business-model-canvas': {
		name: 'Business Model Canvas',
		description:
			'Liiketoimintamallin yhdeksän lohkoa. Anna jokaiselle asiakassegmentille oma värinsä ja liitä jokainen arvolupaus segmenttiinsä.',
		blocks: {
			'key-partnerships': {
				title: 'Avainkumppanit',
				hint: 'Keitä tarvitsemme mukaan: toimialoja, yrityksiä, korkeakouluja, asukasryhmiä?'
			},
			'key-activities': { title: 'Avaintoiminnot', hint: 'Missä meidän on onnistuttava, jotta palvelu toimii?' },
			'key-resources': { title: 'Avainresurssit', hint: 'Mihin dataan, infrastruktuuriin, ihmisiin ja rahoitukseen se nojaa?' },
			'value-propositions': {
				title: 'Arvolupaukset',
				hint: 'Minkä ongelman ratkaisemme kullekin segmentille, ja miksi se kiinnostaisi heitä?'
			},
			'customer-relationships': {
				title: 'Asiakassuhteet',
				hint: 'Miten saamme, pidämme ja osallistamme kunkin segmentin?'
			},
			channels: { title: 'Kanavat', hint: 'Miten kukin segmentti kuulee palvelusta, kokeilee sitä ja saa sen?' },
			'customer-segments': { title: 'Asiakassegmentit', hint: 'Kenelle luomme arvoa? Kuka maksaa, kuka käyttää?' },
			'cost-structure': { title: 'Kustannusrakenne', hint: 'Mitä rakentaminen (CAPEX) ja ylläpito (OPEX) maksavat?' },
			'revenue-streams': {
				title: 'Tulovirrat',
				hint: 'Kuka maksaa mistä, kuinka usein, ja kuinka paljon kaupungille jää?'
			}
		}
	},
	'magic-triangle': {
		name: 'Gassmannin maaginen kolmio',
		description:
			'Keskellä on Kuka eli kenelle arvoa luodaan; kulmissa ovat Mitä, Miten ja Miksi. Muuta kahta kulmaa, niin sinulla on uusi liiketoimintamalli.',
		blocks: {
			who: { title: 'Kuka', hint: 'Keitä ovat kohdeasiakkaat ja käyttäjät?' },
			what: { title: 'Mitä', hint: 'Mitä tarjoamme heille?' },
			how: { title: 'Miten', hint: 'Miten tuotamme ja toimitamme sen, ja kenen kanssa?' },
			why: { title: 'Miksi', hint: 'Miksi se kannattaa: mistä tulot ja kulut syntyvät?' }
		}
	},
	'opportunity-value-advantage': {
		name: 'Mahdollisuus, arvo, etu',
		description:
			'Kuusi vaihetta yhdellä kehällä. Kulje myötäpäivään poliittista keskustelua varten, vastapäivään käytännön toteutusta varten.',
		blocks: {
			opportunity: { title: 'Mahdollisuus', hint: 'Mihin tarpeeseen tai mahdollisuuteen digipalvelu voisi vastata?' },
			value: { title: 'Arvo', hint: 'Miten arvo syntyy, kuka sen saa ja miten se jaetaan?' },
			advantage: { title: 'Etu', hint: 'Mikä tekee tästä parempaa kuin vaihtoehdot?' },
			scalability: { title: 'Skaalautuvuus', hint: 'Voisiko se palvella kymmenen kertaa useampia ihmisiä?' },
			replicability: { title: 'Monistettavuus', hint: 'Mitä toinen kaupunki tarvitsisi ottaakseen sen käyttöön?' },
			sustainability: { title: 'Kestävyys', hint: 'Kattaako se yhä kulunsa viiden vuoden päästä?' }
		}
	},
	'multi-sided-market': {
		name: 'Monitahoiset markkinat',
		description:
			'Osapuolet, jotka kaupungin palvelu tuo yhteen, ja neljä tekijää, joiden kaikkien on toteuduttava. Data on niiden välinen valuutta.',
		blocks: {
			'public-interest': { title: 'Yleinen etu', hint: 'Mitä yhteistä tavoitetta tämä palvelee?' },
			'public-engagement': { title: 'Yleisön osallistuminen', hint: 'Miten asukkaat ja kehittäjät osallistuvat?' },
			'business-viability': { title: 'Liiketoiminnan kannattavuus', hint: 'Kantaako se itsensä ilman pysyvää tukea?' },
			'market-opportunities': { title: 'Markkinamahdollisuudet', hint: 'Minkä uuden markkinan se avaa, ja kenelle?' },
			'side-citizens': { title: 'Asukkaat', hint: 'Mitä asukkaat antavat ja saavat: palveluja, dataa, aikaa?' },
			'side-city': { title: 'Kaupunki', hint: 'Mitä kaupunki tuo ja mitä se odottaa vastineeksi?' },
			'side-companies': { title: 'Yritykset', hint: 'Mitä yritykset tarjoavat, ja mikä tekee siitä niille kannattavaa?' },
			'side-developers': { title: 'Kehittäjät', hint: 'Mitä dataa ja työkaluja kehittäjät tarvitsevat rakentaakseen sen päälle?' }
		}
	},
	blank: {
		name: 'Tyhjä kanvaasi',
		description: 'Avoin kanvaasi ilman lohkoja vapaaseen ideointiin.',
		blocks: {}
	}
};
