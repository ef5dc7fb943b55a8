import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../test/support/csv.ts';
import {
	bodyFrom,
	decidimCsv,
	decidimFileName,
	decidimJson,
	orderIdeas,
	proposalProblems,
	ProposalsRefused,
	TITLE_MAX,
	titleFrom
} from './decidim.ts';

const idea = (title: string, body = 'A body long enough for Decidim to accept it.') => ({ title, body });

describe('Decidim proposals CSV', () => {
	it('has the header title/<locale>;body/<locale> and one record per proposal, CRLF after each', () => {
		const csv = decidimCsv([idea('Shared parking sensors'), idea('Open data portal for mobility')], 'en');
		expect(csv.startsWith('title/en;body/en\r\n')).toBe(true);
		expect(csv.endsWith('\r\n')).toBe(true);
		expect(parseCsv(csv, ';')).toEqual([
			['title/en', 'body/en'],
			['Shared parking sensors', 'A body long enough for Decidim to accept it.'],
			['Open data portal for mobility', 'A body long enough for Decidim to accept it.']
		]);
	});

	it('uses the workshop language as locale', () => {
		expect(decidimCsv([idea('Sensores de aparcamiento')], 'es').split('\r\n')[0]).toBe('title/es;body/es');
		expect(decidimCsv([idea('Sensores de estacionamento')], 'pt-BR').split('\r\n')[0]).toBe('title/pt-BR;body/pt-BR');
		expect(() => decidimCsv([idea('Shared parking sensors')], 'en;x')).toThrow(RangeError);
	});

	it('neutralises cells a spreadsheet would run as a formula (= + - @, tab, CR)', () => {
		const csv = decidimCsv(
			[idea('=HYPERLINK("http://x","click me")', '+1 more body text here'), idea('@SUM(A1:A2) ideas here', '-2 minus body text long'), idea('\t=cmd|' + "'/C calc'!A0 title", '\r+Carriage body text here')],
			'en'
		);
		const rows = parseCsv(csv, ';').slice(1);
		for (const row of rows) for (const value of row) expect(value.startsWith("'")).toBe(true);
		expect(rows[0][0]).toBe(`'=HYPERLINK("http://x","click me")`);
		// A leading tab or CR is trimmed away; what it hid is neutralised.
		expect(rows[2]).toEqual([`'=cmd|'/C calc'!A0 title`, `'+Carriage body text here`]);
	});

	it('quotes cells holding the separator, quotes or line breaks, and keeps UTF-8 text as it is', () => {
		const rows = parseCsv(
			decidimCsv([idea('Bike lanes; safer crossings', 'Line one\nline "two"; and three — Åbo, Zürich')], 'en'),
			';'
		);
		expect(rows[1]).toEqual(['Bike lanes; safer crossings', 'Line one\nline "two"; and three — Åbo, Zürich']);
	});

	it('refuses, naming each problem, titles under 15 or over 150 characters and bodies under 15', () => {
		const proposals = [idea('Too short'), idea('x'.repeat(TITLE_MAX + 1)), idea('A fine title here', 'short')];
		expect(proposalProblems(proposals)).toEqual([
			{ index: 0, field: 'title', problem: 'tooShort' },
			{ index: 1, field: 'title', problem: 'tooLong' },
			{ index: 2, field: 'body', problem: 'tooShort' }
		]);
		expect(() => decidimCsv(proposals, 'en')).toThrow(ProposalsRefused);
		expect(() => decidimJson([], 'en')).toThrow(ProposalsRefused);
		// Code points, as Decidim (Ruby) counts: 15 emoji are 15 characters, not 30.
		expect(proposalProblems([idea('🚲'.repeat(15))])).toEqual([]);
		expect(proposalProblems([idea('x'.repeat(TITLE_MAX))])).toEqual([]);
	});
});

describe('Decidim proposals JSON', () => {
	it('is an array of {title: {locale}, body: {locale}}, text as typed', () => {
		const json = JSON.parse(decidimJson([idea('  =Formula-looking title  ', 'Body, with "quotes" and more')], 'ca'));
		expect(json).toEqual([{ title: { ca: '=Formula-looking title' }, body: { ca: 'Body, with "quotes" and more' } }]);
	});
});

describe('titles, bodies and file names from notes', () => {
	it('takes the first line of a note, spaces collapsed', () => {
		expect(titleFrom('\n  Shared   parking\tsensors \nmore detail')).toBe('Shared parking sensors');
	});

	it('cuts a long note on a word, under 150 characters, with an ellipsis', () => {
		const title = titleFrom('word '.repeat(60));
		expect([...title].length).toBeLessThanOrEqual(TITLE_MAX);
		expect(title.endsWith('word…')).toBe(true);
	});

	it('puts the context after the note text', () => {
		expect(bodyFrom(' Sensors on every bay ', 'From the workshop “Parking”, canvas BMC.')).toBe(
			'Sensors on every bay\n\nFrom the workshop “Parking”, canvas BMC.'
		);
	});

	it('names files by the workshop, with no path characters', () => {
		expect(decidimFileName('Café ../Parking: 2026', 'csv')).toBe('decidim-proposals-cafe-parking-2026.csv');
		expect(decidimFileName('***', 'json')).toBe('decidim-proposals-workshop.json');
	});
});

describe('orderIdeas', () => {
	const note = (canvasId: string, noteId: string) => ({ canvasId, noteId, canvasTitle: canvasId, text: noteId, dimension: null });
	it('lists top candidates first (best place first), then kept notes, both ticked, then the rest by canvas', () => {
		const ideas = orderIdeas(
			[note('b', 'n1'), note('a', 'n2'), note('a', 'n3'), note('b', 'n4'), note('a', 'n5')],
			['a', 'b'],
			new Set(['a:n3', 'b:n4']),
			new Map([
				['a:n5', 2],
				['b:n4', 1]
			])
		);
		expect(ideas.map((i) => [i.key, i.chosen])).toEqual([
			['b:n4', true],
			['a:n5', true],
			['a:n3', true],
			['a:n2', false],
			['b:n1', false]
		]);
		expect(ideas[0]).toMatchObject({ kept: true, top: 1 });
	});
});
