/**
 * The Spanish catalogue: the same keys and parameters as en.ts. The reader is addressed
 * with «tú», as Spanish city participation services (e.g. Decidim Barcelona) do.
 */
import type { Messages } from './en';
import { ballot } from './es/ballot';
import { canvas } from './es/canvas';
import { compare } from './es/compare';
import { consoleText } from './es/console';
import { organizations } from './es/organizations';
import { publishing } from './es/publishing';
import { report } from './es/report';
import { outcome } from './es/outcome';
import { libraryFacets } from './es/library-facets';
import { replication } from './es/replication';
import { handover } from './es/handover';
import { results } from './es/results';
import { revenue } from './es/revenue';
import { screen } from './es/screen';
import { session } from './es/session';
import { sessionBar } from './es/session-bar';
import { templates } from './es/templates';
import { patterns } from './es/patterns';
import { workshops } from './es/workshops';

export const es: Messages = {
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
		tagline: 'Cocrea servicios urbanos digitales con la ciudadanía, las empresas y los desarrolladores.',
		skip: 'Ir al contenido',
		nav: { library: 'Biblioteca', signIn: 'Entrar', signOut: 'Salir', main: 'Principal' },
		signedInAs: (name: string) => `Has entrado como ${name}`,
		language: 'Idioma',
		footer: 'Civic Canvas: herramientas abiertas para crear juntos modelos de negocio de ciudad inteligente.'
	},
	home: {
		title: 'Diseña servicios urbanos en equipo y en directo',
		lead: 'Civic Canvas organiza talleres de cocreación donde ciudades, empresas, desarrolladores y ciudadanía diseñan modelos de negocio para servicios urbanos digitales en lienzos compartidos, votan lo que importa y etiquetan cada idea como Quién, Qué, Cómo o Valor.',
		libraryTitle: 'Biblioteca de replicación',
		libraryText: 'Consulta casos de uso que han creado otras ciudades, con su modelo de negocio, sus factores de éxito y lo que hace falta para replicarlos.',
		libraryCta: 'Ver la biblioteca',
		workshopsTitle: 'Talleres en directo',
		workshopsText: 'Lienzos compartidos que todo el mundo edita en directo, con votación por puntos, puntuaciones y clasificaciones, dirigidos desde una tableta por la persona facilitadora. Únete con el código de la pantalla o crea tu propio taller.',
		workshopsCta: 'Mis talleres',
		frameworksTitle: 'Basado en métodos probados',
		frameworks: [
			'El Quién / Qué / Cómo / Valor de Gassmann y los 55 patrones del Business Model Navigator',
			'El Business Model Canvas de nueve bloques',
			'Oportunidad, Valor, Ventaja, más Escalabilidad, Replicabilidad y Sostenibilidad',
			'El mercado multilateral: interés público, participación, viabilidad, oportunidad de mercado'
		]
	},
	library: {
		title: 'Biblioteca de replicación',
		lead: 'Casos de uso de ciudades de toda Europa, listos para aprender de ellos y replicarlos.',
		searchLabel: 'Buscar casos de uso',
		searchPlaceholder: 'p. ej. aparcamiento, sensores, rehabilitación',
		searchButton: 'Buscar',
		filters: 'Filtros',
		filtersActive: (n: number) => `Filtros, ${n} ${n === 1 ? 'activo' : 'activos'}`,
		domain: 'Ámbito',
		city: 'Ciudad',
		maturity: 'Madurez',
		pattern: 'Patrón de modelo de negocio',
		any: 'Cualquiera',
		apply: 'Aplicar filtros',
		clear: 'Quitar todo',
		results: (n: number) => (n === 1 ? '1 caso de uso' : `${new Intl.NumberFormat('es').format(n)} casos de uso`),
		resultsFor: (q: string) => `para «${q}»`,
		empty: 'Ningún caso de uso coincide con esta búsqueda.',
		emptyHint: 'Prueba con menos palabras o quita un filtro.',
		previous: 'Página anterior',
		next: 'Página siguiente',
		page: (n: number, of: number) => `Página ${n} de ${of}`,
		ignored: 'Algunos filtros de este enlace no se han entendido y se han omitido.',
		unavailable: 'No se ha podido cargar la biblioteca. Vuelve a intentarlo en un momento.'
	},
	useCase: {
		back: 'Volver a la biblioteca',
		dimensions: 'Modelo de negocio',
		triangleTitle: 'Triángulo mágico de Gassmann',
		triangleDescription: 'El Quién es el destinatario del valor, en el centro; el Qué, el Cómo y el Valor están en los vértices.',
		patterns: 'Patrones de modelo de negocio',
		noPatterns: 'Aún no se cita ningún patrón.',
		internalFactors: 'Factores de éxito internos',
		externalFactors: 'Factores de éxito externos',
		funding: 'Mecanismos de financiación',
		stakeholders: 'Agentes implicados',
		followers: 'Ciudades seguidoras',
		scores: 'Escalabilidad, replicabilidad, sostenibilidad',
		scoreOf: (n: number) => `${n} de 5`,
		notScored: 'sin puntuar',
		lessons: 'Lecciones aprendidas',
		replication: 'Qué necesita una ciudad para replicarlo',
		published: (date: string) => `Publicado el ${date}`,
		/** `name` is the language's name from Intl.DisplayNames, in the page's language. */
		writtenIn: (name: string) => `Escrito en ${name}`,
		retired: 'Su organización ha retirado este caso de uso.',
		draft: 'Borrador: solo lo ve su organización.',
		notFound: 'No hay ningún caso de uso en esta dirección.',
		notFoundHint: 'Puede que haya cambiado de nombre o que nunca se haya publicado.'
	},
	signIn: {
		title: 'Entrar',
		joinTitle: 'Entrar como participante',
		joinText: 'No necesitas cuenta: di al grupo tu nombre y quién eres.',
		displayName: 'Tu nombre',
		join: 'Continuar',
		emailTitle: 'Para facilitar o publicar',
		emailText: 'Te enviamos por correo un enlace de acceso de un solo uso.',
		email: 'Correo electrónico',
		sendLink: 'Enviarme un enlace',
		linkSent: (email: string) => `Te hemos enviado un enlace de acceso a ${email}. Sirve una vez, durante una hora.`,
		outbox: 'Modo local: abre la bandeja de salida para ver el enlace',
		signedIn: (name: string) => `Has entrado como ${name}.`,
		linkInvalid: 'Este enlace de acceso ya no es válido. Pide uno nuevo.',
		failed: 'No se ha podido entrar. Vuelve a intentarlo.',
		changeName: 'Cambiar tu nombre',
		displayNameHint: 'Lo ve todo el mundo en tus talleres. Hasta 60 caracteres.',
		mailSubject: 'Tu enlace para entrar en Civic Canvas'
	},
	profile: {
		title: 'Tu nombre',
		welcomeTitle: 'Elige tu nombre',
		lead: 'El nombre y el tipo de agente que ve la gente en tus talleres: en la lista de personas, junto a tu cursor y en tus notas. Tu correo es privado.',
		displayName: 'Tu nombre',
		displayNameHint: 'Hasta 60 caracteres. Lo ve todo el mundo en tus talleres.',
		save: 'Guardar y continuar',
		saveOnly: 'Guardar',
		saved: 'Guardado. Tus talleres ya muestran este nombre.',
		failed: 'No se ha podido guardar tu nombre. Vuelve a intentarlo.'
	},
	outbox: {
		title: 'Bandeja de salida local',
		lead: 'El modo local no envía correos: los enlaces de acceso aparecen aquí.',
		empty: 'Aún no hay ningún mensaje.',
		to: 'Para',
		used: 'usado',
		expired: 'caducado',
		open: 'Abrir enlace'
	},
	errors: {
		notFound: 'Página no encontrada',
		notFoundHint: 'La página que buscas no está aquí.',
		generic: 'Algo ha fallado',
		unavailable: 'No se ha podido cargar. Vuelve a intentarlo en un momento.',
		toLibrary: 'Ir a la biblioteca',
		toHome: 'Ir al inicio'
	},
	validation: {
		displayNameRequired: 'Escribe un nombre de 1 a 60 caracteres.',
		stakeholderRequired: 'Elige cómo participas.',
		emailInvalid: 'Escribe un correo electrónico válido.'
	},
	stakeholderPicker: {
		legend: 'Participo como'
	},
	stakeholders: {
		city: 'Ciudad',
		company: 'Empresa',
		developer: 'Desarrollador/a',
		citizen: 'Ciudadano/a',
		academia: 'Investigación',
		other: 'Otro'
	},
	dimensions: {
		who: { name: 'Quién', question: '¿Quiénes son los clientes objetivo?' },
		what: { name: 'Qué', question: '¿Qué les ofrecemos?' },
		how: { name: 'Cómo', question: '¿Cómo lo creamos y lo hacemos llegar?' },
		why: { name: 'Valor', question: '¿Por qué es rentable? Ingresos y costes.' }
	},
	domains: {
		refurbishment: 'Rehabilitación',
		mobility: 'Movilidad',
		'smart-data-platform': 'Plataforma inteligente de datos',
		'digital-services': 'Servicios digitales',
		energy: 'Energía',
		environment: 'Medio ambiente',
		'citizen-engagement': 'Participación ciudadana'
	},
	maturities: {
		idea: 'Idea',
		pilot: 'Piloto',
		operating: 'En funcionamiento',
		replicated: 'Replicado'
	},
	srs: {
		scalability: 'Escalabilidad',
		replicability: 'Replicabilidad',
		sustainability: 'Sostenibilidad'
	}
};
