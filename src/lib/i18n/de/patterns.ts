/**
 * The 55 patterns of Gassmann's Business Model Navigator in German, keyed by slug. Names as the
 * German edition has them: nearly all stay English; Auktion, Digitalisierung, Flatrate are German.
 */
import type { Messages } from '../en';

export const patterns: Messages['patterns'] = {
	'add-on': {
		name: 'Add-on',
		description:
			'Ein günstiges Kernangebot mit kostenpflichtigen Extras, z. B. eine kostenlose Park-App, bei der reservierte Plätze oder Hinweise etwas mehr kosten.'
	},
	affiliation: {
		name: 'Affiliation',
		description:
			'Provision dafür erhalten, dass man Nutzende an Partner vermittelt, z. B. ein Stadtportal, das Gäste an örtliche Tourismusanbieter weiterleitet.'
	},
	aikido: {
		name: 'Aikido',
		description:
			'Die Stärke der Konkurrenz in eine Schwäche verwandeln, indem man das Gegenteil anbietet, z. B. ein radikal einfacher städtischer Dienst, wo andere Funktion auf Funktion häufen.'
	},
	auction: {
		name: 'Auktion',
		description:
			'Bietende bestimmen den Preis von etwas Knappem, z. B. Flächen am Straßenrand, Werbeflächen oder Konzessionen an das beste Angebot vergeben.'
	},
	barter: {
		name: 'Barter',
		description:
			'Waren oder Leistungen ohne Geld tauschen, z. B. ein Sponsor betreibt öffentliches WLAN und erhält dafür Sichtbarkeit in der Stadt.'
	},
	'cash-machine': {
		name: 'Cash machine',
		description:
			'Von der Kundschaft bezahlt werden, bevor man Lieferanten bezahlt, z. B. vorausbezahlte Fahrkarten, deren Guthaben den Betrieb finanzieren.'
	},
	'cross-selling': {
		name: 'Cross-selling',
		description:
			'Verwandte Produkte neben dem Kernangebot anbieten, z. B. Bike- oder Carsharing zusammen mit der Zeitkarte für Bus und Bahn in einer App.'
	},
	crowdfunding: {
		name: 'Crowdfunding',
		description:
			'Viele kleine Unterstützende bezahlen ein Vorhaben im Voraus, z. B. Anwohnende, die ein Solardach oder einen Quartiersplatz mitfinanzieren.'
	},
	crowdsourcing: {
		name: 'Crowdsourcing',
		description:
			'Aufgaben oder Ideen an eine große Menge geben, z. B. Bürgerinnen und Bürger, die Straßenschäden melden oder in offenen Aufrufen Dienste vorschlagen.'
	},
	'customer-loyalty': {
		name: 'Customer loyalty',
		description:
			'Wiederholte Nutzung belohnen, damit die Menschen wiederkommen, z. B. eine Stadtkarte, die bei Bus und Bahn und in Kultureinrichtungen Punkte sammelt.'
	},
	digitisation: {
		name: 'Digitalisierung',
		description:
			'Ein physisches Produkt oder einen Ablauf digital machen, z. B. Genehmigungen und Formulare in einen Online-Dienst aus einer Hand überführen.'
	},
	'direct-selling': {
		name: 'Direct selling',
		description:
			'Ohne Zwischenhandel verkaufen, um Marge und Kontakt zu behalten, z. B. Stadtwerke, die Ökostrom direkt an Haushalte verkaufen.'
	},
	'e-commerce': {
		name: 'E-Commerce',
		description:
			'Über Online-Kanäle verkaufen und liefern, z. B. ein Webshop für Tickets, Genehmigungen und Produkte mit dem Stadtlogo.'
	},
	'experience-selling': {
		name: 'Experience selling',
		description:
			'Ein Produkt in ein Erlebnis einbetten, das einen höheren Preis rechtfertigt, z. B. Rundgänge durch das Kulturerbe mit Augmented Reality.'
	},
	'flat-rate': {
		name: 'Flatrate',
		description:
			'Ein fester Preis für unbegrenzte Nutzung, z. B. eine Jahreskarte für Bus und Bahn, Bikesharing und Park-and-ride.'
	},
	'fractional-ownership': {
		name: 'Fractional ownership',
		description:
			'Mehrere teilen sich ein teures Gut, z. B. Anwohnende, denen gemeinsam ein Windrad oder ein Pool geteilter E-Autos gehört.'
	},
	franchising: {
		name: 'Franchising',
		description:
			'Ein bewährtes Konzept an andere lizenzieren, die es vor Ort betreiben, z. B. Folgestädte, die den Dienst einer Leuchtturmstadt unter deren Marke einführen.'
	},
	freemium: {
		name: 'Freemium',
		description:
			'Eine kostenlose Grundstufe mit kostenpflichtigen Premiumfunktionen, z. B. offene Daten frei zum Ansehen, mit kostenpflichtigem API-Zugang in Echtzeit oder für große Mengen.'
	},
	'from-push-to-pull': {
		name: 'From push to pull',
		description:
			'Auf Abruf statt auf Vorrat produzieren, z. B. Rufbusse, die nach tatsächlichen Buchungen statt nach festem Fahrplan fahren.'
	},
	'guaranteed-availability': {
		name: 'Guaranteed availability',
		description:
			'Für zugesicherte Verfügbarkeit statt für das Gut selbst bezahlt werden, z. B. ein Anbieter, der dafür bezahlt wird, die Straßenbeleuchtung auf einem vereinbarten Niveau zu halten.'
	},
	'hidden-revenue': {
		name: 'Hidden revenue',
		description:
			'Ein Dritter, etwa ein Werbetreibender, zahlt, damit die Nutzenden nicht zahlen, z. B. kostenloses städtisches WLAN oder werbefinanzierte Apps.'
	},
	'ingredient-branding': {
		name: 'Ingredient branding',
		description:
			'Einen Bestandteil als Marke in anderen Produkten bewerben, z. B. ein Hinweis „powered by“ für eine städtische Datenplattform in Apps von Partnern.'
	},
	integrator: {
		name: 'Integrator',
		description:
			'Die meisten Stufen der Wertschöpfungskette selbst steuern, um Kosten und Reibung zu senken, z. B. ein städtisches Unternehmen, das ein Netz plant, baut und betreibt.'
	},
	'layer-player': {
		name: 'Layer player',
		description:
			'Sich auf eine Stufe spezialisieren, die viele Wertschöpfungsketten teilen, z. B. eine Datenplattform, die als gemeinsame Schicht mehreren Städten und Branchen dient.'
	},
	'leverage-customer-data': {
		name: 'Leverage customer data',
		description:
			'Wert aus den Daten schaffen, die Nutzende erzeugen, z. B. anonymisierte Mobilitätsdaten, mit denen Routen geplant oder die gegen Dienste getauscht werden.'
	},
	license: {
		name: 'License',
		description:
			'Anderen die Nutzung geistigen Eigentums gegen Gebühr erlauben, z. B. eine von der Stadt entwickelte App oder Methode an andere Kommunen lizenzieren.'
	},
	'lock-in': {
		name: 'Lock-in',
		description:
			'Hohe Wechselkosten halten die Kundschaft, z. B. proprietäre Stadtplattformen; ein Risiko, dem Städte mit offenen Standards begegnen.'
	},
	'long-tail': {
		name: 'Long tail',
		description:
			'Mit vielen Nischenangeboten statt wenigen Verkaufsschlagern verdienen, z. B. ein App-Store mit vielen kleinen Apps aus der Bürgerschaft.'
	},
	'make-more-of-it': {
		name: 'Make more of it',
		description:
			'Überschüssiges Wissen oder freie Kapazitäten an andere verkaufen, z. B. eine Stadt, die Nachbarkommunen Rechenzentrumskapazität oder ihr Fachwissen anbietet.'
	},
	'mass-customisation': {
		name: 'Mass customisation',
		description:
			'Das Angebot für jede Kundin und jeden Kunden anpassen, fast zu den Kosten der Massenfertigung, z. B. modulare Sanierungspakete, zugeschnitten auf jedes Gebäude.'
	},
	'no-frills': {
		name: 'No frills',
		description:
			'Das Angebot auf das Wesentliche reduzieren, um den Preis zu senken, z. B. eine einfache, günstige Dienststufe für Haushalte mit kleinem Budget.'
	},
	'open-business-model': {
		name: 'Open business model',
		description:
			'Wert gemeinsam mit externen Partnern schaffen und abschöpfen, z. B. städtische Infrastruktur und Daten für Unternehmen und Entwicklerteams öffnen.'
	},
	'open-source': {
		name: 'Open source',
		description:
			'Das Produkt offen mit einer Gemeinschaft entwickeln und mit Dienstleistungen darum herum verdienen, z. B. Städte, die gemeinsam eine offene Plattform entwickeln.'
	},
	orchestrator: {
		name: 'Orchestrator',
		description:
			'Den Kern behalten und für den Rest Partner koordinieren, z. B. eine Stadt, die in einem Quartiersprojekt ein Netz von Lieferanten steuert.'
	},
	'pay-per-use': {
		name: 'Pay per use',
		description:
			'Nach tatsächlichem Verbrauch abrechnen, z. B. E-Carsharing pro Minute oder gezählte Aufrufe der API einer städtischen Datenplattform.'
	},
	'pay-what-you-want': {
		name: 'Pay what you want',
		description:
			'Die Kundschaft bestimmt den Preis, z. B. freiwillige Beiträge für den Museumseintritt, Festivals oder Veranstaltungen im Quartier.'
	},
	'peer-to-peer': {
		name: 'Peer to peer',
		description:
			'Privatpersonen für den direkten Austausch zusammenbringen, z. B. eine Plattform, auf der Nachbarinnen und Nachbarn Werkzeug, Autos oder überschüssigen Solarstrom teilen.'
	},
	'performance-based-contracting': {
		name: 'Performance-based contracting',
		description:
			'Nach erbrachtem Ergebnis bezahlen, z. B. Energiespar-Contracting, das aus den Einsparungen einer Sanierung zurückgezahlt wird.'
	},
	'razor-and-blade': {
		name: 'Razor and blade',
		description:
			'Ein günstiges Basisprodukt, verdient wird an Folgekäufen, z. B. günstig installierte Ladesäulen mit kostenpflichtigen Ladevorgängen.'
	},
	'rent-instead-of-buy': {
		name: 'Rent instead of buy',
		description:
			'Mieten statt besitzen, z. B. Fahrräder, Lastenräder oder E-Autos zur Kurzmiete an Mobilitätsstationen.'
	},
	'revenue-sharing': {
		name: 'Revenue sharing',
		description:
			'Partner teilen die Einnahmen eines gemeinsamen Angebots, z. B. eine Plattform, die einen Anteil dessen behält, was Partner mit städtischer Infrastruktur verdienen.'
	},
	'reverse-engineering': {
		name: 'Reverse engineering',
		description:
			'Ein bestehendes Produkt untersuchen und ein günstigeres Gegenstück anbieten, z. B. eine kostengünstige Alternative zu einem proprietären Sensorsystem.'
	},
	'reverse-innovation': {
		name: 'Reverse innovation',
		description:
			'Für einkommensschwache Umfelder entwickelte Lösungen an reichere Märkte anpassen, z. B. sparsame Werkzeuge aus Städten in Schwellenländern, in Europa wiederverwendet.'
	},
	'robin-hood': {
		name: 'Robin Hood',
		description:
			'Zahlungskräftige Kundschaft zahlt mehr, damit andere wenig oder nichts zahlen, z. B. Gebühren von Unternehmen, die den Zugang für Bürgergruppen kostenlos halten.'
	},
	'self-service': {
		name: 'Self-service',
		description:
			'Die Kundschaft übernimmt einen Teil der Arbeit, für mehr Bequemlichkeit oder einen niedrigeren Preis, z. B. Online-Formulare und Automaten statt Schalter.'
	},
	'shop-in-shop': {
		name: 'Shop in shop',
		description:
			'Eine Verkaufsstelle eines Partners in den eigenen Räumen beherbergen, z. B. Schalter für Nahverkehr oder Post in einem städtischen Bürgerbüro.'
	},
	'solution-provider': {
		name: 'Solution provider',
		description:
			'Ein Komplettpaket aus einer Hand anbieten, z. B. eine schlüsselfertige intelligente Straßenbeleuchtung samt Installation und Betrieb.'
	},
	subscription: {
		name: 'Subscription',
		description:
			'Eine wiederkehrende Gebühr für dauerhaften Zugang, z. B. eine Jahresmitgliedschaft im Bikesharing oder ein jährlicher Partnerbeitrag für eine Stadtplattform.'
	},
	supermarket: {
		name: 'Supermarket',
		description:
			'Ein breites Angebot unter einem Dach, z. B. ein Portal oder ein Bürgerbüro, das alle städtischen Dienste bündelt.'
	},
	'target-the-poor': {
		name: 'Target the poor',
		description:
			'Angebote für Menschen mit geringem Einkommen gestalten, z. B. bezahlbare energetische Sanierung im sozialen Wohnungsbau oder Sozialtarife im Nahverkehr.'
	},
	'trash-to-cash': {
		name: 'Trash to cash',
		description:
			'Abfall in eine Ressource verwandeln, die Geld einbringt, z. B. Wärme aus Abwasser zurückgewinnen oder Kompost aus Grünschnitt verkaufen.'
	},
	'two-sided-market': {
		name: 'Two-sided market',
		description:
			'Eine Plattform für zwei Gruppen, die einander anziehen, z. B. ein städtischer App-Store, der Entwicklerteams mit der Bürgerschaft verbindet.'
	},
	'ultimate-luxury': {
		name: 'Ultimate luxury',
		description:
			'Die oberste Spitze des Marktes mit exklusiven Angeboten bedienen, z. B. Premium-Veranstaltungsorte oder hochwertige Erlebnisse für Gäste.'
	},
	'user-designed': {
		name: 'User designed',
		description:
			'Die Nutzenden gestalten die Produkte, das Unternehmen stellt die Plattform, z. B. Bürgerinnen und Bürger, die Apps auf offenen städtischen APIs bauen.'
	},
	'white-label': {
		name: 'White label',
		description:
			'Ein Produkt liefern, das andere unter eigener Marke verkaufen, z. B. ein städtisches App-Framework, das andere Kommunen mit eigenem Branding nutzen.'
	}
};
