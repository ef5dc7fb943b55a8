/** Finnish text for a round's results; part of ../fi.ts. */
import type { Messages } from '../en';
import { DIVISION_LIMIT, SCORE_DIVISION, SCORE_SUPPORT, type ResultKind } from '../../domain/results.ts';
import { SCORE_MAX } from '../../domain/rounds.ts';

const number = new Intl.NumberFormat('fi');

const share = 'tasaosuuden (kaiken antamansa jaettuna ehdokkaiden määrällä)';
const groupsNote = 'Sidosryhmät, joista kukaan ei äänestänyt, jätetään pois.';
const divisionNote = `Enintään ${DIVISION_LIMIT}, suurin ero ensin; jos ryhmiä on vain yksi, jakoa ei ole.`;

/** The rules of ../../domain/results.ts (CONSENSUS_RULE, DIVISION_RULE), in Finnish. */
const consensusRule: Record<ResultKind, string> = {
	dots: `Yksimielisyys: jokainen äänestänyt sidosryhmä antoi ehdokkaalle vähintään ${share} palloistaan. ${groupsNote}`,
	ranking: `Yksimielisyys: jokainen äänestänyt sidosryhmä antoi ehdokkaalle vähintään ${share} Borda-pisteistään eli sijoitti sen keskimäärin keskimmäiselle sijalle tai sitä ylemmäs. ${groupsNote}`,
	scores: `Yksimielisyys: jokainen äänestänyt sidosryhmä antoi ehdokkaalle kaikkien kriteerien yli keskimäärin vähintään ${number.format(SCORE_SUPPORT)}/${SCORE_MAX}. ${groupsNote}`
};
const divisionRule: Record<ResultKind, string> = {
	dots: `Jakautuminen: ehdokkaat, joiden osuus ryhmän palloista eroaa kahden ryhmän välillä vähintään tasaosuuden verran. ${divisionNote}`,
	ranking: `Jakautuminen: ehdokkaat, joiden osuus ryhmän Borda-pisteistä eroaa kahden ryhmän välillä vähintään tasaosuuden verran. ${divisionNote}`,
	scores: `Jakautuminen: ehdokkaat, joiden arvioiden keskiarvo (kriteerien yli) eroaa kahden ryhmän välillä vähintään ${number.format(SCORE_DIVISION)} pisteellä. ${divisionNote}`
};

export const results: Messages['results'] = {
	label: (title: string) => `Tulokset: ”${title}”`,
	voted: (n: number, of: number) => `${n}/${of} on äänestänyt`,
	groupVoters: (group: string, n: number) => `${group}: ${n}`,
	votersByGroup: 'Äänestäjät sidosryhmittäin',
	noVotes: 'Ei vielä ääniä.',
	measure: { dots: 'Pallot', ranking: 'Borda-pisteet', scores: 'Arvioiden keskiarvo' },
	bars: {
		dots: 'Pallot ehdokkaittain ja sidosryhmittäin',
		ranking: 'Borda-pisteet ehdokkaittain ja sidosryhmittäin',
		scores: 'Arvioiden keskiarvo ehdokkaittain ja sidosryhmittäin'
	},
	/** Why score bars add up: each colour is a part of the mean, not a group's own mean. */
	barsNote: {
		dots: 'Kukin väri on yhden sidosryhmän antamat pallot.',
		ranking: 'Kukin väri on yhden sidosryhmän antamat Borda-pisteet (n − sija, kun listassa on n kohtaa).',
		scores: 'Kriteerikohtaisten keskiarvojen keskiarvo (1–5). Kukin väri on yhden sidosryhmän osuus siitä: sen arviot laskettuna kaikkien arvioista.'
	},
	overall: 'Kaikki',
	table: {
		caption: (chart: string) => `${chart}: luvut`,
		place: 'Sija',
		candidate: 'Ehdokas',
		total: 'Yhteensä'
	},
	consensus: {
		title: 'Yksimielisyys',
		rule: consensusRule,
		none: 'Millään ehdokkaalla ei ole kaikkien sidosryhmien tukea.'
	},
	division: {
		title: 'Jakautuminen',
		rule: divisionRule,
		none: 'Mikään ehdokas ei jaa sidosryhmiä niin paljon.',
		single: 'Vain yksi sidosryhmä on äänestänyt, joten mikään ei jaa niitä.',
		item: (candidate: string, highest: string, lowest: string) => `${candidate}: eniten tukea ryhmältä ${highest}, vähiten ryhmältä ${lowest}`
	},
	tops: {
		title: 'Kunkin sidosryhmän kolme kärjessä',
		none: 'Ei vielä järjestettyä.',
		points: (n: number) => (n === 1 ? '1 piste' : `${number.format(n)} pistettä`)
	},
	scores: {
		radar: (candidate: string) => `Arviot: ”${candidate}”`,
		radarNote: 'Arvioiden keskiarvo kullakin kriteerillä; renkaat merkitsevät arvoja 1–5, uloin on 5.',
		criterion: 'Kriteeri',
		mean: 'Keskiarvo',
		median: 'Mediaani',
		sd: 'Hajonta (keskihajonta)',
		groupMean: (group: string) => `${group}: keskiarvo`,
		noScore: '–',
		disagreements: 'Missä sidosryhmät ovat eniten eri mieltä',
		disagreement: (candidate: string, criterion: string, highest: string, high: string, lowest: string, low: string) =>
			`${candidate}, ${criterion}: ${highest} ${high}, ${lowest} ${low}`,
		noDisagreement: 'Sidosryhmät arvioivat samalla tavalla.'
	},
	download: {
		title: 'Lataa tulokset',
		csv: 'CSV',
		json: 'JSON',
		csvLabel: 'Lataa tulokset CSV-muodossa',
		jsonLabel: 'Lataa tulokset JSON-muodossa',
		svg: 'SVG',
		png: 'PNG',
		svgLabel: (chart: string) => `Lataa ”${chart}” SVG-muodossa`,
		pngLabel: (chart: string) => `Lataa ”${chart}” PNG-muodossa`,
		failed: 'Tämä selain ei pystynyt tekemään kuvaa.'
	}
};
