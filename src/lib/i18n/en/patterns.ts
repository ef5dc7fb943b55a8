/**
 * The 55 patterns of Gassmann's Business Model Navigator, keyed by their slug in
 * public.business_model_patterns; part of the English catalogue (../en.ts). The table keeps
 * the English name for search and links; pages show these.
 */
export interface PatternText {
	name: string;
	description: string;
}

export const patterns: Record<string, PatternText> = {
	'add-on': {
		name: 'Add-on',
		description:
			'A low-priced core offer with paid extras, e.g. a free parking app where reserved spaces or alerts cost a little more.'
	},
	affiliation: {
		name: 'Affiliation',
		description:
			'Earn a commission for sending users to partners, e.g. a city portal that refers visitors to local tourism providers.'
	},
	aikido: {
		name: 'Aikido',
		description:
			"Turn a rival's strength into a weakness by offering the opposite, e.g. a radically simple city service where others pile on features."
	},
	auction: {
		name: 'Auction',
		description:
			'Let bidders set the price of something scarce, e.g. tendering kerb space, advertising sites or concessions to the best offer.'
	},
	barter: {
		name: 'Barter',
		description:
			'Exchange goods or services without money, e.g. a sponsor runs public Wi-Fi in return for visibility in the city.'
	},
	'cash-machine': {
		name: 'Cash machine',
		description:
			'Get paid by customers before paying suppliers, e.g. prepaid transport cards whose balances fund operations.'
	},
	'cross-selling': {
		name: 'Cross-selling',
		description:
			'Offer related products next to the core one, e.g. bundling bike or car sharing with a transit pass in one app.'
	},
	crowdfunding: {
		name: 'Crowdfunding',
		description:
			'Many small backers pay for a project upfront, e.g. residents co-financing a solar roof or a neighbourhood square.'
	},
	crowdsourcing: {
		name: 'Crowdsourcing',
		description:
			'Hand tasks or ideas to a large crowd, e.g. citizens reporting street defects or proposing services in open calls.'
	},
	'customer-loyalty': {
		name: 'Customer loyalty',
		description:
			'Reward repeat use to keep people coming back, e.g. a city card that earns points on transport and at cultural venues.'
	},
	digitisation: {
		name: 'Digitisation',
		description:
			'Turn a physical product or process into a digital one, e.g. moving permits and forms into an online one-stop service.'
	},
	'direct-selling': {
		name: 'Direct selling',
		description:
			'Sell without intermediaries to keep margin and contact, e.g. a municipal utility selling green energy straight to residents.'
	},
	'e-commerce': {
		name: 'E-commerce',
		description:
			'Sell and deliver through online channels, e.g. a web shop for tickets, permits and city-branded products.'
	},
	'experience-selling': {
		name: 'Experience selling',
		description:
			'Wrap a product in an experience that justifies a higher price, e.g. heritage walks guided by augmented reality.'
	},
	'flat-rate': {
		name: 'Flat rate',
		description:
			'One fixed price for unlimited use, e.g. an annual pass covering public transport, bike sharing and park-and-ride.'
	},
	'fractional-ownership': {
		name: 'Fractional ownership',
		description:
			'Several parties share a costly asset, e.g. residents jointly owning a wind turbine or a pool of shared e-cars.'
	},
	franchising: {
		name: 'Franchising',
		description:
			"License a proven concept to others who run it locally, e.g. follower cities rolling out a lighthouse city's service under its brand."
	},
	freemium: {
		name: 'Freemium',
		description:
			'A free basic tier with paid premium features, e.g. open data free to browse, with paid real-time or high-volume API access.'
	},
	'from-push-to-pull': {
		name: 'From push to pull',
		description:
			'Produce on demand instead of in advance, e.g. on-demand buses routed by actual bookings rather than fixed timetables.'
	},
	'guaranteed-availability': {
		name: 'Guaranteed availability',
		description:
			'Charge for assured uptime rather than the asset itself, e.g. a vendor paid to keep street lighting working at an agreed level.'
	},
	'hidden-revenue': {
		name: 'Hidden revenue',
		description:
			'A third party such as an advertiser pays so the user does not, e.g. free city Wi-Fi or apps financed by advertising.'
	},
	'ingredient-branding': {
		name: 'Ingredient branding',
		description:
			'Promote a component as a brand inside other products, e.g. a \'powered by\' label for a city data platform in partner apps.'
	},
	integrator: {
		name: 'Integrator',
		description:
			'Control most steps of the value chain to cut cost and friction, e.g. a municipal company that plans, builds and runs a network.'
	},
	'layer-player': {
		name: 'Layer player',
		description:
			'Specialise in one step shared by many value chains, e.g. a data platform serving several cities and sectors as a common layer.'
	},
	'leverage-customer-data': {
		name: 'Leverage customer data',
		description:
			'Create value from the data users generate, e.g. anonymised mobility data used to plan routes or traded for services.'
	},
	license: {
		name: 'License',
		description:
			'Let others use intellectual property for a fee, e.g. licensing a city-built app or method to other municipalities.'
	},
	'lock-in': {
		name: 'Lock-in',
		description:
			'High switching costs keep customers in, e.g. proprietary city platforms; a risk cities counter with open standards.'
	},
	'long-tail': {
		name: 'Long tail',
		description:
			'Earn from many niche offers instead of a few hits, e.g. an app store that hosts many small community apps.'
	},
	'make-more-of-it': {
		name: 'Make more of it',
		description:
			'Sell spare know-how or capacity to others, e.g. a city offering its data-centre capacity or its expertise to neighbours.'
	},
	'mass-customisation': {
		name: 'Mass customisation',
		description:
			'Tailor the offer to each customer at near mass-production cost, e.g. modular retrofit packages fitted to each building.'
	},
	'no-frills': {
		name: 'No frills',
		description:
			'Strip the offer to its essentials to lower the price, e.g. a basic low-cost service tier for residents on small budgets.'
	},
	'open-business-model': {
		name: 'Open business model',
		description:
			'Create and capture value together with outside partners, e.g. opening city infrastructure and data to firms and developers.'
	},
	'open-source': {
		name: 'Open source',
		description:
			'Build the product openly with a community and earn from services around it, e.g. cities co-developing one open platform.'
	},
	orchestrator: {
		name: 'Orchestrator',
		description:
			'Keep the core and coordinate partners for the rest, e.g. a city steering a network of suppliers in a district project.'
	},
	'pay-per-use': {
		name: 'Pay per use',
		description:
			"Charge by actual consumption, e.g. per-minute e-car sharing or metered calls to a city data platform's API."
	},
	'pay-what-you-want': {
		name: 'Pay what you want',
		description:
			'Buyers choose the price, e.g. voluntary contributions for museum entry, festivals or community events.'
	},
	'peer-to-peer': {
		name: 'Peer to peer',
		description:
			'Connect individuals to trade directly, e.g. a platform where neighbours share tools, cars or surplus solar power.'
	},
	'performance-based-contracting': {
		name: 'Performance-based contracting',
		description:
			'Pay according to results delivered, e.g. energy performance contracts repaid from the savings of a refurbishment.'
	},
	'razor-and-blade': {
		name: 'Razor and blade',
		description:
			'A cheap base product with revenue from follow-up purchases, e.g. low-cost charger installation with paid charging sessions.'
	},
	'rent-instead-of-buy': {
		name: 'Rent instead of buy',
		description:
			'Customers rent rather than own, e.g. bikes, cargo bikes or e-cars available for short hire at mobility hubs.'
	},
	'revenue-sharing': {
		name: 'Revenue sharing',
		description:
			'Partners split the income of a joint offer, e.g. a platform keeping a share of what partners earn on city infrastructure.'
	},
	'reverse-engineering': {
		name: 'Reverse engineering',
		description:
			'Study an existing product and offer a cheaper equivalent, e.g. a low-cost alternative to a proprietary sensor system.'
	},
	'reverse-innovation': {
		name: 'Reverse innovation',
		description:
			'Adapt solutions made for low-income settings to richer markets, e.g. frugal tools from emerging cities reused in Europe.'
	},
	'robin-hood': {
		name: 'Robin Hood',
		description:
			'Well-off customers pay more so others pay little or nothing, e.g. corporate fees that keep access free for citizen groups.'
	},
	'self-service': {
		name: 'Self-service',
		description:
			'Customers do part of the work for convenience or a lower price, e.g. online forms and kiosks instead of counters.'
	},
	'shop-in-shop': {
		name: 'Shop in shop',
		description:
			"Host a partner's outlet inside your premises, e.g. transport or postal counters inside a city service point."
	},
	'solution-provider': {
		name: 'Solution provider',
		description:
			'Offer a complete package from one source, e.g. a turnkey smart lighting system including installation and operation.'
	},
	subscription: {
		name: 'Subscription',
		description:
			'A recurring fee for ongoing access, e.g. a yearly bike-sharing membership or an annual partner fee for a city platform.'
	},
	supermarket: {
		name: 'Supermarket',
		description:
			'A wide range of products under one roof, e.g. one portal or service point bundling all municipal services.'
	},
	'target-the-poor': {
		name: 'Target the poor',
		description:
			'Design offers for people on low incomes, e.g. affordable energy retrofits for social housing or social transport fares.'
	},
	'trash-to-cash': {
		name: 'Trash to cash',
		description:
			'Turn waste into a resource that earns money, e.g. recovering heat from sewage or selling compost from green waste.'
	},
	'two-sided-market': {
		name: 'Two-sided market',
		description:
			'A platform serving two groups that attract each other, e.g. a city app store linking developers with citizens.'
	},
	'ultimate-luxury': {
		name: 'Ultimate luxury',
		description:
			'Serve the very top of the market with exclusive offers, e.g. premium venues or high-end visitor experiences.'
	},
	'user-designed': {
		name: 'User designed',
		description:
			'Users create the products and the firm provides the platform, e.g. citizens building apps on open city APIs.'
	},
	'white-label': {
		name: 'White label',
		description:
			'Supply a product that others sell under their own brand, e.g. a city app framework rebranded by other municipalities.'
	}
};
