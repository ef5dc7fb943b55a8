/**
 * The Finnish catalogue, of the same shape as the English one (en.ts). The reader is
 * addressed as sinä, as Finnish cities' own digital services do.
 */
import type { Messages } from './en';
import { ballot } from './fi/ballot';
import { canvas } from './fi/canvas';
import { compare } from './fi/compare';
import { consoleText } from './fi/console';
import { organizations } from './fi/organizations';
import { publishing } from './fi/publishing';
import { report } from './fi/report';
import { outcome } from './fi/outcome';
import { libraryFacets } from './fi/library-facets';
import { replication } from './fi/replication';
import { handover } from './fi/handover';
import { results } from './fi/results';
import { revenue } from './fi/revenue';
import { screen } from './fi/screen';
import { session } from './fi/session';
import { sessionBar } from './fi/session-bar';
import { templates } from './fi/templates';
import { patterns } from './fi/patterns';
import { workshops } from './fi/workshops';

const number = new Intl.NumberFormat('fi');

export const fi: Messages = {
	ballot,
	canvas,
	compare,
	console: consoleText,
	organizations,
	publishing,
	report,
	outcome,
	libraryFacets,
	replication,
	handover,
	results,
	revenue,
	screen,
	session,
	sessionBar,
	templates,
	patterns,
	workshops,
	app: {
		name: 'Civic Canvas',
		tagline: 'Kehitä kaupungin digipalveluja yhdessä asukkaiden, yritysten ja kehittäjien kanssa.',
		skip: 'Siirry sisältöön',
		nav: { library: 'Kirjasto', signIn: 'Kirjaudu', signOut: 'Kirjaudu ulos', main: 'Päävalikko' },
		signedInAs: (name: string) => `Kirjautuneena: ${name}`,
		language: 'Kieli',
		footer: 'Civic Canvas – avoimet työkalut älykaupungin liiketoimintamallien yhteiskehittämiseen.'
	},
	home: {
		title: 'Suunnittele kaupungin palveluja yhdessä, reaaliajassa',
		lead: 'Civic Canvas -työpajoissa kaupungit, yritykset, kehittäjät ja asukkaat suunnittelevat kaupungin digipalveluille liiketoimintamalleja yhteisillä kanvaaseilla, äänestävät tärkeimmistä ja merkitsevät kunkin idean ulottuvuuteen Kuka, Mitä, Miten tai Miksi.',
		libraryTitle: 'Monistamiskirjasto',
		libraryText: 'Tutustu muiden kaupunkien toteuttamiin käyttötapauksiin: liiketoimintamalli, menestystekijät ja mitä monistaminen vaatii.',
		libraryCta: 'Selaa kirjastoa',
		workshopsTitle: 'Reaaliaikaiset työpajat',
		workshopsText: 'Yhteiset kanvaasit, joita kaikki muokkaavat yhtä aikaa, sekä palloäänestykset, arvioinnit ja järjestykset. Vetäjä ohjaa työpajaa tabletilta. Liity näytöllä näkyvällä koodilla tai järjestä oma työpaja.',
		workshopsCta: 'Omat työpajat',
		frameworksTitle: 'Koeteltujen menetelmien pohjalta',
		frameworks: [
			'Gassmannin Kuka / Mitä / Miten / Miksi ja Business Model Navigatorin 55 liiketoimintamallityyppiä',
			'Yhdeksän lohkon Business Model Canvas',
			'Mahdollisuus, arvo, etu – sekä skaalautuvuus, monistettavuus, kestävyys',
			'Monitahoiset markkinat: yleinen etu, osallistuminen, kannattavuus, markkinamahdollisuus'
		]
	},
	library: {
		title: 'Monistamiskirjasto',
		lead: 'Käyttötapauksia kaupungeista eri puolilta Eurooppaa: opittavaksi ja monistettavaksi.',
		searchLabel: 'Hae käyttötapauksia',
		searchPlaceholder: 'esim. pysäköinti, anturit, korjausrakentaminen',
		searchButton: 'Hae',
		filters: 'Rajaukset',
		filtersActive: (n: number) => `Rajaukset, ${n} käytössä`,
		domain: 'Aihealue',
		city: 'Kaupunki',
		maturity: 'Kehitysvaihe',
		pattern: 'Liiketoimintamallityyppi',
		any: 'Kaikki',
		apply: 'Rajaa',
		clear: 'Tyhjennä kaikki',
		results: (n: number) => (n === 1 ? '1 käyttötapaus' : `${number.format(n)} käyttötapausta`),
		resultsFor: (q: string) => `haulla ”${q}”`,
		empty: 'Haulla ei löytynyt yhtään käyttötapausta.',
		emptyHint: 'Kokeile vähemmillä sanoilla tai poista jokin rajaus.',
		previous: 'Edellinen sivu',
		next: 'Seuraava sivu',
		page: (n: number, of: number) => `Sivu ${n}/${of}`,
		ignored: 'Osa linkin rajauksista oli tuntemattomia, joten ne jätettiin pois.',
		unavailable: 'Kirjastoa ei juuri nyt voitu ladata. Yritä hetken päästä uudelleen.'
	},
	useCase: {
		back: 'Takaisin kirjastoon',
		dimensions: 'Liiketoimintamalli',
		triangleTitle: 'Gassmannin maaginen kolmio',
		triangleDescription: 'Keskellä on Kuka eli kenelle arvoa luodaan; kulmissa ovat Mitä, Miten ja Miksi.',
		patterns: 'Liiketoimintamallityypit',
		noPatterns: 'Mallityyppejä ei ole vielä mainittu.',
		internalFactors: 'Sisäiset menestystekijät',
		externalFactors: 'Ulkoiset menestystekijät',
		funding: 'Rahoituskeinot',
		stakeholders: 'Sidosryhmät',
		followers: 'Seuraajakaupungit',
		scores: 'Skaalautuvuus, monistettavuus, kestävyys',
		scoreOf: (n: number) => `${n}/5`,
		notScored: 'ei arvioitu',
		lessons: 'Opit',
		replication: 'Mitä kaupunki tarvitsee monistaakseen sen',
		published: (date: string) => `Julkaistu ${date}`,
		/** `name` comes from Intl.DisplayNames('fi'), lower-case: "suomi". */
		writtenIn: (name: string) => `Kieli: ${name}`,
		retired: 'Organisaatio on vetänyt tämän käyttötapauksen pois.',
		draft: 'Luonnos – näkyy vain organisaatiolle.',
		notFound: 'Tässä osoitteessa ei ole käyttötapausta.',
		notFoundHint: 'Sen nimi on ehkä muuttunut, tai sitä ei ole julkaistu.'
	},
	signIn: {
		title: 'Kirjaudu',
		joinTitle: 'Liity osallistujana',
		joinText: 'Et tarvitse tiliä: kerro ryhmälle nimesi ja ketä edustat.',
		displayName: 'Nimesi',
		join: 'Jatka',
		emailTitle: 'Vetäjät ja julkaisijat',
		emailText: 'Lähetämme sinulle sähköpostiin kertakäyttöisen kirjautumislinkin.',
		email: 'Sähköpostiosoite',
		sendLink: 'Lähetä linkki',
		linkSent: (email: string) => `Kirjautumislinkki on matkalla osoitteeseen ${email}. Se toimii kerran ja tunnin ajan.`,
		outbox: 'Paikallinen tila: linkki näkyy lähtevissä viesteissä',
		signedIn: (name: string) => `Olet kirjautunut nimellä ${name}.`,
		linkInvalid: 'Tämä kirjautumislinkki ei ole enää voimassa. Pyydä uusi.',
		failed: 'Kirjautuminen ei juuri nyt onnistunut. Yritä uudelleen.',
		changeName: 'Vaihda nimesi',
		displayNameHint: 'Kaikki työpajojesi osallistujat näkevät sen. Enintään 60 merkkiä.',
		mailSubject: 'Civic Canvas -kirjautumislinkkisi'
	},
	profile: {
		title: 'Nimesi',
		welcomeTitle: 'Valitse nimesi',
		lead: 'Nimi ja sidosryhmä, jotka muut näkevät työpajoissasi: osallistujaluettelossa, kohdistimesi vieressä ja lapuissasi. Sähköpostiosoitteesi ei näy muille.',
		displayName: 'Nimesi',
		displayNameHint: 'Enintään 60 merkkiä. Kaikki työpajojesi osallistujat näkevät sen.',
		save: 'Tallenna ja jatka',
		saveOnly: 'Tallenna',
		saved: 'Tallennettu. Työpajoissasi näkyy nyt tämä nimi.',
		failed: 'Nimeäsi ei juuri nyt voitu tallentaa. Yritä uudelleen.'
	},
	outbox: {
		title: 'Paikalliset lähtevät viestit',
		lead: 'Paikallisessa tilassa sähköpostia ei lähetetä: kirjautumislinkit näkyvät tässä.',
		empty: 'Ei vielä viestejä.',
		to: 'Vastaanottaja',
		used: 'käytetty',
		expired: 'vanhentunut',
		open: 'Avaa linkki'
	},
	errors: {
		notFound: 'Sivua ei löytynyt',
		notFoundHint: 'Hakemaasi sivua ei ole täällä.',
		generic: 'Jokin meni vikaan',
		unavailable: 'Tätä ei juuri nyt voitu ladata. Yritä hetken päästä uudelleen.',
		toLibrary: 'Kirjastoon',
		toHome: 'Etusivulle'
	},
	validation: {
		displayNameRequired: 'Anna nimi, jossa on 1–60 merkkiä.',
		stakeholderRequired: 'Valitse, ketä edustat.',
		emailInvalid: 'Anna kelvollinen sähköpostiosoite.'
	},
	stakeholderPicker: {
		legend: 'Ketä edustat?'
	},
	stakeholders: {
		city: 'Kaupunki',
		company: 'Yritys',
		developer: 'Kehittäjä',
		citizen: 'Asukas',
		academia: 'Tutkimus',
		other: 'Muu'
	},
	dimensions: {
		who: { name: 'Kuka', question: 'Keitä ovat kohdeasiakkaat?' },
		what: { name: 'Mitä', question: 'Mitä tarjoamme heille?' },
		how: { name: 'Miten', question: 'Miten tuotamme ja toimitamme sen?' },
		why: { name: 'Miksi', question: 'Miksi se kannattaa: tulot ja kulut?' }
	},
	domains: {
		refurbishment: 'Korjausrakentaminen',
		mobility: 'Liikkuminen',
		'smart-data-platform': 'Älykäs tietoalusta',
		'digital-services': 'Digipalvelut',
		energy: 'Energia',
		environment: 'Ympäristö',
		'citizen-engagement': 'Asukasosallisuus'
	},
	maturities: {
		idea: 'Idea',
		pilot: 'Pilotti',
		operating: 'Käytössä',
		replicated: 'Monistettu'
	},
	srs: {
		scalability: 'Skaalautuvuus',
		replicability: 'Monistettavuus',
		sustainability: 'Kestävyys'
	}
};
