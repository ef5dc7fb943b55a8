/** UI text for the revenue and cost model (editor, totals, charts); part of the French catalogue (../fr.ts). */
import type { Messages } from '../en';
import { one } from './format';

const years = (n: number) => (one(n) ? `${n} an` : `${n} ans`);

export const revenue: Messages['revenue'] = {
	title: 'Modèle de revenus et de coûts',
	lead: 'Segments de clientèle, flux de revenus (clients × quantité × prix unitaire, avec la part que garde l’exploitant) et coûts, comme dans le rapport iCity.',
	tooLarge: 'Ces montants sont trop grands pour être additionnés exactement. Réduisez un nombre de clients, une quantité ou un prix.',
	years: {
		label: 'Durée du plan',
		option: (n: number) => years(n),
		year: (n: number) => `Année ${n}`,
		readOnly: (n: number) => `Durée du plan : ${years(n)}`
	},
	segments: {
		title: 'Segments de clientèle',
		name: 'Segment',
		parent: 'Fait partie de',
		none: 'Aucun (segment principal)',
		add: 'Ajouter un segment',
		newName: (n: number) => `Segment ${n}`,
		empty: 'Aucun segment de clientèle pour l’instant. Ajoutez-en un, puis ses flux de revenus.',
		remove: (name: string) => `Supprimer le segment ${name}`
	},
	streams: {
		title: 'Flux de revenus',
		segment: 'Segment',
		name: 'Flux',
		customers: 'Clients',
		quantity: 'Quantité par client',
		unitPrice: 'Prix unitaire (€)',
		recurrence: 'Paiement',
		share: 'Part gardée (%)',
		fromYear: 'Début',
		perYear: 'Revenus par an',
		total: 'Revenus sur le plan',
		kept: 'Part gardée sur le plan',
		add: 'Ajouter un flux de revenus',
		needsSegment: 'Ajoutez d’abord un segment de clientèle : chaque flux a un segment qui paie.',
		newName: (n: number) => `Flux ${n}`,
		empty: 'Aucun flux de revenus pour l’instant.',
		remove: (name: string) => `Supprimer le flux de revenus ${name}`
	},
	recurrence: { 'one-off': 'Unique', annual: 'Chaque année' },
	costs: {
		title: 'Coûts',
		name: 'Coût',
		kind: 'Type',
		amount: 'Montant (€)',
		fromYear: 'Début',
		toYear: 'Fin',
		total: 'Sur le plan',
		add: 'Ajouter un coût',
		newName: (n: number) => `Coût ${n}`,
		empty: 'Aucun coût pour l’instant.',
		remove: (name: string) => `Supprimer le coût ${name}`,
		once: 'une fois'
	},
	kinds: { capex: 'CAPEX', opex: 'OPEX' },
	field: (column: string, row: string) => `${column} : ${row}`,
	totals: {
		title: 'Totaux',
		bySegment: 'Par segment',
		byYear: 'Par année',
		segment: 'Segment',
		year: 'Année',
		revenue: 'Revenus',
		kept: 'Part gardée',
		capex: 'CAPEX',
		opex: 'OPEX',
		balance: 'Part gardée − coûts',
		overall: 'Plan entier',
		total: 'Total'
	},
	charts: {
		segments: 'Revenus par segment et par flux',
		segmentsNote: 'Revenus sur toute la durée du plan ; chaque couleur est un flux de revenus.',
		years: 'CAPEX, OPEX et part gardée par année',
		yearsNote: 'Ce qui est dépensé chaque année face à ce que garde l’exploitant.',
		legendStreams: 'Flux de revenus',
		noStreams: 'Aucun flux de revenus à représenter pour l’instant.',
		noYears: 'Aucune dépense ni recette à représenter pour l’instant.',
		missingSegment: 'Sans segment'
	},
	errors: {
		empty: 'Saisissez un nombre.',
		invalid: 'Ce champ n’accepte pas cette valeur. Utilisez des chiffres, p. ex. 15 000,50.',
		negative: 'Ne doit pas être négatif.',
		tooManyDecimals: 'Trop de décimales (les centimes au plus ; des nombres entiers pour les quantités).',
		tooLarge: 'Trop grand.',
		notNegative: 'Ne doit pas être négatif.',
		nameRequired: 'Donnez-lui un nom.',
		nameTooLong: '120 caractères au plus.',
		toBeforeFrom: 'La dernière année ne peut pas précéder la première.',
		unknownSegment: 'Choisissez un segment de ce modèle.',
		ownParent: 'Un segment ne peut pas faire partie de lui-même.',
		parentHasParent: 'Choisissez un segment, pas un sous-segment (un seul niveau).',
		hasChildren: 'Ce segment a des sous-segments : il ne peut donc pas en devenir un.',
		inUse: 'Déplacez ou supprimez d’abord ses flux de revenus et ses sous-segments.'
	}
};
