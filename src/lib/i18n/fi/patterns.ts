/**
 * The 55 patterns of Gassmann's Business Model Navigator in Finnish, keyed by slug; part of
 * ../fi.ts. No Finnish edition of the Navigator is known to us: names are faithful Finnish
 * translations, or the loan words Finnish business writing uses (Freemium, Franchising).
 */
import type { Messages } from '../en';

export const patterns: Messages['patterns'] = {
	'add-on': {
		name: 'Lisäosat',
		description:
			'Edullinen perustarjous ja maksulliset lisät, esim. ilmainen pysäköintisovellus, jossa varatut paikat tai hälytykset maksavat hieman enemmän.'
	},
	affiliation: {
		name: 'Kumppanuusmarkkinointi',
		description:
			'Ansaitse palkkio ohjaamalla käyttäjiä kumppaneille, esim. kaupungin portaali, joka ohjaa kävijöitä paikallisille matkailuyrittäjille.'
	},
	aikido: {
		name: 'Aikido',
		description:
			'Käännä kilpailijan vahvuus heikkoudeksi tarjoamalla päinvastaista, esim. radikaalin yksinkertainen kaupungin palvelu, kun muut kasaavat ominaisuuksia.'
	},
	auction: {
		name: 'Huutokauppa',
		description:
			'Anna tarjoajien määrätä niukan hyödykkeen hinta, esim. katuvarren tilan, mainospaikkojen tai toimilupien kilpailuttaminen parhaalle tarjoukselle.'
	},
	barter: {
		name: 'Vaihtokauppa',
		description:
			'Vaihda tavaroita tai palveluja ilman rahaa, esim. sponsori ylläpitää julkista wifiä ja saa vastineeksi näkyvyyttä kaupungissa.'
	},
	'cash-machine': {
		name: 'Kassakone',
		description:
			'Asiakkaat maksavat ennen kuin toimittajille maksetaan, esim. ennalta ladatut matkakortit, joiden saldot rahoittavat toimintaa.'
	},
	'cross-selling': {
		name: 'Ristiinmyynti',
		description:
			'Tarjoa ydintuotteen rinnalla siihen liittyviä tuotteita, esim. kaupunkipyörät tai yhteiskäyttöautot samassa sovelluksessa joukkoliikennelipun kanssa.'
	},
	crowdfunding: {
		name: 'Joukkorahoitus',
		description:
			'Monet pienet tukijat rahoittavat hankkeen etukäteen, esim. asukkaat rahoittavat yhdessä aurinkokaton tai korttelin aukion.'
	},
	crowdsourcing: {
		name: 'Joukkoistaminen',
		description:
			'Anna tehtäviä tai ideointia suurelle joukolle, esim. asukkaat ilmoittavat katujen vioista tai ehdottavat palveluja avoimissa hauissa.'
	},
	'customer-loyalty': {
		name: 'Asiakasuskollisuus',
		description:
			'Palkitse toistuvasta käytöstä, jotta ihmiset palaavat, esim. kaupunkikortti, joka kerää pisteitä joukkoliikenteessä ja kulttuurikohteissa.'
	},
	digitisation: {
		name: 'Digitalisointi',
		description:
			'Tee fyysisestä tuotteesta tai prosessista digitaalinen, esim. luvat ja lomakkeet yhteen verkossa toimivaan asiointipalveluun.'
	},
	'direct-selling': {
		name: 'Suoramyynti',
		description:
			'Myy ilman välikäsiä, niin kate ja asiakassuhde pysyvät omina, esim. kunnallinen energiayhtiö myy vihreää sähköä suoraan asukkaille.'
	},
	'e-commerce': {
		name: 'Verkkokauppa',
		description:
			'Myy ja toimita verkkokanavien kautta, esim. verkkokauppa lipuille, luville ja kaupungin brändituotteille.'
	},
	'experience-selling': {
		name: 'Elämysten myynti',
		description:
			'Kääri tuote elämykseen, joka oikeuttaa korkeamman hinnan, esim. lisätyn todellisuuden opastamat kulttuuriperintökävelyt.'
	},
	'flat-rate': {
		name: 'Kiinteä hinta',
		description:
			'Yksi kiinteä hinta rajattomasta käytöstä, esim. vuosikortti, joka kattaa joukkoliikenteen, kaupunkipyörät ja liityntäpysäköinnin.'
	},
	'fractional-ownership': {
		name: 'Osaomistus',
		description:
			'Useat osapuolet jakavat kalliin omaisuuden, esim. asukkaat omistavat yhdessä tuulivoimalan tai yhteiskäyttöisten sähköautojen joukon.'
	},
	franchising: {
		name: 'Franchising',
		description:
			'Lisensoi toimivaksi todettu konsepti muille, jotka pyörittävät sitä paikallisesti, esim. seuraajakaupungit ottavat majakkakaupungin palvelun käyttöön sen brändillä.'
	},
	freemium: {
		name: 'Freemium',
		description:
			'Ilmainen perustaso ja maksulliset lisäominaisuudet, esim. avoin data ilmaiseksi selattavana, maksullinen reaaliaikainen tai suurten määrien API-käyttö.'
	},
	'from-push-to-pull': {
		name: 'Työnnöstä imuun',
		description:
			'Tuota kysynnän mukaan eikä etukäteen, esim. kutsuliikenne, jonka reitit määräytyvät varauksista eivätkä kiinteistä aikatauluista.'
	},
	'guaranteed-availability': {
		name: 'Taattu käytettävyys',
		description:
			'Laskuta taatusta toiminnasta eikä itse laitteesta, esim. toimittajalle maksetaan katuvalaistuksen pitämisestä sovitulla tasolla.'
	},
	'hidden-revenue': {
		name: 'Piilotulot',
		description:
			'Kolmas osapuoli, kuten mainostaja, maksaa, jotta käyttäjän ei tarvitse, esim. ilmainen kaupungin wifi tai mainosrahoitteiset sovellukset.'
	},
	'ingredient-branding': {
		name: 'Ainesosabrändäys',
		description:
			'Markkinoi osaa omana brändinään muiden tuotteiden sisällä, esim. ”powered by” -merkintä kaupungin data-alustasta kumppanien sovelluksissa.'
	},
	integrator: {
		name: 'Integraattori',
		description:
			'Hallitse valtaosaa arvoketjusta, niin kulut ja kitka vähenevät, esim. kunnallinen yhtiö, joka suunnittelee, rakentaa ja ylläpitää verkon.'
	},
	'layer-player': {
		name: 'Kerrostoimija',
		description:
			'Erikoistu yhteen vaiheeseen, joka on yhteinen monelle arvoketjulle, esim. data-alusta, joka palvelee useita kaupunkeja ja toimialoja yhteisenä kerroksena.'
	},
	'leverage-customer-data': {
		name: 'Asiakasdatan hyödyntäminen',
		description:
			'Luo arvoa käyttäjien tuottamasta datasta, esim. anonymisoitu liikkumisdata reittien suunnitteluun tai vaihdettavaksi palveluihin.'
	},
	license: {
		name: 'Lisensointi',
		description:
			'Anna muiden käyttää aineetonta omaisuutta maksua vastaan, esim. kaupungin kehittämän sovelluksen tai menetelmän lisensointi muille kunnille.'
	},
	'lock-in': {
		name: 'Lukitseminen',
		description:
			'Korkeat vaihtokustannukset pitävät asiakkaat, esim. suljetut kaupunkialustat; kaupungit torjuvat riskiä avoimilla standardeilla.'
	},
	'long-tail': {
		name: 'Pitkä häntä',
		description:
			'Ansaitse monista kapeista tarjouksista muutaman hitin sijaan, esim. sovelluskauppa, jossa on paljon pieniä yhteisösovelluksia.'
	},
	'make-more-of-it': {
		name: 'Enemmän irti',
		description:
			'Myy ylimääräistä osaamista tai kapasiteettia muille, esim. kaupunki tarjoaa konesalikapasiteettiaan tai asiantuntemustaan naapureilleen.'
	},
	'mass-customisation': {
		name: 'Massaräätälöinti',
		description:
			'Räätälöi tarjous kullekin asiakkaalle lähes massatuotannon hinnalla, esim. kuhunkin rakennukseen sovitetut modulaariset korjauspaketit.'
	},
	'no-frills': {
		name: 'Ei turhuuksia',
		description:
			'Karsi tarjous olennaiseen hinnan laskemiseksi, esim. edullinen perustaso asukkaille, joiden budjetti on pieni.'
	},
	'open-business-model': {
		name: 'Avoin liiketoimintamalli',
		description:
			'Luo ja kerää arvoa yhdessä ulkopuolisten kumppanien kanssa, esim. kaupungin infrastruktuurin ja datan avaaminen yrityksille ja kehittäjille.'
	},
	'open-source': {
		name: 'Avoin lähdekoodi',
		description:
			'Rakenna tuote avoimesti yhteisön kanssa ja ansaitse sen ympärille rakentuvista palveluista, esim. kaupungit kehittävät yhdessä yhtä avointa alustaa.'
	},
	orchestrator: {
		name: 'Orkestroija',
		description:
			'Pidä ydin itselläsi ja koordinoi kumppaneita muussa, esim. kaupunki ohjaa toimittajaverkostoa aluehankkeessa.'
	},
	'pay-per-use': {
		name: 'Maksu käytön mukaan',
		description:
			'Laskuta todellisen käytön mukaan, esim. minuuttihinnoiteltu sähköautojen yhteiskäyttö tai kaupungin data-alustan API-kutsujen mittaus.'
	},
	'pay-what-you-want': {
		name: 'Maksa mitä haluat',
		description:
			'Ostajat päättävät hinnan, esim. vapaaehtoiset maksut museoon, festivaaleille tai yhteisön tapahtumiin.'
	},
	'peer-to-peer': {
		name: 'Vertaisten kesken',
		description:
			'Yhdistä yksityishenkilöt kauppaamaan suoraan keskenään, esim. alusta, jolla naapurit jakavat työkaluja, autoja tai ylimääräistä aurinkosähköä.'
	},
	'performance-based-contracting': {
		name: 'Tulosperusteinen sopimus',
		description:
			'Maksa saavutettujen tulosten mukaan, esim. energiansäästösopimukset, jotka maksetaan korjauksen tuomista säästöistä.'
	},
	'razor-and-blade': {
		name: 'Partahöylä ja terät',
		description:
			'Halpa perustuote ja tulot jatko-ostoista, esim. edullinen latausaseman asennus ja maksulliset lataukset.'
	},
	'rent-instead-of-buy': {
		name: 'Vuokraa, älä osta',
		description:
			'Asiakkaat vuokraavat omistamisen sijaan, esim. pyörät, tavarapyörät tai sähköautot lyhytaikaiseen vuokraan liikkumisen solmukohdissa.'
	},
	'revenue-sharing': {
		name: 'Tulonjako',
		description:
			'Kumppanit jakavat yhteisen tarjouksen tulot, esim. alusta, joka saa osuuden siitä, mitä kumppanit ansaitsevat kaupungin infrastruktuurilla.'
	},
	'reverse-engineering': {
		name: 'Käänteismallinnus',
		description:
			'Tutki olemassa olevaa tuotetta ja tarjoa halvempi vastine, esim. edullinen vaihtoehto suljetulle anturijärjestelmälle.'
	},
	'reverse-innovation': {
		name: 'Käänteinen innovaatio',
		description:
			'Sovella vähävaraisiin oloihin tehtyjä ratkaisuja varakkaammille markkinoille, esim. kehittyvien kaupunkien säästeliäät työkalut käyttöön Euroopassa.'
	},
	'robin-hood': {
		name: 'Robin Hood',
		description:
			'Varakkaat asiakkaat maksavat enemmän, jotta muut maksavat vähän tai eivät mitään, esim. yritysmaksut, joilla käyttö pysyy ilmaisena asukasryhmille.'
	},
	'self-service': {
		name: 'Itsepalvelu',
		description:
			'Asiakkaat tekevät osan työstä vaivattomuuden tai halvemman hinnan vuoksi, esim. verkkolomakkeet ja asiointipäätteet palvelutiskien sijaan.'
	},
	'shop-in-shop': {
		name: 'Myymälä myymälässä',
		description:
			'Tarjoa kumppanille myyntipiste omissa tiloissasi, esim. liikenteen tai postin palvelupiste kaupungin asiointipisteessä.'
	},
	'solution-provider': {
		name: 'Kokonaisratkaisu',
		description:
			'Tarjoa koko paketti yhdestä paikasta, esim. avaimet käteen -periaatteella toimitettu älyvalaistus asennuksineen ja ylläpitoineen.'
	},
	subscription: {
		name: 'Tilaus',
		description:
			'Toistuva maksu jatkuvasta käyttöoikeudesta, esim. kaupunkipyörien vuosijäsenyys tai kaupungin alustan vuosittainen kumppanimaksu.'
	},
	supermarket: {
		name: 'Supermarket',
		description:
			'Laaja valikoima saman katon alla, esim. yksi portaali tai asiointipiste, joka kokoaa kaikki kunnan palvelut.'
	},
	'target-the-poor': {
		name: 'Pienituloiset kohderyhmänä',
		description:
			'Suunnittele tarjous pienituloisille, esim. kohtuuhintaiset energiakorjaukset sosiaaliseen asuntotuotantoon tai alennetut joukkoliikennemaksut.'
	},
	'trash-to-cash': {
		name: 'Jätteestä rahaa',
		description:
			'Tee jätteestä tuottava raaka-aine, esim. lämmön talteenotto jätevedestä tai viherjätteestä tehdyn kompostin myynti.'
	},
	'two-sided-market': {
		name: 'Kaksitahoiset markkinat',
		description:
			'Alusta, joka palvelee kahta toisiaan houkuttelevaa ryhmää, esim. kaupungin sovelluskauppa, joka yhdistää kehittäjät ja asukkaat.'
	},
	'ultimate-luxury': {
		name: 'Huippuluksus',
		description:
			'Palvele markkinoiden aivan huippua eksklusiivisilla tarjouksilla, esim. premium-tapahtumapaikat tai huippuluokan elämykset vierailijoille.'
	},
	'user-designed': {
		name: 'Käyttäjien suunnittelema',
		description:
			'Käyttäjät luovat tuotteet ja yritys tarjoaa alustan, esim. asukkaat rakentavat sovelluksia kaupungin avoimien rajapintojen päälle.'
	},
	'white-label': {
		name: 'White label',
		description:
			'Toimita tuote, jota muut myyvät omalla brändillään, esim. kaupungin sovelluskehys, jonka muut kunnat ottavat käyttöön omalla ilmeellään.'
	}
};
