/**
 * Italian catalogue, same shape as en.ts. Addresses the reader with "tu", as the
 * IO app and the Designers Italia model for municipal sites do.
 */
import type { Messages } from './en';
import { ballot } from './it/ballot';
import { canvas } from './it/canvas';
import { compare } from './it/compare';
import { consoleText } from './it/console';
import { organizations } from './it/organizations';
import { publishing } from './it/publishing';
import { report } from './it/report';
import { outcome } from './it/outcome';
import { libraryFacets } from './it/library-facets';
import { replication } from './it/replication';
import { handover } from './it/handover';
import { results } from './it/results';
import { revenue } from './it/revenue';
import { screen } from './it/screen';
import { session } from './it/session';
import { sessionBar } from './it/session-bar';
import { templates } from './it/templates';
import { patterns } from './it/patterns';
import { workshops } from './it/workshops';

const number = new Intl.NumberFormat('it');

export const it: Messages = {
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
		tagline: 'Progetta servizi digitali per la città insieme a cittadini, imprese e sviluppatori.',
		skip: 'Vai al contenuto',
		nav: { library: 'Catalogo', signIn: 'Accedi', signOut: 'Esci', main: 'Principale' },
		signedInAs: (name: string) => `Accesso effettuato come ${name}`,
		language: 'Lingua',
		footer: 'Civic Canvas — strumenti aperti per progettare insieme modelli di business per la smart city.'
	},
	home: {
		title: 'Progettare insieme i servizi della città, in diretta',
		lead: 'Civic Canvas ospita workshop di co-progettazione in cui comuni, imprese, sviluppatori e cittadini disegnano modelli di business per servizi digitali urbani su canvas condivisi, votano ciò che conta ed etichettano ogni idea come Chi, Cosa, Come o Perché.',
		libraryTitle: 'Catalogo dei casi replicabili',
		libraryText: 'Sfoglia i casi d’uso realizzati da altre città, con il loro modello di business, i fattori di successo e ciò che serve per replicarli.',
		libraryCta: 'Sfoglia il catalogo',
		workshopsTitle: 'Workshop in diretta',
		workshopsText: 'Canvas condivisi che tutti modificano in diretta, con voto a bollini, punteggi e classifiche, guidati da un facilitatore con un tablet. Entra con il codice mostrato sullo schermo, oppure organizza il tuo workshop.',
		workshopsCta: 'I miei workshop',
		frameworksTitle: 'Basato su metodi collaudati',
		frameworks: [
			'Chi / Cosa / Come / Perché di Gassmann e i 55 pattern del Business Model Navigator',
			'Il Business Model Canvas in nove blocchi',
			'Opportunità, Valore, Vantaggio — e Scalabilità, Replicabilità, Sostenibilità',
			'Il mercato multi-versante: interesse pubblico, coinvolgimento, sostenibilità economica, opportunità di mercato'
		]
	},
	library: {
		title: 'Catalogo dei casi replicabili',
		lead: 'Casi d’uso di città di tutta Europa, da cui imparare e da replicare.',
		searchLabel: 'Cerca casi d’uso',
		searchPlaceholder: 'es. parcheggi, sensori, riqualificazione',
		searchButton: 'Cerca',
		filters: 'Filtri',
		filtersActive: (n: number) => `Filtri, ${n} ${n === 1 ? 'attivo' : 'attivi'}`,
		domain: 'Ambito',
		city: 'Città',
		maturity: 'Maturità',
		pattern: 'Pattern di business',
		any: 'Qualsiasi',
		apply: 'Applica i filtri',
		clear: 'Azzera tutto',
		results: (n: number) => (n === 1 ? '1 caso d’uso' : `${number.format(n)} casi d’uso`),
		resultsFor: (q: string) => `per «${q}»`,
		empty: 'Nessun caso d’uso corrisponde a questa ricerca.',
		emptyHint: 'Prova con meno parole, oppure togli un filtro.',
		previous: 'Pagina precedente',
		next: 'Pagina successiva',
		page: (n: number, of: number) => `Pagina ${n} di ${of}`,
		ignored: 'Alcuni filtri di questo link non sono stati riconosciuti e sono stati ignorati.',
		unavailable: 'Al momento non è possibile caricare il catalogo. Riprova tra poco.'
	},
	useCase: {
		back: 'Torna al catalogo',
		dimensions: 'Modello di business',
		triangleTitle: 'Il triangolo magico di Gassmann',
		triangleDescription: 'Chi, cioè i clienti a cui si rivolge il valore, è al centro; Cosa, Come e Perché stanno ai vertici.',
		patterns: 'Pattern di business',
		noPatterns: 'Ancora nessun pattern indicato.',
		internalFactors: 'Fattori di successo interni',
		externalFactors: 'Fattori di successo esterni',
		funding: 'Meccanismi di finanziamento',
		stakeholders: 'Stakeholder',
		followers: 'Città che lo seguono',
		scores: 'Scalabilità, replicabilità, sostenibilità',
		scoreOf: (n: number) => `${n} su 5`,
		notScored: 'nessun punteggio',
		lessons: 'Lezioni apprese',
		replication: 'Cosa serve a una città per replicarlo',
		published: (date: string) => `Pubblicato il ${date}`,
		/** `name` comes from Intl.DisplayNames('it'), lower case: "italiano". */
		writtenIn: (name: string) => `Scritto in ${name}`,
		retired: 'Questo caso d’uso è stato ritirato dalla sua organizzazione.',
		draft: 'Bozza — visibile solo alla sua organizzazione.',
		notFound: 'Nessun caso d’uso a questo indirizzo.',
		notFoundHint: 'Potrebbe essere stato rinominato o non essere mai stato pubblicato.'
	},
	signIn: {
		title: 'Accedi',
		joinTitle: 'Entra come partecipante',
		joinText: 'Non serve un account: di’ al gruppo come ti chiami e chi sei.',
		displayName: 'Il tuo nome',
		join: 'Continua',
		emailTitle: 'Facilitatori ed editori',
		emailText: 'Ti inviamo per email un link di accesso valido una sola volta.',
		email: 'Indirizzo email',
		sendLink: 'Inviami un link',
		linkSent: (email: string) => `Abbiamo inviato un link di accesso a ${email}. Funziona una sola volta, per un’ora.`,
		outbox: 'Modalità locale: apri la posta in uscita per vedere il link',
		signedIn: (name: string) => `Hai effettuato l’accesso come ${name}.`,
		linkInvalid: 'Questo link di accesso non è più valido. Chiedine uno nuovo.',
		failed: 'Al momento non è stato possibile accedere. Riprova.',
		changeName: 'Cambia il tuo nome',
		displayNameHint: 'Lo vedono tutti nei tuoi workshop. Massimo 60 caratteri.',
		mailSubject: 'Il tuo link di accesso a Civic Canvas'
	},
	profile: {
		title: 'Il tuo nome',
		welcomeTitle: 'Scegli il tuo nome',
		lead: 'Il nome e il tipo di stakeholder che gli altri vedono nei tuoi workshop: nell’elenco delle persone, accanto al tuo cursore e sulle tue note. La tua email resta privata.',
		displayName: 'Il tuo nome',
		displayNameHint: 'Massimo 60 caratteri. Lo vedono tutti nei tuoi workshop.',
		save: 'Salva e continua',
		saveOnly: 'Salva',
		saved: 'Salvato. I tuoi workshop ora mostrano questo nome.',
		failed: 'Al momento non è stato possibile salvare il tuo nome. Riprova.'
	},
	outbox: {
		title: 'Posta in uscita locale',
		lead: 'In modalità locale non si inviano email: i link di accesso compaiono qui.',
		empty: 'Ancora nessun messaggio.',
		to: 'Destinatario',
		used: 'usato',
		expired: 'scaduto',
		open: 'Apri il link'
	},
	errors: {
		notFound: 'Pagina non trovata',
		notFoundHint: 'La pagina che hai chiesto non è qui.',
		generic: 'Qualcosa è andato storto',
		unavailable: 'Al momento non è stato possibile caricare questa pagina. Riprova tra poco.',
		toLibrary: 'Vai al catalogo',
		toHome: 'Vai alla home'
	},
	validation: {
		displayNameRequired: 'Inserisci un nome da 1 a 60 caratteri.',
		stakeholderRequired: 'Scegli come partecipi.',
		emailInvalid: 'Inserisci un indirizzo email valido.'
	},
	stakeholderPicker: {
		legend: 'Partecipo come'
	},
	stakeholders: {
		city: 'Comune',
		company: 'Impresa',
		developer: 'Sviluppatore',
		citizen: 'Cittadino',
		academia: 'Ricerca',
		other: 'Altro'
	},
	dimensions: {
		who: { name: 'Chi', question: 'Chi sono i clienti a cui ci rivolgiamo?' },
		what: { name: 'Cosa', question: 'Cosa offriamo loro?' },
		how: { name: 'Come', question: 'Come lo realizziamo e lo forniamo?' },
		why: { name: 'Perché', question: 'Perché conviene: ricavi e costi?' }
	},
	domains: {
		refurbishment: 'Riqualificazione edilizia',
		mobility: 'Mobilità',
		'smart-data-platform': 'Piattaforma di dati urbani',
		'digital-services': 'Servizi digitali',
		energy: 'Energia',
		environment: 'Ambiente',
		'citizen-engagement': 'Partecipazione civica'
	},
	maturities: {
		idea: 'Idea',
		pilot: 'Progetto pilota',
		operating: 'In esercizio',
		replicated: 'Replicato'
	},
	srs: {
		scalability: 'Scalabilità',
		replicability: 'Replicabilità',
		sustainability: 'Sostenibilità'
	}
};
