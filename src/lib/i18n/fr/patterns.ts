/**
 * The 55 patterns of Gassmann's Business Model Navigator, keyed by their slug in
 * public.business_model_patterns; part of the French catalogue (../fr.ts).
 */
import type { Messages } from '../en';

export const patterns: Messages['patterns'] = {
	'add-on': {
		name: 'Add-on',
		description:
			'Une offre de base bon marché avec des options payantes, p. ex. une application de stationnement gratuite où la réservation d’une place ou les alertes coûtent un peu plus.'
	},
	affiliation: {
		name: 'Affiliation',
		description:
			'Percevoir une commission pour chaque utilisateur envoyé vers des partenaires, p. ex. un portail municipal qui oriente les visiteurs vers les prestataires touristiques locaux.'
	},
	aikido: {
		name: 'Aïkido',
		description:
			'Retourner la force d’un concurrent en faiblesse en proposant l’inverse, p. ex. un service municipal radicalement simple là où les autres accumulent les fonctions.'
	},
	auction: {
		name: 'Enchères',
		description:
			'Laisser les enchérisseurs fixer le prix d’un bien rare, p. ex. attribuer des espaces en bordure de trottoir, des emplacements publicitaires ou des concessions à la meilleure offre.'
	},
	barter: {
		name: 'Troc',
		description:
			'Échanger des biens ou des services sans argent, p. ex. un sponsor exploite le Wi-Fi public en échange d’une visibilité dans la ville.'
	},
	'cash-machine': {
		name: 'Cash machine',
		description:
			'Être payé par les clients avant de payer les fournisseurs, p. ex. des cartes de transport prépayées dont les soldes financent l’exploitation.'
	},
	'cross-selling': {
		name: 'Vente croisée',
		description:
			'Proposer des produits complémentaires à côté de l’offre principale, p. ex. associer vélos ou voitures en partage et abonnement de transport dans une même application.'
	},
	crowdfunding: {
		name: 'Financement participatif',
		description:
			'De nombreux petits contributeurs financent un projet à l’avance, p. ex. des habitants qui cofinancent une toiture solaire ou une place de quartier.'
	},
	crowdsourcing: {
		name: 'Crowdsourcing',
		description:
			'Confier des tâches ou la recherche d’idées à une large foule, p. ex. des citoyens qui signalent les défauts de la voirie ou proposent des services lors d’appels ouverts.'
	},
	'customer-loyalty': {
		name: 'Fidélisation',
		description:
			'Récompenser l’usage répété pour que les gens reviennent, p. ex. une carte de ville qui accumule des points dans les transports et les lieux culturels.'
	},
	digitisation: {
		name: 'Numérisation',
		description:
			'Transformer un produit ou un processus physique en produit ou processus numérique, p. ex. passer les autorisations et formulaires à un guichet unique en ligne.'
	},
	'direct-selling': {
		name: 'Vente directe',
		description:
			'Vendre sans intermédiaire pour garder la marge et le contact, p. ex. une régie municipale qui vend de l’énergie verte directement aux habitants.'
	},
	'e-commerce': {
		name: 'E-commerce',
		description:
			'Vendre et livrer par des canaux en ligne, p. ex. une boutique en ligne pour les billets, les autorisations et les produits aux couleurs de la ville.'
	},
	'experience-selling': {
		name: 'Vente d’expérience',
		description:
			'Envelopper un produit dans une expérience qui justifie un prix plus élevé, p. ex. des promenades patrimoniales guidées en réalité augmentée.'
	},
	'flat-rate': {
		name: 'Forfait',
		description:
			'Un prix fixe unique pour un usage illimité, p. ex. un abonnement annuel couvrant transports publics, vélos en libre-service et parkings relais.'
	},
	'fractional-ownership': {
		name: 'Multipropriété',
		description:
			'Plusieurs parties se partagent un bien coûteux, p. ex. des habitants copropriétaires d’une éolienne ou d’un parc de voitures électriques partagées.'
	},
	franchising: {
		name: 'Franchise',
		description:
			'Céder sous licence un concept éprouvé à d’autres qui l’exploitent localement, p. ex. des villes suiveuses qui déploient sous sa marque le service d’une ville phare.'
	},
	freemium: {
		name: 'Freemium',
		description:
			'Une offre de base gratuite avec des fonctions premium payantes, p. ex. des données ouvertes consultables gratuitement, avec un accès API payant en temps réel ou à gros volume.'
	},
	'from-push-to-pull': {
		name: 'Du flux poussé au flux tiré',
		description:
			'Produire à la demande plutôt qu’à l’avance, p. ex. des bus à la demande dont l’itinéraire suit les réservations réelles plutôt qu’un horaire fixe.'
	},
	'guaranteed-availability': {
		name: 'Disponibilité garantie',
		description:
			'Faire payer une disponibilité assurée plutôt que le bien lui-même, p. ex. un prestataire payé pour maintenir l’éclairage public en état de marche à un niveau convenu.'
	},
	'hidden-revenue': {
		name: 'Revenus cachés',
		description:
			'Un tiers, comme un annonceur, paie pour que l’usager n’ait pas à le faire, p. ex. le Wi-Fi municipal ou des applications, gratuits car financés par la publicité.'
	},
	'ingredient-branding': {
		name: 'Marque ingrédient',
		description:
			'Promouvoir un composant comme une marque au sein d’autres produits, p. ex. une mention « propulsé par » la plateforme de données de la ville dans les applications partenaires.'
	},
	integrator: {
		name: 'Intégrateur',
		description:
			'Maîtriser la plupart des étapes de la chaîne de valeur pour réduire coûts et frictions, p. ex. une société municipale qui planifie, construit et exploite un réseau.'
	},
	'layer-player': {
		name: 'Layer player',
		description:
			'Se spécialiser dans une étape commune à de nombreuses chaînes de valeur, p. ex. une plateforme de données qui sert de couche commune à plusieurs villes et secteurs.'
	},
	'leverage-customer-data': {
		name: 'Valoriser les données clients',
		description:
			'Créer de la valeur à partir des données que produisent les usagers, p. ex. des données de mobilité anonymisées utilisées pour planifier des itinéraires ou échangées contre des services.'
	},
	license: {
		name: 'Licence',
		description:
			'Laisser d’autres utiliser une propriété intellectuelle contre redevance, p. ex. céder sous licence à d’autres communes une application ou une méthode développée par la ville.'
	},
	'lock-in': {
		name: 'Verrouillage',
		description:
			'Des coûts de changement élevés retiennent les clients, p. ex. des plateformes urbaines propriétaires ; un risque que les villes contrent avec des standards ouverts.'
	},
	'long-tail': {
		name: 'Longue traîne',
		description:
			'Gagner de l’argent avec de nombreuses offres de niche plutôt qu’avec quelques succès, p. ex. un magasin d’applications qui héberge de nombreuses petites applications locales.'
	},
	'make-more-of-it': {
		name: 'Valoriser ses ressources',
		description:
			'Vendre à d’autres un savoir-faire ou des capacités inutilisés, p. ex. une ville qui offre à ses voisines la capacité de son centre de données ou son expertise.'
	},
	'mass-customisation': {
		name: 'Personnalisation de masse',
		description:
			'Adapter l’offre à chaque client pour un coût proche de la production de masse, p. ex. des bouquets de rénovation modulaires ajustés à chaque bâtiment.'
	},
	'no-frills': {
		name: 'Sans fioritures',
		description:
			'Réduire l’offre à l’essentiel pour en baisser le prix, p. ex. une formule de base à bas coût pour les habitants aux petits budgets.'
	},
	'open-business-model': {
		name: 'Modèle économique ouvert',
		description:
			'Créer et capter de la valeur avec des partenaires extérieurs, p. ex. ouvrir les infrastructures et les données de la ville aux entreprises et aux développeurs.'
	},
	'open-source': {
		name: 'Open source',
		description:
			'Développer le produit ouvertement avec une communauté et gagner de l’argent grâce aux services qui l’entourent, p. ex. des villes qui codéveloppent une même plateforme ouverte.'
	},
	orchestrator: {
		name: 'Orchestrateur',
		description:
			'Garder le cœur de métier et coordonner des partenaires pour le reste, p. ex. une ville qui pilote un réseau de fournisseurs dans un projet de quartier.'
	},
	'pay-per-use': {
		name: 'Paiement à l’usage',
		description:
			'Facturer selon la consommation réelle, p. ex. l’autopartage électrique à la minute ou les appels comptés à l’API de la plateforme de données de la ville.'
	},
	'pay-what-you-want': {
		name: 'Prix libre',
		description:
			'Les acheteurs fixent le prix, p. ex. des contributions volontaires pour l’entrée d’un musée, des festivals ou des événements de quartier.'
	},
	'peer-to-peer': {
		name: 'Pair à pair',
		description:
			'Mettre des particuliers en relation pour qu’ils échangent directement, p. ex. une plateforme où des voisins partagent outils, voitures ou surplus d’électricité solaire.'
	},
	'performance-based-contracting': {
		name: 'Contrat de performance',
		description:
			'Payer selon les résultats obtenus, p. ex. des contrats de performance énergétique remboursés par les économies d’une rénovation.'
	},
	'razor-and-blade': {
		name: 'Rasoir et lames',
		description:
			'Un produit de base bon marché et des revenus tirés des achats qui suivent, p. ex. l’installation de bornes de recharge à bas coût, avec des sessions de recharge payantes.'
	},
	'rent-instead-of-buy': {
		name: 'Louer plutôt qu’acheter',
		description:
			'Les clients louent au lieu de posséder, p. ex. des vélos, vélos cargos ou voitures électriques à louer pour une courte durée dans les pôles de mobilité.'
	},
	'revenue-sharing': {
		name: 'Partage des revenus',
		description:
			'Des partenaires se partagent les recettes d’une offre commune, p. ex. une plateforme qui garde une part de ce que les partenaires gagnent grâce aux infrastructures de la ville.'
	},
	'reverse-engineering': {
		name: 'Rétro-ingénierie',
		description:
			'Étudier un produit existant et en proposer un équivalent moins cher, p. ex. une alternative à bas coût à un système de capteurs propriétaire.'
	},
	'reverse-innovation': {
		name: 'Innovation inversée',
		description:
			'Adapter aux marchés plus riches des solutions conçues pour des contextes à faibles revenus, p. ex. des outils frugaux de villes émergentes réutilisés en Europe.'
	},
	'robin-hood': {
		name: 'Robin des Bois',
		description:
			'Les clients aisés paient plus pour que d’autres paient peu ou rien, p. ex. des tarifs pour les entreprises qui gardent l’accès gratuit pour les associations.'
	},
	'self-service': {
		name: 'Libre-service',
		description:
			'Les clients font une partie du travail pour plus de commodité ou un prix plus bas, p. ex. des formulaires en ligne et des bornes au lieu des guichets.'
	},
	'shop-in-shop': {
		name: 'Shop in shop',
		description:
			'Accueillir le point de vente d’un partenaire dans ses propres locaux, p. ex. des guichets de transport ou de poste dans un point de service municipal.'
	},
	'solution-provider': {
		name: 'Fournisseur de solutions',
		description:
			'Proposer une offre complète d’une seule source, p. ex. un système d’éclairage intelligent clés en main, installation et exploitation comprises.'
	},
	subscription: {
		name: 'Abonnement',
		description:
			'Un montant récurrent pour un accès continu, p. ex. un abonnement annuel au vélo en libre-service ou une cotisation annuelle de partenaire pour une plateforme urbaine.'
	},
	supermarket: {
		name: 'Supermarché',
		description:
			'Une large gamme de produits sous un même toit, p. ex. un portail ou un point de service unique qui regroupe tous les services municipaux.'
	},
	'target-the-poor': {
		name: 'Cibler les bas revenus',
		description:
			'Concevoir des offres pour les personnes à faibles revenus, p. ex. des rénovations énergétiques abordables pour le logement social ou des tarifs sociaux de transport.'
	},
	'trash-to-cash': {
		name: 'Valoriser les déchets',
		description:
			'Transformer des déchets en une ressource qui rapporte, p. ex. récupérer la chaleur des eaux usées ou vendre le compost issu des déchets verts.'
	},
	'two-sided-market': {
		name: 'Marché biface',
		description:
			'Une plateforme qui sert deux groupes qui s’attirent mutuellement, p. ex. un magasin d’applications de la ville qui relie développeurs et citoyens.'
	},
	'ultimate-luxury': {
		name: 'Luxe absolu',
		description:
			'Servir le tout haut de gamme avec des offres exclusives, p. ex. des lieux prestigieux ou des expériences haut de gamme pour les visiteurs.'
	},
	'user-designed': {
		name: 'Conçu par les utilisateurs',
		description:
			'Les utilisateurs créent les produits et l’entreprise fournit la plateforme, p. ex. des citoyens qui développent des applications sur les API ouvertes de la ville.'
	},
	'white-label': {
		name: 'Marque blanche',
		description:
			'Fournir un produit que d’autres vendent sous leur propre marque, p. ex. un socle d’application municipale repris sous leur nom par d’autres communes.'
	}
};
