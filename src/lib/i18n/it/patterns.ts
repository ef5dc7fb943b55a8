/**
 * The 55 patterns of Gassmann's Business Model Navigator in Italian; see ../en/patterns.ts.
 * Names stay English where Italian business writing keeps them (Freemium, Lock-in, …).
 */
import type { Messages } from '../en';

export const patterns: Messages['patterns'] = {
	'add-on': {
		name: 'Add-on',
		description:
			'Un’offerta di base a basso prezzo con extra a pagamento, es. un’app gratuita per i parcheggi in cui i posti riservati o gli avvisi costano qualcosa in più.'
	},
	affiliation: {
		name: 'Affiliazione',
		description:
			'Guadagnare una commissione indirizzando gli utenti verso i partner, es. un portale cittadino che rimanda i visitatori agli operatori turistici locali.'
	},
	aikido: {
		name: 'Aikido',
		description:
			'Trasformare un punto di forza del concorrente in una debolezza offrendo l’opposto, es. un servizio cittadino radicalmente semplice dove altri accumulano funzioni.'
	},
	auction: {
		name: 'Asta',
		description:
			'Lasciare che siano gli offerenti a fissare il prezzo di un bene scarso, es. assegnare spazi sul marciapiede, spazi pubblicitari o concessioni all’offerta migliore.'
	},
	barter: {
		name: 'Baratto',
		description:
			'Scambiare beni o servizi senza denaro, es. uno sponsor gestisce il Wi-Fi pubblico in cambio di visibilità in città.'
	},
	'cash-machine': {
		name: 'Cash machine',
		description:
			'Farsi pagare dai clienti prima di pagare i fornitori, es. carte di trasporto prepagate il cui credito finanzia il servizio.'
	},
	'cross-selling': {
		name: 'Cross-selling',
		description:
			'Offrire prodotti correlati accanto a quello principale, es. unire bike sharing o car sharing e abbonamento ai mezzi pubblici in un’unica app.'
	},
	crowdfunding: {
		name: 'Crowdfunding',
		description:
			'Molti piccoli sostenitori finanziano un progetto in anticipo, es. residenti che cofinanziano un tetto fotovoltaico o una piazza di quartiere.'
	},
	crowdsourcing: {
		name: 'Crowdsourcing',
		description:
			'Affidare compiti o idee a una grande comunità, es. cittadini che segnalano guasti stradali o propongono servizi in bandi aperti.'
	},
	'customer-loyalty': {
		name: 'Fidelizzazione dei clienti',
		description:
			'Premiare l’uso ripetuto perché le persone tornino, es. una carta cittadina che accumula punti sui trasporti e nei luoghi della cultura.'
	},
	digitisation: {
		name: 'Digitalizzazione',
		description:
			'Trasformare un prodotto o un processo fisico in uno digitale, es. portare permessi e moduli in uno sportello unico online.'
	},
	'direct-selling': {
		name: 'Vendita diretta',
		description:
			'Vendere senza intermediari per conservare margine e contatto, es. un’azienda municipalizzata che vende energia verde direttamente ai residenti.'
	},
	'e-commerce': {
		name: 'E-commerce',
		description:
			'Vendere e consegnare attraverso canali online, es. un negozio online per biglietti, permessi e prodotti con il marchio della città.'
	},
	'experience-selling': {
		name: 'Vendita di esperienze',
		description:
			'Avvolgere un prodotto in un’esperienza che giustifica un prezzo più alto, es. passeggiate nel patrimonio storico guidate dalla realtà aumentata.'
	},
	'flat-rate': {
		name: 'Tariffa flat',
		description:
			'Un unico prezzo fisso per un uso illimitato, es. un abbonamento annuale che copre trasporto pubblico, bike sharing e parcheggi di interscambio.'
	},
	'fractional-ownership': {
		name: 'Multiproprietà',
		description:
			'Più soggetti condividono un bene costoso, es. residenti che possiedono insieme una turbina eolica o una flotta di auto elettriche condivise.'
	},
	franchising: {
		name: 'Franchising',
		description:
			'Concedere un modello collaudato ad altri che lo gestiscono localmente, es. altre città che adottano il servizio di una città faro con il suo marchio.'
	},
	freemium: {
		name: 'Freemium',
		description:
			'Un livello di base gratuito con funzioni premium a pagamento, es. open data consultabili gratis, con accesso API in tempo reale o ad alto volume a pagamento.'
	},
	'from-push-to-pull': {
		name: 'Da push a pull',
		description:
			'Produrre su richiesta anziché in anticipo, es. bus a chiamata instradati in base alle prenotazioni effettive invece che su orari fissi.'
	},
	'guaranteed-availability': {
		name: 'Disponibilità garantita',
		description:
			'Far pagare il funzionamento assicurato anziché il bene in sé, es. un fornitore pagato per mantenere l’illuminazione pubblica funzionante a un livello concordato.'
	},
	'hidden-revenue': {
		name: 'Ricavi nascosti',
		description:
			'Un terzo, per esempio un inserzionista, paga al posto dell’utente, es. Wi-Fi cittadino o app gratuite finanziate dalla pubblicità.'
	},
	'ingredient-branding': {
		name: 'Ingredient branding',
		description:
			'Promuovere un componente come marchio all’interno di altri prodotti, es. un’etichetta «powered by» per la piattaforma di dati della città nelle app dei partner.'
	},
	integrator: {
		name: 'Integratore',
		description:
			'Controllare la maggior parte della catena del valore per ridurre costi e attriti, es. una società comunale che progetta, costruisce e gestisce una rete.'
	},
	'layer-player': {
		name: 'Layer player',
		description:
			'Specializzarsi in un passaggio comune a molte catene del valore, es. una piattaforma di dati che serve più città e settori come livello condiviso.'
	},
	'leverage-customer-data': {
		name: 'Valorizzare i dati dei clienti',
		description:
			'Creare valore dai dati generati dagli utenti, es. dati anonimi sulla mobilità usati per pianificare i percorsi o scambiati con servizi.'
	},
	license: {
		name: 'Licenza',
		description:
			'Far usare ad altri una proprietà intellettuale a pagamento, es. concedere in licenza ad altri comuni un’app o un metodo sviluppato dalla città.'
	},
	'lock-in': {
		name: 'Lock-in',
		description:
			'Alti costi di passaggio trattengono i clienti, es. piattaforme cittadine proprietarie; un rischio che le città contrastano con gli standard aperti.'
	},
	'long-tail': {
		name: 'Coda lunga',
		description:
			'Guadagnare con molte offerte di nicchia invece che con pochi successi, es. un app store che ospita molte piccole app delle comunità.'
	},
	'make-more-of-it': {
		name: 'Ricavarne di più',
		description:
			'Vendere ad altri competenze o capacità inutilizzate, es. una città che offre ai vicini la capacità del suo data center o la sua esperienza.'
	},
	'mass-customisation': {
		name: 'Personalizzazione di massa',
		description:
			'Adattare l’offerta a ogni cliente a un costo vicino a quello della produzione di massa, es. pacchetti modulari di riqualificazione adattati a ogni edificio.'
	},
	'no-frills': {
		name: 'No frills',
		description:
			'Ridurre l’offerta all’essenziale per abbassare il prezzo, es. un livello di servizio base a basso costo per i residenti con pochi mezzi.'
	},
	'open-business-model': {
		name: 'Modello di business aperto',
		description:
			'Creare e catturare valore insieme a partner esterni, es. aprire infrastrutture e dati della città a imprese e sviluppatori.'
	},
	'open-source': {
		name: 'Open source',
		description:
			'Sviluppare il prodotto apertamente con una comunità e guadagnare dai servizi intorno, es. città che sviluppano insieme un’unica piattaforma aperta.'
	},
	orchestrator: {
		name: 'Orchestratore',
		description:
			'Tenere il nucleo e coordinare i partner per il resto, es. una città che guida una rete di fornitori in un progetto di quartiere.'
	},
	'pay-per-use': {
		name: 'Pay per use',
		description:
			'Far pagare in base al consumo effettivo, es. car sharing elettrico al minuto o chiamate a consumo all’API della piattaforma di dati della città.'
	},
	'pay-what-you-want': {
		name: 'Paga quanto vuoi',
		description:
			'Sono gli acquirenti a scegliere il prezzo, es. offerte libere per l’ingresso ai musei, ai festival o agli eventi di comunità.'
	},
	'peer-to-peer': {
		name: 'Peer to peer',
		description:
			'Mettere in contatto privati che scambiano direttamente, es. una piattaforma dove i vicini condividono attrezzi, auto o energia solare in eccesso.'
	},
	'performance-based-contracting': {
		name: 'Contratti a prestazione',
		description:
			'Pagare in base ai risultati ottenuti, es. contratti di rendimento energetico ripagati con i risparmi di una riqualificazione.'
	},
	'razor-and-blade': {
		name: 'Razor and blade',
		description:
			'Un prodotto di base economico con ricavi dagli acquisti successivi, es. installazione di colonnine a basso costo con ricariche a pagamento.'
	},
	'rent-instead-of-buy': {
		name: 'Noleggio invece di acquisto',
		description:
			'I clienti noleggiano invece di possedere, es. bici, cargo bike o auto elettriche a noleggio breve negli hub della mobilità.'
	},
	'revenue-sharing': {
		name: 'Revenue sharing',
		description:
			'I partner si dividono i ricavi di un’offerta comune, es. una piattaforma che trattiene una quota di ciò che i partner guadagnano sulle infrastrutture cittadine.'
	},
	'reverse-engineering': {
		name: 'Reverse engineering',
		description:
			'Studiare un prodotto esistente e offrirne un equivalente più economico, es. un’alternativa a basso costo a un sistema di sensori proprietario.'
	},
	'reverse-innovation': {
		name: 'Innovazione inversa',
		description:
			'Adattare soluzioni nate per contesti a basso reddito a mercati più ricchi, es. strumenti frugali di città emergenti riutilizzati in Europa.'
	},
	'robin-hood': {
		name: 'Robin Hood',
		description:
			'I clienti benestanti pagano di più perché altri paghino poco o nulla, es. tariffe per le imprese che mantengono l’accesso gratuito per i gruppi di cittadini.'
	},
	'self-service': {
		name: 'Self-service',
		description:
			'I clienti svolgono parte del lavoro per comodità o per un prezzo più basso, es. moduli online e totem al posto degli sportelli.'
	},
	'shop-in-shop': {
		name: 'Shop in shop',
		description:
			'Ospitare il punto vendita di un partner nei propri spazi, es. sportelli dei trasporti o postali all’interno di un punto servizi del Comune.'
	},
	'solution-provider': {
		name: 'Fornitore di soluzioni',
		description:
			'Offrire un pacchetto completo da un unico fornitore, es. un sistema di illuminazione intelligente chiavi in mano, installazione e gestione comprese.'
	},
	subscription: {
		name: 'Abbonamento',
		description:
			'Una quota periodica per un accesso continuativo, es. un abbonamento annuale al bike sharing o una quota annuale dei partner per una piattaforma cittadina.'
	},
	supermarket: {
		name: 'Supermercato',
		description:
			'Un’ampia gamma di prodotti sotto lo stesso tetto, es. un unico portale o punto servizi che riunisce tutti i servizi comunali.'
	},
	'target-the-poor': {
		name: 'Puntare sui meno abbienti',
		description:
			'Progettare offerte per persone a basso reddito, es. riqualificazioni energetiche accessibili per l’edilizia popolare o tariffe sociali per i trasporti.'
	},
	'trash-to-cash': {
		name: 'Dai rifiuti al valore',
		description:
			'Trasformare i rifiuti in una risorsa che rende, es. recuperare il calore dalle acque reflue o vendere il compost ricavato dagli scarti verdi.'
	},
	'two-sided-market': {
		name: 'Mercato a due versanti',
		description:
			'Una piattaforma al servizio di due gruppi che si attraggono a vicenda, es. un app store cittadino che mette in contatto sviluppatori e cittadini.'
	},
	'ultimate-luxury': {
		name: 'Lusso estremo',
		description:
			'Servire il vertice del mercato con offerte esclusive, es. luoghi di pregio o esperienze di alto livello per i visitatori.'
	},
	'user-designed': {
		name: 'Progettato dagli utenti',
		description:
			'Gli utenti creano i prodotti e l’impresa fornisce la piattaforma, es. cittadini che realizzano app sulle API aperte della città.'
	},
	'white-label': {
		name: 'White label',
		description:
			'Fornire un prodotto che altri vendono con il proprio marchio, es. un framework per app cittadine rimarchiato da altri comuni.'
	}
};
