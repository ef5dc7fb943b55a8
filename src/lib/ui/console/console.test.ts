import { describe, expect, it } from 'vitest';
import { CRITERIA_SETS, MAX_CRITERIA } from '../../domain/rounds.ts';
import {
	blocksOf,
	countsByType,
	draftTotals,
	emptyRoundForm,
	formOfPlan,
	minutesToMs,
	openRoundRequest,
	parseCriteria,
	peopleOf,
	roundPlanOf,
	type RoundForm
} from './console.ts';

const members = [
	{ user_id: 'f', display_name: 'Fay', stakeholder: 'city' as const, role: 'facilitator' as const },
	{ user_id: 'a', display_name: 'Aino', stakeholder: 'citizen' as const, role: 'participant' as const },
	{ user_id: 'b', display_name: 'Bo', stakeholder: 'citizen' as const, role: 'participant' as const }
];

describe('peopleOf', () => {
	it('marks who is online and adds an online newcomer the load did not know', () => {
		const people = peopleOf(members, [{ userId: 'a', name: 'Aino', stakeholder: 'citizen' }, { userId: 'n', name: 'Nia', stakeholder: 'company' }], new Set(['f', 'a', 'n']));
		expect(people.map((p) => [p.userId, p.online])).toEqual([
			['f', true],
			['a', true],
			['b', false],
			['n', true]
		]);
		expect(people[3]).toMatchObject({ name: 'Nia', role: 'participant' });
	});

	it('adds a newcomer with two tabs open once', () => {
		const twice = { userId: 'n', name: 'Nia', stakeholder: 'company' as const };
		expect(peopleOf([], [twice, twice], new Set(['n']))).toHaveLength(1);
	});
});

describe('countsByType', () => {
	it('counts online and all per type in the catalogue order, leaving out empty types', () => {
		const people = peopleOf(members, [], new Set(['f', 'a']));
		expect(countsByType(people)).toEqual([
			{ stakeholder: 'city', online: 1, all: 1 },
			{ stakeholder: 'citizen', online: 1, all: 2 }
		]);
	});
});

describe('minutesToMs', () => {
	it('reads whole and decimal minutes, with a comma too', () => {
		expect(minutesToMs('3')).toBe(180_000);
		expect(minutesToMs(' 1.5 ')).toBe(90_000);
		expect(minutesToMs('0,5')).toBe(30_000);
	});

	it.each(['', 'abc', '0', '-2', '0.05', '1441', 'Infinity'])('refuses %j', (text) => {
		expect(minutesToMs(text)).toBeNull();
	});
});

describe('parseCriteria', () => {
	it('takes one per line, trimmed, without blanks or repeats', () => {
		expect(parseCriteria(' Cost \n\nReach\r\nCost\n  ')).toEqual(['Cost', 'Reach']);
	});

	it('keeps at most MAX_CRITERIA of at most 80 characters', () => {
		const many = Array.from({ length: MAX_CRITERIA + 3 }, (_, i) => `c${i}`).join('\n');
		expect(parseCriteria(many)).toHaveLength(MAX_CRITERIA);
		expect(parseCriteria('x'.repeat(100))[0]).toHaveLength(80);
	});
});

describe('openRoundRequest', () => {
	const form = (changes: Partial<RoundForm>): RoundForm => ({ ...emptyRoundForm(), canvasId: 'c1', block: 'value-propositions', ...changes });

	it('a dot round: the block\'s notes as candidates, budget and cap', () => {
		expect(openRoundRequest(form({ title: ' First? ', budget: 5, cap: 2 }))).toEqual({
			request: {
				action: 'open-round',
				kind: 'dots',
				title: 'First?',
				canvas: 'c1',
				block: 'value-propositions',
				budget: 5,
				cap: 2,
				criteria: [],
				showAuthors: false,
				candidates: null
			}
		});
	});

	it('no cap is null', () => {
		const result = openRoundRequest(form({ cap: 0 }));
		expect('request' in result && result.request.action === 'open-round' && result.request.cap).toBeNull();
	});

	it('needs a canvas and a block, for every kind', () => {
		expect(openRoundRequest(form({ kind: 'writing', block: '' }))).toEqual({ problem: 'needCanvasBlock' });
		expect(openRoundRequest(form({ canvasId: '' }))).toEqual({ problem: 'needCanvasBlock' });
	});

	it('scores take a criteria set or typed criteria, and refuse none', () => {
		const atos = openRoundRequest(form({ kind: 'scores', criteria: 'atos' }));
		expect('request' in atos && atos.request.action === 'open-round' && atos.request.criteria).toEqual([...CRITERIA_SETS.atos]);
		expect(openRoundRequest(form({ kind: 'scores', criteria: 'typed', typedCriteria: ' \n ' }))).toEqual({ problem: 'needCriteria' });
		const typed = openRoundRequest(form({ kind: 'scores', criteria: 'typed', typedCriteria: 'Cost\nReach' }));
		expect('request' in typed && typed.request.action === 'open-round' && typed.request.budget).toBeNull();
	});

	it('writing carries show authors; others never do', () => {
		const writing = openRoundRequest(form({ kind: 'writing', showAuthors: false }));
		expect('request' in writing && writing.request).toMatchObject({ kind: 'writing', showAuthors: false, budget: null });
	});
});

describe('round plans of phases', () => {
	it('round-trips a plan through the form', () => {
		const plan = roundPlanOf({ ...emptyRoundForm(), kind: 'scores', block: 'b', criteria: 'typed', typedCriteria: 'Cost\nReach' });
		expect(plan).toEqual({ kind: 'scores', block: 'b', criteria: ['Cost', 'Reach'] });
		const back = formOfPlan(plan as never, 'c1');
		expect(back).toMatchObject({ kind: 'scores', canvasId: 'c1', block: 'b', criteria: 'typed', typedCriteria: 'Cost\nReach' });
	});

	it('recognises a known criteria set', () => {
		expect(formOfPlan({ kind: 'scores', criteria: [...CRITERIA_SETS.oulu] }, null)).toMatchObject({ criteria: 'oulu', typedCriteria: '' });
	});

	it('a dot plan keeps budget and cap; no block is a problem', () => {
		expect(roundPlanOf({ ...emptyRoundForm(), block: 'b', budget: 4, cap: 1 })).toEqual({ kind: 'dots', block: 'b', budget: 4, cap: 1 });
		expect(roundPlanOf({ ...emptyRoundForm() })).toEqual({ problem: 'needCanvasBlock' });
	});
});

describe('blocksOf and draftTotals', () => {
	it('lists a template\'s blocks', () => {
		expect(blocksOf('business-model-canvas')).toContain('value-propositions');
		expect(blocksOf('blank')).toEqual(expect.any(Array));
	});

	it('counts writers and drafts', () => {
		expect(draftTotals({ a: 2, b: 0, c: 3 })).toEqual({ writers: 2, drafts: 5 });
		expect(draftTotals(undefined)).toEqual({ writers: 0, drafts: 0 });
	});
});
