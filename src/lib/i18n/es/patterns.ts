/**
 * Spanish names and descriptions of the 55 Navigator patterns, by slug; see ../en/patterns.ts.
 * Names stay English where Spanish business writing keeps them (Freemium, Add-on, Crowdfunding).
 */
import type { Messages } from '../en';

export const patterns: Messages['patterns'] = {
	'add-on': {
		name: 'Add-on',
		description:
			'Una oferta básica de bajo precio con extras de pago, p. ej. una app de aparcamiento gratuita en la que las plazas reservadas o los avisos cuestan un poco más.'
	},
	affiliation: {
		name: 'Afiliación',
		description:
			'Cobrar una comisión por enviar usuarios a socios, p. ej. un portal municipal que remite a sus visitantes a empresas turísticas locales.'
	},
	aikido: {
		name: 'Aikido',
		description:
			'Convertir la fuerza de un rival en debilidad ofreciendo lo contrario, p. ej. un servicio municipal radicalmente sencillo donde otros acumulan funciones.'
	},
	auction: {
		name: 'Subasta',
		description:
			'Dejar que los licitadores fijen el precio de algo escaso, p. ej. adjudicar espacio en la acera, soportes publicitarios o concesiones a la mejor oferta.'
	},
	barter: {
		name: 'Trueque',
		description:
			'Intercambiar bienes o servicios sin dinero, p. ej. un patrocinador gestiona la wifi pública a cambio de visibilidad en la ciudad.'
	},
	'cash-machine': {
		name: 'Cajero automático',
		description:
			'Cobrar a los clientes antes de pagar a los proveedores, p. ej. tarjetas de transporte prepago cuyos saldos financian la operación.'
	},
	'cross-selling': {
		name: 'Venta cruzada',
		description:
			'Ofrecer productos relacionados junto al principal, p. ej. combinar la bici o el coche compartido con el abono de transporte en una sola app.'
	},
	crowdfunding: {
		name: 'Crowdfunding',
		description:
			'Muchos pequeños mecenas pagan un proyecto por adelantado, p. ej. vecinos que cofinancian un tejado solar o una plaza del barrio.'
	},
	crowdsourcing: {
		name: 'Crowdsourcing',
		description:
			'Confiar tareas o ideas a una gran multitud, p. ej. la ciudadanía avisa de desperfectos en la calle o propone servicios en convocatorias abiertas.'
	},
	'customer-loyalty': {
		name: 'Fidelización de clientes',
		description:
			'Premiar el uso repetido para que la gente vuelva, p. ej. una tarjeta ciudadana que suma puntos en el transporte y en espacios culturales.'
	},
	digitisation: {
		name: 'Digitalización',
		description:
			'Convertir un producto o proceso físico en digital, p. ej. pasar licencias y formularios a una ventanilla única en línea.'
	},
	'direct-selling': {
		name: 'Venta directa',
		description:
			'Vender sin intermediarios para conservar el margen y el contacto, p. ej. una empresa municipal que vende energía verde directamente a los vecinos.'
	},
	'e-commerce': {
		name: 'Comercio electrónico',
		description:
			'Vender y entregar por canales en línea, p. ej. una tienda web de entradas, permisos y productos con la marca de la ciudad.'
	},
	'experience-selling': {
		name: 'Venta de experiencias',
		description:
			'Envolver un producto en una experiencia que justifique un precio más alto, p. ej. rutas por el patrimonio guiadas con realidad aumentada.'
	},
	'flat-rate': {
		name: 'Tarifa plana',
		description:
			'Un precio fijo por un uso ilimitado, p. ej. un abono anual que cubre transporte público, bici compartida y aparcamientos disuasorios.'
	},
	'fractional-ownership': {
		name: 'Propiedad fraccionada',
		description:
			'Varias partes comparten un activo costoso, p. ej. vecinos que poseen en común un aerogenerador o una flota de coches eléctricos compartidos.'
	},
	franchising: {
		name: 'Franquicia',
		description:
			'Ceder bajo licencia un concepto probado a otros que lo gestionan en su territorio, p. ej. ciudades seguidoras que despliegan el servicio de una ciudad faro con su marca.'
	},
	freemium: {
		name: 'Freemium',
		description:
			'Un nivel básico gratuito con funciones prémium de pago, p. ej. datos abiertos de consulta libre, con acceso de pago a la API en tiempo real o de gran volumen.'
	},
	'from-push-to-pull': {
		name: 'Del push al pull',
		description:
			'Producir según la demanda en lugar de por adelantado, p. ej. autobuses a demanda cuyas rutas dependen de las reservas reales y no de horarios fijos.'
	},
	'guaranteed-availability': {
		name: 'Disponibilidad garantizada',
		description:
			'Cobrar por un funcionamiento asegurado en lugar de por el propio activo, p. ej. un proveedor al que se paga por mantener el alumbrado público a un nivel pactado.'
	},
	'hidden-revenue': {
		name: 'Ingresos ocultos',
		description:
			'Un tercero, como un anunciante, paga para que el usuario no pague, p. ej. wifi municipal o apps gratuitas financiadas con publicidad.'
	},
	'ingredient-branding': {
		name: 'Marca ingrediente',
		description:
			'Promocionar un componente como marca dentro de otros productos, p. ej. un sello «con la tecnología de» de una plataforma de datos de la ciudad en apps de socios.'
	},
	integrator: {
		name: 'Integrador',
		description:
			'Controlar la mayoría de pasos de la cadena de valor para reducir costes y fricciones, p. ej. una empresa municipal que planifica, construye y gestiona una red.'
	},
	'layer-player': {
		name: 'Especialista de capa',
		description:
			'Especializarse en un paso común a muchas cadenas de valor, p. ej. una plataforma de datos que sirve de capa común a varias ciudades y sectores.'
	},
	'leverage-customer-data': {
		name: 'Aprovechar los datos de clientes',
		description:
			'Crear valor con los datos que generan los usuarios, p. ej. datos de movilidad anonimizados para planificar rutas o intercambiados por servicios.'
	},
	license: {
		name: 'Licencia',
		description:
			'Dejar que otros usen una propiedad intelectual a cambio de un pago, p. ej. licenciar a otros municipios una app o un método creados por la ciudad.'
	},
	'lock-in': {
		name: 'Lock-in',
		description:
			'Unos costes de cambio elevados retienen a los clientes, p. ej. plataformas municipales propietarias; un riesgo que las ciudades combaten con estándares abiertos.'
	},
	'long-tail': {
		name: 'Larga cola',
		description:
			'Ganar con muchas ofertas de nicho en lugar de con unos pocos éxitos, p. ej. una tienda de apps que aloja muchas pequeñas apps comunitarias.'
	},
	'make-more-of-it': {
		name: 'Sacar más partido',
		description:
			'Vender a otros el conocimiento o la capacidad que sobran, p. ej. una ciudad que ofrece a las ciudades vecinas la capacidad de su centro de datos o su experiencia.'
	},
	'mass-customisation': {
		name: 'Personalización masiva',
		description:
			'Adaptar la oferta a cada cliente con un coste cercano al de la producción en masa, p. ej. paquetes modulares de rehabilitación ajustados a cada edificio.'
	},
	'no-frills': {
		name: 'Sin florituras',
		description:
			'Reducir la oferta a lo esencial para bajar el precio, p. ej. un nivel de servicio básico y barato para vecinos con poco presupuesto.'
	},
	'open-business-model': {
		name: 'Modelo de negocio abierto',
		description:
			'Crear y captar valor junto con socios externos, p. ej. abrir la infraestructura y los datos de la ciudad a empresas y desarrolladores.'
	},
	'open-source': {
		name: 'Código abierto',
		description:
			'Crear el producto de forma abierta con una comunidad y ganar con los servicios a su alrededor, p. ej. ciudades que desarrollan juntas una plataforma abierta.'
	},
	orchestrator: {
		name: 'Orquestador',
		description:
			'Quedarse con lo esencial y coordinar a los socios para el resto, p. ej. una ciudad que dirige una red de proveedores en un proyecto de distrito.'
	},
	'pay-per-use': {
		name: 'Pago por uso',
		description:
			'Cobrar según el consumo real, p. ej. coche eléctrico compartido por minutos o llamadas medidas a la API de una plataforma de datos de la ciudad.'
	},
	'pay-what-you-want': {
		name: 'Paga lo que quieras',
		description:
			'Quien compra elige el precio, p. ej. aportaciones voluntarias para entrar en un museo, un festival o actos del barrio.'
	},
	'peer-to-peer': {
		name: 'Entre iguales (P2P)',
		description:
			'Poner en contacto a particulares para que intercambien directamente, p. ej. una plataforma donde los vecinos comparten herramientas, coches o energía solar sobrante.'
	},
	'performance-based-contracting': {
		name: 'Contratación por resultados',
		description:
			'Pagar según los resultados obtenidos, p. ej. contratos de rendimiento energético que se pagan con el ahorro de una rehabilitación.'
	},
	'razor-and-blade': {
		name: 'Cebo y anzuelo',
		description:
			'Un producto base barato con ingresos por las compras posteriores, p. ej. instalación de cargadores a bajo coste con sesiones de recarga de pago.'
	},
	'rent-instead-of-buy': {
		name: 'Alquilar en vez de comprar',
		description:
			'Los clientes alquilan en lugar de poseer, p. ej. bicis, bicis de carga o coches eléctricos de alquiler por horas en centros de movilidad.'
	},
	'revenue-sharing': {
		name: 'Reparto de ingresos',
		description:
			'Los socios se reparten los ingresos de una oferta conjunta, p. ej. una plataforma que se queda una parte de lo que ganan sus socios con la infraestructura de la ciudad.'
	},
	'reverse-engineering': {
		name: 'Ingeniería inversa',
		description:
			'Estudiar un producto existente y ofrecer un equivalente más barato, p. ej. una alternativa de bajo coste a un sistema de sensores propietario.'
	},
	'reverse-innovation': {
		name: 'Innovación inversa',
		description:
			'Adaptar a mercados más ricos soluciones pensadas para entornos de bajos ingresos, p. ej. herramientas frugales de ciudades emergentes reutilizadas en Europa.'
	},
	'robin-hood': {
		name: 'Robin Hood',
		description:
			'Los clientes con más recursos pagan más para que otros paguen poco o nada, p. ej. tarifas para empresas que mantienen el acceso gratuito para colectivos ciudadanos.'
	},
	'self-service': {
		name: 'Autoservicio',
		description:
			'Los clientes hacen parte del trabajo a cambio de comodidad o de un precio menor, p. ej. formularios en línea y quioscos en lugar de ventanillas.'
	},
	'shop-in-shop': {
		name: 'Tienda dentro de tienda',
		description:
			'Acoger el punto de venta de un socio en tus instalaciones, p. ej. mostradores de transporte o de correos dentro de una oficina de atención ciudadana.'
	},
	'solution-provider': {
		name: 'Proveedor de soluciones',
		description:
			'Ofrecer un paquete completo de una sola fuente, p. ej. un sistema de alumbrado inteligente llave en mano, con instalación y explotación incluidas.'
	},
	subscription: {
		name: 'Suscripción',
		description:
			'Una cuota periódica por un acceso continuo, p. ej. un abono anual a la bici compartida o una cuota anual de socio de una plataforma de la ciudad.'
	},
	supermarket: {
		name: 'Supermercado',
		description:
			'Una amplia gama de productos bajo un mismo techo, p. ej. un portal u oficina que reúne todos los servicios municipales.'
	},
	'target-the-poor': {
		name: 'Para rentas bajas',
		description:
			'Diseñar ofertas para personas con ingresos bajos, p. ej. rehabilitaciones energéticas asequibles en vivienda social o tarifas sociales de transporte.'
	},
	'trash-to-cash': {
		name: 'De residuo a recurso',
		description:
			'Convertir los residuos en un recurso que genera ingresos, p. ej. recuperar calor de las aguas residuales o vender compost de restos de poda.'
	},
	'two-sided-market': {
		name: 'Mercado bilateral',
		description:
			'Una plataforma que sirve a dos grupos que se atraen mutuamente, p. ej. una tienda de apps de la ciudad que conecta a desarrolladores con la ciudadanía.'
	},
	'ultimate-luxury': {
		name: 'Lujo extremo',
		description:
			'Atender a lo más alto del mercado con ofertas exclusivas, p. ej. espacios prémium o experiencias de alto nivel para visitantes.'
	},
	'user-designed': {
		name: 'Diseñado por los usuarios',
		description:
			'Los usuarios crean los productos y la empresa pone la plataforma, p. ej. ciudadanos que crean apps sobre las API abiertas de la ciudad.'
	},
	'white-label': {
		name: 'Marca blanca',
		description:
			'Suministrar un producto que otros venden con su propia marca, p. ej. un marco de apps municipal que otros municipios adaptan con su marca.'
	}
};
