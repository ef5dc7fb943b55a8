/** Spanish text for the canvas templates; see ../en/templates.ts. Canvas blocks use Osterwalder's Spanish names. */
import type { Messages } from '../en';

export const templates: Messages['templates'] = {
	'business-model-canvas': {
		name: 'Business Model Canvas',
		description:
			'Los nueve bloques de un modelo de negocio. Da a cada segmento de mercado su propio color y vincula cada propuesta de valor a su segmento.',
		blocks: {
			'key-partnerships': {
				title: 'Asociaciones clave',
				hint: '¿A quién necesitamos a bordo: departamentos, empresas, universidades, colectivos ciudadanos?'
			},
			'key-activities': { title: 'Actividades clave', hint: '¿Qué debemos hacer bien para prestar el servicio?' },
			'key-resources': { title: 'Recursos clave', hint: '¿De qué datos, infraestructuras, personas y fondos depende?' },
			'value-propositions': {
				title: 'Propuestas de valor',
				hint: '¿Qué problema resolvemos a cada segmento y por qué le importaría?'
			},
			'customer-relationships': {
				title: 'Relaciones con clientes',
				hint: '¿Cómo captamos, mantenemos e implicamos a cada segmento?'
			},
			channels: { title: 'Canales', hint: '¿Cómo conoce, prueba y recibe el servicio cada segmento?' },
			'customer-segments': { title: 'Segmentos de mercado', hint: '¿Para quién creamos valor? ¿Quién paga y quién lo usa?' },
			'cost-structure': { title: 'Estructura de costes', hint: '¿Cuánto cuesta construirlo (CAPEX) y mantenerlo en marcha (OPEX)?' },
			'revenue-streams': {
				title: 'Fuentes de ingresos',
				hint: '¿Quién paga qué, cada cuánto y cuánto se queda la ciudad?'
			}
		}
	},
	'magic-triangle': {
		name: 'Triángulo mágico de Gassmann',
		description:
			'El Quién es el destinatario del valor, en el centro; el Qué, el Cómo y el Valor, en los vértices. Cambia dos vértices y tendrás un nuevo modelo de negocio.',
		blocks: {
			who: { title: 'Quién', hint: '¿Quiénes son los clientes y usuarios objetivo?' },
			what: { title: 'Qué', hint: '¿Qué les ofrecemos?' },
			how: { title: 'Cómo', hint: '¿Cómo lo creamos y lo hacemos llegar, y con quién?' },
			why: { title: 'Valor', hint: '¿Por qué es rentable: de dónde vienen los ingresos y los costes?' }
		}
	},
	'opportunity-value-advantage': {
		name: 'Oportunidad, Valor, Ventaja',
		description:
			'Seis pasos en un ciclo. Recórrelo en el sentido de las agujas del reloj para el debate político y en sentido contrario para la puesta en práctica.',
		blocks: {
			opportunity: { title: 'Oportunidad', hint: '¿Qué necesidad u oportunidad podría cubrir un servicio digital?' },
			value: { title: 'Valor', hint: '¿Cómo se crea, se capta y se reparte el valor, y quién lo hace?' },
			advantage: { title: 'Ventaja', hint: '¿Qué lo hace mejor que las alternativas?' },
			scalability: { title: 'Escalabilidad', hint: '¿Podría atender a diez veces más personas?' },
			replicability: { title: 'Replicabilidad', hint: '¿Qué necesitaría otra ciudad para copiarlo?' },
			sustainability: { title: 'Sostenibilidad', hint: '¿Seguirá pagándose solo dentro de cinco años?' }
		}
	},
	'multi-sided-market': {
		name: 'Mercado multilateral',
		description:
			'Los lados que reúne un servicio de la ciudad y los cuatro factores que deben cumplirse todos. Los datos son una moneda entre ellos.',
		blocks: {
			'public-interest': { title: 'Interés público', hint: '¿A qué objetivo público sirve?' },
			'public-engagement': { title: 'Participación pública', hint: '¿Cómo participan la ciudadanía y los desarrolladores?' },
			'business-viability': { title: 'Viabilidad empresarial', hint: '¿Puede sostenerse sin una subvención permanente?' },
			'market-opportunities': { title: 'Oportunidades de mercado', hint: '¿Qué nuevo mercado abre, y para quién?' },
			'side-citizens': { title: 'Ciudadanía', hint: '¿Qué da y qué recibe la ciudadanía: servicios, datos, tiempo?' },
			'side-city': { title: 'Ciudad', hint: '¿Qué aporta la ciudad y qué espera a cambio?' },
			'side-companies': { title: 'Empresas', hint: '¿Qué ofrecen las empresas y qué hace que les compense?' },
			'side-developers': { title: 'Desarrolladores', hint: '¿Qué datos y herramientas necesitan los desarrolladores para crear sobre ello?' }
		}
	},
	blank: {
		name: 'Lienzo en blanco',
		description: 'Un lienzo abierto sin bloques, para una lluvia de ideas libre.',
		blocks: {}
	}
};
