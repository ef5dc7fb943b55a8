import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en';
import { de } from '../i18n/de';
import { defaultAgendaRenames } from './default-agenda';

const phases = en.console.agenda.defaults.map((title, position) => ({ id: `p${position}`, position, title }));

describe('the default agenda in the workshop’s language', () => {
	it('is what the database writes for a new workshop, in English', () => {
		const sql = readFileSync(new URL('../../../supabase/migrations/20261201000200_facilitation.sql', import.meta.url), 'utf8');
		const values = /from \(values (.*)\)\n\s*as p \(position, title\)/.exec(sql)?.[1] ?? '';
		const written = [...values.matchAll(/\((\d+), '([^']+)'\)/g)].map((match) => match[2]);
		expect(written).toEqual(en.console.agenda.defaults);
	});

	it('renames the phases still titled as the old language’s defaults', () => {
		expect(defaultAgendaRenames(phases, en.console.agenda.defaults, de.console.agenda.defaults)).toEqual(
			de.console.agenda.defaults.map((title, position) => ({ id: `p${position}`, title }))
		);
	});

	it('leaves a renamed, moved or added phase alone', () => {
		const edited = [
			{ id: 'a', position: 0, title: 'Coffee and welcome' },
			{ id: 'b', position: 2, title: 'Identify opportunities' },
			{ id: 'c', position: 3, title: 'Vote' },
			{ id: 'd', position: 6, title: 'Outcome' }
		];
		expect(defaultAgendaRenames(edited, en.console.agenda.defaults, de.console.agenda.defaults)).toEqual([{ id: 'c', title: de.console.agenda.defaults[3] }]);
		expect(defaultAgendaRenames(phases, en.console.agenda.defaults, en.console.agenda.defaults)).toEqual([]);
	});
});
