import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.ts';
import { emptyOutcome } from './outcome.ts';
import { countByStakeholder, notesByBlock, type ReportModel } from './report.ts';
import { escapeMarkdown, reportMarkdown } from './report-markdown.ts';
import type { Round } from './rounds.ts';

const round: Round = {
	id: 'r1',
	kind: 'dots',
	status: 'revealed',
	title: 'Which service first?',
	canvasId: 'c1',
	block: null,
	budget: 3,
	cap: null,
	criteria: [],
	showAuthors: true,
	candidates: [
		{ id: 'a', noteId: 'n1', label: 'Parking | sensors' },
		{ id: 'b', noteId: 'n2', label: 'Bus app' }
	],
	voters: 3,
	eligible: 4,
	openedAt: 1
};

function model(over: Partial<ReportModel> = {}): ReportModel {
	const outcome = emptyOutcome();
	outcome.dimensions.who.text = 'Commuters *and* visitors';
	outcome.revenue = {
		years: 2,
		segments: [{ id: 's1', name: 'Cities', parent: null }],
		// iCity table 6: 3 customers x 2 sensors x 15,000 EUR, 5 % kept.
		streams: [{ id: 'st1', segment: 's1', name: 'Sensors', customers: 3, quantity: 2, unitPriceCents: 1_500_000, recurrence: 'one-off', shareBasisPoints: 500, fromYear: 1 }],
		costs: [{ id: 'k1', name: 'Platform', kind: 'capex', amountCents: 2_000_000, fromYear: 1, toYear: 1 }]
	};
	return {
		workshop: { id: 'w1', title: 'Oulu # mobility', host: 'City of Oulu', purpose: 'Find <b>one</b> service [to pilot](http://x)', heldOn: '2026-11-30' },
		agenda: [
			{ title: 'Warm up', canvas: null, round: null },
			{ title: 'Vote', canvas: 'Main canvas', round: 'dots' }
		],
		participation: {
			total: 3,
			byStakeholder: countByStakeholder([{ stakeholder: 'city' }, { stakeholder: 'citizen' }, { stakeholder: 'citizen' }]),
			people: null
		},
		canvases: [
			{
				id: 'c1',
				title: 'Main canvas',
				template: 'business-model-canvas',
				notes: [
					{ id: 'n1', text: '- not a list item', block: 'customer-segments', dimension: 'who', stakeholder: 'city', cluster: null, x: 2500, y: 300 },
					{ id: 'n2', text: 'Bus app', block: 'value-propositions', dimension: 'what', stakeholder: 'citizen', cluster: null, x: 1300, y: 200 },
					{ id: 'n3', text: 'Loose idea', block: null, dimension: null, stakeholder: 'citizen', cluster: null, x: 4000, y: 200 },
					{ id: 'n4', text: '   ', block: 'channels', dimension: 'who', stakeholder: 'citizen', cluster: null, x: 1800, y: 900 }
				]
			}
		],
		rounds: [{ round, tally: { kind: 'dots', voters: { city: 1, citizen: 2 }, dots: { a: { city: 2, citizen: 3 }, b: { citizen: 1 } } } }],
		outcome,
		patterns: ['Pay per use'],
		useCases: [{ title: 'Smart parking in Lyon', slug: 'smart-parking' }],
		...over
	};
}

const section = (md: string, heading: string) => {
	const start = md.indexOf(`\n## ${heading}\n`);
	expect(start, `section ${heading}`).toBeGreaterThan(-1);
	const next = md.indexOf('\n## ', start + 4);
	return md.slice(start, next < 0 ? undefined : next);
};

describe('escapeMarkdown', () => {
	it('escapes what CommonMark reads as syntax, and HTML', () => {
		expect(escapeMarkdown('*bold* _it_ `code` [a](b) <img src=x> | # ! ~ & \\')).toBe(
			'\\*bold\\* \\_it\\_ \\`code\\` \\[a\\]\\(b\\) \\<img src=x\\> \\| \\# \\! \\~ \\& \\\\'
		);
	});
	it('stops a line from starting a list, heading, rule or numbered item, and joins lines', () => {
		expect(escapeMarkdown('- item')).toBe('\\- item');
		expect(escapeMarkdown('+ item')).toBe('\\+ item');
		expect(escapeMarkdown('=====')).toBe('\\=====');
		expect(escapeMarkdown('1. first')).toBe('1\\. first');
		expect(escapeMarkdown('line one\n# two\r\n\n- three')).toBe('line one \\# two - three');
		expect(escapeMarkdown('Plain text, with a comma: fine.')).toBe('Plain text, with a comma: fine.');
	});
});

