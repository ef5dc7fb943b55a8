/** German text for templates: Osterwalder's German block names, Gassmann's Wer / Was / Wie / Wert. */
import type { Messages } from '../en';

export const templates: Messages['templates'] = {
	'business-model-canvas': {
		name: 'Business Model Canvas',
		description:
			'Die neun Felder eines Geschäftsmodells. Geben Sie jedem Kundensegment eine eigene Farbe und ordnen Sie jedes Wertangebot seinem Segment zu.',
		blocks: {
			'key-partnerships': {
				title: 'Schlüsselpartner',
				hint: 'Wen brauchen wir an Bord: Ämter, Unternehmen, Hochschulen, Bürgerinitiativen?'
			},
			'key-activities': { title: 'Schlüsselaktivitäten', hint: 'Was müssen wir gut können, um den Dienst zu erbringen?' },
			'key-resources': { title: 'Schlüsselressourcen', hint: 'Auf welche Daten, Infrastruktur, Menschen und Mittel stützt er sich?' },
			'value-propositions': {
				title: 'Wertangebote',
				hint: 'Welches Problem lösen wir für jedes Segment, und warum ist es ihm wichtig?'
			},
			'customer-relationships': {
				title: 'Kundenbeziehungen',
				hint: 'Wie gewinnen, halten und beteiligen wir jedes Segment?'
			},
			channels: { title: 'Kanäle', hint: 'Wie erfährt jedes Segment vom Dienst, probiert ihn aus und erhält ihn?' },
			'customer-segments': { title: 'Kundensegmente', hint: 'Für wen schaffen wir Wert? Wer zahlt, wer nutzt?' },
			'cost-structure': { title: 'Kostenstruktur', hint: 'Was kostet der Aufbau (CAPEX) und der Betrieb (OPEX)?' },
			'revenue-streams': {
				title: 'Einnahmequellen',
				hint: 'Wer zahlt wofür, wie oft, und wie viel behält die Stadt?'
			}
		}
	},
	'magic-triangle': {
		name: 'Gassmanns magisches Dreieck',
		description:
			'Wer, die Zielkundschaft, steht in der Mitte; Was, Wie und Wert an den Ecken. Ändern Sie zwei Ecken, und Sie haben ein neues Geschäftsmodell.',
		blocks: {
			who: { title: 'Wer', hint: 'Wer sind die Zielkunden und Nutzenden?' },
			what: { title: 'Was', hint: 'Was bieten wir ihnen an?' },
			how: { title: 'Wie', hint: 'Wie erstellen und liefern wir es, und mit wem?' },
			why: { title: 'Wert', hint: 'Wie erzielen wir Wert: Woher kommen Erlöse und Kosten?' }
		}
	},
	'opportunity-value-advantage': {
		name: 'Chance, Nutzen, Vorteil',
		description:
			'Sechs Schritte auf einem Kreis. Im Uhrzeigersinn für die politische Diskussion, gegen den Uhrzeigersinn für die praktische Umsetzung.',
		blocks: {
			opportunity: { title: 'Chance', hint: 'Welchen Bedarf oder welche Chance könnte ein digitaler Dienst aufgreifen?' },
			value: { title: 'Nutzen', hint: 'Wie wird Wert geschaffen, abgeschöpft und geteilt, und von wem?' },
			advantage: { title: 'Vorteil', hint: 'Was macht dies besser als die Alternativen?' },
			scalability: { title: 'Skalierbarkeit', hint: 'Könnte es zehnmal so viele Menschen bedienen?' },
			replicability: { title: 'Übertragbarkeit', hint: 'Was bräuchte eine andere Stadt, um es zu übernehmen?' },
			sustainability: { title: 'Nachhaltigkeit', hint: 'Trägt es sich in fünf Jahren noch selbst?' }
		}
	},
	'multi-sided-market': {
		name: 'Mehrseitiger Markt',
		description:
			'Die Seiten, die ein städtischer Dienst zusammenbringt, und die vier Faktoren, die alle erfüllt sein müssen. Daten sind eine Währung zwischen ihnen.',
		blocks: {
			'public-interest': { title: 'Öffentliches Interesse', hint: 'Welchem öffentlichen Ziel dient dies?' },
			'public-engagement': { title: 'Öffentliche Beteiligung', hint: 'Wie beteiligen sich Bürgerschaft und Entwicklerteams?' },
			'business-viability': { title: 'Wirtschaftliche Tragfähigkeit', hint: 'Kann es sich ohne dauerhafte Förderung tragen?' },
			'market-opportunities': { title: 'Marktchancen', hint: 'Welchen neuen Markt öffnet es, und für wen?' },
			'side-citizens': { title: 'Bürgerschaft', hint: 'Was geben und bekommen Bürgerinnen und Bürger: Dienste, Daten, Zeit?' },
			'side-city': { title: 'Stadt', hint: 'Was bringt die Stadt ein, und was erwartet sie dafür?' },
			'side-companies': { title: 'Unternehmen', hint: 'Was bieten Unternehmen, und was macht es für sie lohnend?' },
			'side-developers': { title: 'Entwicklung', hint: 'Welche Daten und Werkzeuge brauchen Entwicklerteams, um darauf aufzubauen?' }
		}
	},
	blank: {
		name: 'Leeres Canvas',
		description: 'Ein offenes Canvas ohne Felder, für freies Brainstorming.',
		blocks: {}
	}
};
