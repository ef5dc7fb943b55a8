/** UI text for templates; part of the English catalogue (../en.ts). */
import type { TemplateId } from '../../domain/templates.ts';

export interface TemplateBlockText {
	title: string;
	/** One short question that gets a group writing notes in this block. */
	hint: string;
}

export interface TemplateText {
	name: string;
	description: string;
	/** Keyed by the block ids of src/lib/domain/templates.ts. */
	blocks: Record<string, TemplateBlockText>;
}

export const templates: Record<TemplateId, TemplateText> = {
	'business-model-canvas': {
		name: 'Business Model Canvas',
		description:
			'The nine blocks of a business model. Give each customer segment its own colour and tie every value proposition to its segment.',
		blocks: {
			'key-partnerships': {
				title: 'Key partnerships',
				hint: 'Who do we need on board: departments, companies, universities, citizen groups?'
			},
			'key-activities': { title: 'Key activities', hint: 'What must we do well to deliver the service?' },
			'key-resources': { title: 'Key resources', hint: 'Which data, infrastructure, people and funds does it rely on?' },
			'value-propositions': {
				title: 'Value propositions',
				hint: 'What problem do we solve for each segment, and why would they care?'
			},
			'customer-relationships': {
				title: 'Customer relationships',
				hint: 'How do we win, keep and involve each segment?'
			},
			channels: { title: 'Channels', hint: 'How does each segment hear about, try and receive the service?' },
			'customer-segments': { title: 'Customer segments', hint: 'For whom do we create value? Who pays, who uses?' },
			'cost-structure': { title: 'Cost structure', hint: 'What does it cost to build (CAPEX) and to run (OPEX)?' },
			'revenue-streams': {
				title: 'Revenue streams',
				hint: 'Who pays for what, how often, and how much does the city keep?'
			}
		}
	},
	'magic-triangle': {
		name: 'Gassmann’s magic triangle',
		description:
			'Who is the value target at the centre; What, How and Why at the corners. Change two corners and you have a new business model.',
		blocks: {
			who: { title: 'Who', hint: 'Who are the target customers and users?' },
			what: { title: 'What', hint: 'What do we offer them?' },
			how: { title: 'How', hint: 'How do we create and deliver it, and with whom?' },
			why: { title: 'Why', hint: 'Why does it pay: where do revenue and cost come from?' }
		}
	},
	'opportunity-value-advantage': {
		name: 'Opportunity, Value, Advantage',
		description:
			'Six steps on one cycle. Walk it clockwise for the political discussion, anticlockwise for practical implementation.',
		blocks: {
			opportunity: { title: 'Opportunity', hint: 'Which need or opportunity could a digital service meet?' },
			value: { title: 'Value', hint: 'How is value created, captured and shared, and by whom?' },
			advantage: { title: 'Advantage', hint: 'What makes this better than the alternatives?' },
			scalability: { title: 'Scalability', hint: 'Could it serve ten times as many people?' },
			replicability: { title: 'Replicability', hint: 'What would another city need to copy it?' },
			sustainability: { title: 'Sustainability', hint: 'Will it still pay for itself in five years?' }
		}
	},
	'multi-sided-market': {
		name: 'Multi-sided market',
		description:
			'The sides a city service brings together, and the four factors that must all hold. Data is a currency between them.',
		blocks: {
			'public-interest': { title: 'Public interest', hint: 'What public goal does this serve?' },
			'public-engagement': { title: 'Public engagement', hint: 'How do citizens and developers take part?' },
			'business-viability': { title: 'Business viability', hint: 'Can it pay its way without lasting subsidy?' },
			'market-opportunities': { title: 'Market opportunities', hint: 'Which new market does it open, and for whom?' },
			'side-citizens': { title: 'Citizens', hint: 'What do citizens give and get: services, data, time?' },
			'side-city': { title: 'City', hint: 'What does the city bring and expect in return?' },
			'side-companies': { title: 'Companies', hint: 'What do companies offer, and what makes it worth it for them?' },
			'side-developers': { title: 'Developers', hint: 'Which data and tools do developers need to build on it?' }
		}
	},
	blank: {
		name: 'Blank canvas',
		description: 'An open canvas with no blocks, for free brainstorming.',
		blocks: {}
	}
};