describe('reportMarkdown', () => {
	const md = reportMarkdown(model(), en, 'Dec 1, 2026');

	it('has every section in order', () => {
		const order = ['Purpose', 'Agenda', 'Participation', 'Canvases', 'Round results', 'Outcome'].map((h) => md.indexOf(`\n## ${h}\n`));
		expect(order.every((i) => i > 0)).toBe(true);
		expect([...order].sort((a, b) => a - b)).toEqual(order);
	});

	it('escapes user text in the title, purpose and notes', () => {
		expect(md.startsWith('# Oulu \\# mobility\n')).toBe(true);
		expect(section(md, 'Purpose')).toContain('Find \\<b\\>one\\</b\\> service \\[to pilot\\]\\(http://x\\)');
		expect(md).not.toContain('<b>');
		expect(section(md, 'Canvases')).toContain('- \\- not a list item');
	});

	it('counts people by stakeholder type and names nobody unless asked', () => {
		const part = section(md, 'Participation');
		expect(part).toContain('3 people took part.');
		expect(part).toContain('| City | 1 |');
		expect(part).toContain('| Citizen | 2 |');
		expect(part).not.toContain('Who took part');
		const named = reportMarkdown(model({ participation: { ...model().participation, people: [{ name: 'Aino *V*', stakeholder: 'city', role: 'facilitator' }] } }), en, 'x');
		expect(section(named, 'Participation')).toContain('| Aino \\*V\\* | City | Facilitator |');
	});

	it('lists the agenda with canvases and rounds', () => {
		expect(section(md, 'Agenda')).toContain('1. Warm up\n2. Vote on Main canvas with a dot vote round');
	});

	it('lists notes by block in the template order, empty notes left out, loose notes last', () => {
		const part = section(md, 'Canvases');
		expect(part.indexOf('#### Value propositions')).toBeLessThan(part.indexOf('#### Customer segments'));
		expect(part.indexOf('#### Customer segments')).toBeLessThan(part.indexOf('#### Outside any block'));
		expect(part).not.toContain('#### Channels');
	});

	it('writes round results as a table, pipes in labels escaped', () => {
		const part = section(md, 'Round results');
		expect(part).toContain('### Which service first? \\(Dot vote\\)');
		expect(part).toContain('3 of 4 have voted');
		expect(part).toContain('| Candidate | Place | City | Citizen | Total (Dots) |');
		expect(part).toContain('| Parking \\| sensors | 1 | 2 | 3 | 5 |');
		expect(part).toContain('| Bus app | 2 | 0 | 1 | 1 |');
	});

	it('writes the outcome with its revenue totals in euros', () => {
		const part = section(md, 'Outcome');
		expect(part).toContain('Commuters \\*and\\* visitors');
		expect(part).toContain('- Pay per use');
		expect(part).toContain('- Smart parking in Lyon');
		expect(part).toContain('| €90,000.00 | €4,500.00 | €20,000.00 | €0.00 |');
		expect(part).toContain('| Sensors (5%) | Cities | €90,000.00 | €4,500.00 |');
		expect(part).toContain('| 2 | €0.00 | €0.00 | €0.00 | €0.00 |');
	});

	it('says so when there is no round, no canvas and no outcome', () => {
		const bare = reportMarkdown(model({ rounds: [], canvases: [], outcome: null, agenda: [] }), en, 'x');
		expect(section(bare, 'Round results')).toContain('No round of decision was run.');
		expect(section(bare, 'Canvases')).toContain('The workshop has no canvas.');
		expect(section(bare, 'Agenda')).toContain('The workshop had no agenda.');
		expect(section(bare, 'Outcome')).toContain('No outcome has been written yet.');
	});
});

describe('notesByBlock', () => {
	it('keeps blocks unknown to the template after the known ones', () => {
		const note = (id: string, block: string | null) => ({ id, text: id, block, dimension: null, stakeholder: null, cluster: null, x: 0, y: 0 });
		expect(notesByBlock(['a', 'b'], [note('1', 'gone'), note('2', 'b'), note('3', null)]).map((g) => g.block)).toEqual(['b', 'gone', null]);
	});
});
