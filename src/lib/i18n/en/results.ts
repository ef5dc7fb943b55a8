/** UI text for a round's results; part of the English catalogue (../en.ts). */
import { CONSENSUS_RULE, DIVISION_RULE } from '../../domain/results.ts';

export const results = {
	label: (title: string) => `Results of “${title}”`,
	voted: (n: number, of: number) => `${n} of ${of} have voted`,
	groupVoters: (group: string, n: number) => `${group}: ${n}`,
	votersByGroup: 'Voters by stakeholder type',
	noVotes: 'No votes yet.',
	measure: { dots: 'Dots', ranking: 'Borda points', scores: 'Mean score' },
	bars: {
		dots: 'Dots per candidate, by stakeholder type',
		ranking: 'Borda points per candidate, by stakeholder type',
		scores: 'Mean score per candidate, by stakeholder type'
	},
	/** Why score bars add up: each colour is a part of the mean, not a group's own mean. */
	barsNote: {
		dots: 'Each colour is the dots one stakeholder type gave.',
		ranking: 'Each colour is the Borda points one stakeholder type gave (n − place for a list of n).',
		scores: 'The mean of the criteria’s mean scores (1 to 5). Each colour is one stakeholder type’s part of it: its scores counted over everyone’s.'
	},
	overall: 'Everyone',
	table: {
		caption: (chart: string) => `${chart}: the figures`,
		place: 'Place',
		candidate: 'Candidate',
		total: 'Total'
	},
	consensus: {
		title: 'Consensus',
		rule: CONSENSUS_RULE,
		none: 'No candidate has the support of every stakeholder type.'
	},
	division: {
		title: 'Division',
		rule: DIVISION_RULE,
		none: 'No candidate divides the stakeholder types that far.',
		single: 'Only one stakeholder type has voted, so nothing divides them.',
		item: (candidate: string, highest: string, lowest: string) => `${candidate}: most support from ${highest}, least from ${lowest}`
	},
	tops: {
		title: 'Each stakeholder type’s top three',
		none: 'Nothing ranked yet.',
		points: (n: number) => (n === 1 ? '1 point' : `${new Intl.NumberFormat('en').format(n)} points`)
	},
	scores: {
		radar: (candidate: string) => `Scores for “${candidate}”`,
		radarNote: 'Mean score on each criterion; the rings mark 1 to 5, the outer one 5.',
		criterion: 'Criterion',
		mean: 'Mean',
		median: 'Median',
		sd: 'Spread (standard deviation)',
		groupMean: (group: string) => `${group}: mean`,
		noScore: '–',
		disagreements: 'Where stakeholder types disagree most',
		disagreement: (candidate: string, criterion: string, highest: string, high: string, lowest: string, low: string) =>
			`${candidate}, ${criterion}: ${highest} ${high}, ${lowest} ${low}`,
		noDisagreement: 'The stakeholder types scored alike.'
	},
	download: {
		title: 'Download the results',
		csv: 'CSV',
		json: 'JSON',
		csvLabel: 'Download the results as CSV',
		jsonLabel: 'Download the results as JSON',
		svg: 'SVG',
		png: 'PNG',
		svgLabel: (chart: string) => `Download “${chart}” as SVG`,
		pngLabel: (chart: string) => `Download “${chart}” as PNG`,
		failed: 'This browser could not make the image.'
	}
};
