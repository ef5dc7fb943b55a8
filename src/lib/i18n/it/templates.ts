/** Italian text for templates; see ../en/templates.ts. */
import type { Messages } from '../en';

export const templates: Messages['templates'] = {
	'business-model-canvas': {
		name: 'Business Model Canvas',
		description:
			'I nove blocchi di un modello di business. Dai a ogni segmento di clientela il suo colore e collega ogni proposta di valore al suo segmento.',
		blocks: {
			'key-partnerships': {
				title: 'Partner chiave',
				hint: 'Chi ci serve a bordo: uffici comunali, imprese, università, gruppi di cittadini?'
			},
			'key-activities': { title: 'Attività chiave', hint: 'Cosa dobbiamo fare bene per fornire il servizio?' },
			'key-resources': { title: 'Risorse chiave', hint: 'Su quali dati, infrastrutture, persone e fondi si basa?' },
			'value-propositions': {
				title: 'Proposte di valore',
				hint: 'Quale problema risolviamo per ogni segmento, e perché dovrebbe interessargli?'
			},
			'customer-relationships': {
				title: 'Relazioni con i clienti',
				hint: 'Come conquistiamo, manteniamo e coinvolgiamo ogni segmento?'
			},
			channels: { title: 'Canali', hint: 'Come fa ogni segmento a conoscere il servizio, provarlo e riceverlo?' },
			'customer-segments': { title: 'Segmenti di clientela', hint: 'Per chi creiamo valore? Chi paga, chi usa?' },
			'cost-structure': { title: 'Struttura dei costi', hint: 'Quanto costa realizzarlo (CAPEX) e gestirlo (OPEX)?' },
			'revenue-streams': {
				title: 'Flussi di ricavi',
				hint: 'Chi paga cosa, ogni quanto, e quanto trattiene la città?'
			}
		}
	},
	'magic-triangle': {
		name: 'Il triangolo magico di Gassmann',
		description:
			'Chi, cioè i clienti a cui si rivolge il valore, è al centro; Cosa, Come e Perché ai vertici. Cambia due vertici e hai un nuovo modello di business.',
		blocks: {
			who: { title: 'Chi', hint: 'Chi sono i clienti e gli utenti a cui ci rivolgiamo?' },
			what: { title: 'Cosa', hint: 'Cosa offriamo loro?' },
			how: { title: 'Come', hint: 'Come lo realizziamo e lo forniamo, e con chi?' },
			why: { title: 'Perché', hint: 'Perché conviene: da dove vengono ricavi e costi?' }
		}
	},
	'opportunity-value-advantage': {
		name: 'Opportunità, Valore, Vantaggio',
		description:
			'Sei passi su un unico ciclo. Percorrilo in senso orario per la discussione politica, in senso antiorario per l’attuazione pratica.',
		blocks: {
			opportunity: { title: 'Opportunità', hint: 'Quale bisogno o opportunità potrebbe soddisfare un servizio digitale?' },
			value: { title: 'Valore', hint: 'Come si crea, si cattura e si condivide il valore, e chi lo fa?' },
			advantage: { title: 'Vantaggio', hint: 'Cosa lo rende migliore delle alternative?' },
			scalability: { title: 'Scalabilità', hint: 'Potrebbe servire dieci volte più persone?' },
			replicability: { title: 'Replicabilità', hint: 'Cosa servirebbe a un’altra città per copiarlo?' },
			sustainability: { title: 'Sostenibilità', hint: 'Si ripagherà ancora da solo tra cinque anni?' }
		}
	},
	'multi-sided-market': {
		name: 'Mercato multi-versante',
		description:
			'I versanti che un servizio urbano mette in contatto, e i quattro fattori che devono essere tutti soddisfatti. I dati sono una moneta di scambio tra loro.',
		blocks: {
			'public-interest': { title: 'Interesse pubblico', hint: 'A quale obiettivo pubblico serve?' },
			'public-engagement': { title: 'Coinvolgimento pubblico', hint: 'Come partecipano cittadini e sviluppatori?' },
			'business-viability': { title: 'Sostenibilità economica', hint: 'Può reggersi senza sussidi permanenti?' },
			'market-opportunities': { title: 'Opportunità di mercato', hint: 'Quale nuovo mercato apre, e per chi?' },
			'side-citizens': { title: 'Cittadini', hint: 'Cosa danno e cosa ricevono i cittadini: servizi, dati, tempo?' },
			'side-city': { title: 'Comune', hint: 'Cosa porta il Comune e cosa si aspetta in cambio?' },
			'side-companies': { title: 'Imprese', hint: 'Cosa offrono le imprese, e cosa lo rende conveniente per loro?' },
			'side-developers': { title: 'Sviluppatori', hint: 'Di quali dati e strumenti hanno bisogno gli sviluppatori per costruirci sopra?' }
		}
	},
	blank: {
		name: 'Canvas vuoto',
		description: 'Un canvas libero senza blocchi, per il brainstorming.',
		blocks: {}
	}
};
