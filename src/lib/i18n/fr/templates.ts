/** UI text for templates; part of the French catalogue (../fr.ts). */
import type { Messages } from '../en';

export const templates: Messages['templates'] = {
	'business-model-canvas': {
		name: 'Business Model Canvas',
		description:
			'Les neuf blocs d’un modèle économique. Donnez à chaque segment de clientèle sa propre couleur et rattachez chaque proposition de valeur à son segment.',
		blocks: {
			'key-partnerships': {
				title: 'Partenaires clés',
				hint: 'Qui doit être à bord : services municipaux, entreprises, universités, associations ?'
			},
			'key-activities': { title: 'Activités clés', hint: 'Que devons-nous bien faire pour fournir le service ?' },
			'key-resources': { title: 'Ressources clés', hint: 'Sur quelles données, infrastructures, personnes et fonds repose-t-il ?' },
			'value-propositions': {
				title: 'Propositions de valeur',
				hint: 'Quel problème résolvons-nous pour chaque segment, et pourquoi s’y intéresserait-il ?'
			},
			'customer-relationships': {
				title: 'Relations clients',
				hint: 'Comment gagner, garder et impliquer chaque segment ?'
			},
			channels: { title: 'Canaux', hint: 'Comment chaque segment découvre-t-il, essaie-t-il et reçoit-il le service ?' },
			'customer-segments': { title: 'Segments de clientèle', hint: 'Pour qui créons-nous de la valeur ? Qui paie, qui utilise ?' },
			'cost-structure': { title: 'Structure de coûts', hint: 'Combien coûte la mise en place (CAPEX) et le fonctionnement (OPEX) ?' },
			'revenue-streams': {
				title: 'Flux de revenus',
				hint: 'Qui paie quoi, à quelle fréquence, et combien la ville en garde-t-elle ?'
			}
		}
	},
	'magic-triangle': {
		name: 'Triangle magique de Gassmann',
		description:
			'Qui, la clientèle cible, est au centre ; Quoi, Comment et Pourquoi sont aux sommets. Changez deux sommets et vous obtenez un nouveau modèle économique.',
		blocks: {
			who: { title: 'Qui', hint: 'Qui sont les clients et les usagers cibles ?' },
			what: { title: 'Quoi', hint: 'Que leur proposons-nous ?' },
			how: { title: 'Comment', hint: 'Comment le produisons-nous et le fournissons-nous, et avec qui ?' },
			why: { title: 'Pourquoi', hint: 'Pourquoi est-ce rentable : d’où viennent les revenus et les coûts ?' }
		}
	},
	'opportunity-value-advantage': {
		name: 'Opportunité, Valeur, Avantage',
		description:
			'Six étapes sur un cycle. Parcourez-le dans le sens des aiguilles d’une montre pour la discussion politique, dans l’autre sens pour la mise en œuvre.',
		blocks: {
			opportunity: { title: 'Opportunité', hint: 'À quel besoin ou quelle opportunité un service numérique pourrait-il répondre ?' },
			value: { title: 'Valeur', hint: 'Comment la valeur est-elle créée, captée et partagée, et par qui ?' },
			advantage: { title: 'Avantage', hint: 'Qu’est-ce qui rend cette solution meilleure que les autres ?' },
			scalability: { title: 'Évolutivité', hint: 'Pourrait-elle servir dix fois plus de personnes ?' },
			replicability: { title: 'Réplicabilité', hint: 'Que faudrait-il à une autre ville pour la reproduire ?' },
			sustainability: { title: 'Durabilité', hint: 'S’autofinancera-t-elle encore dans cinq ans ?' }
		}
	},
	'multi-sided-market': {
		name: 'Marché multiface',
		description:
			'Les faces qu’un service urbain réunit, et les quatre facteurs qui doivent tous être réunis. Les données servent de monnaie entre elles.',
		blocks: {
			'public-interest': { title: 'Intérêt public', hint: 'À quel objectif public cela répond-il ?' },
			'public-engagement': { title: 'Participation du public', hint: 'Comment les citoyens et les développeurs participent-ils ?' },
			'business-viability': { title: 'Viabilité économique', hint: 'Peut-il s’autofinancer sans subvention durable ?' },
			'market-opportunities': { title: 'Opportunités de marché', hint: 'Quel nouveau marché ouvre-t-il, et pour qui ?' },
			'side-citizens': { title: 'Citoyens', hint: 'Que donnent et que reçoivent les citoyens : services, données, temps ?' },
			'side-city': { title: 'Ville', hint: 'Qu’apporte la ville et qu’attend-elle en retour ?' },
			'side-companies': { title: 'Entreprises', hint: 'Qu’offrent les entreprises, et qu’est-ce qui les y intéresse ?' },
			'side-developers': { title: 'Développeurs', hint: 'De quelles données et de quels outils les développeurs ont-ils besoin pour développer dessus ?' }
		}
	},
	blank: {
		name: 'Canevas vierge',
		description: 'Un canevas ouvert sans blocs, pour un remue-méninges libre.',
		blocks: {}
	}
};
