import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { emptyOutcome, outcomeSchema, type Outcome } from '../domain/outcome';
import {
	addListItem,
	dropNote,
	editListItem,
	editText,
	isEmptyOutcome,
	keepNote,
	linkUseCase,
	pickPattern,
	projectOutcome,
	putRevenueRow,
	removeListItem,
	removeRevenueRow,
	seedOutcome,
	setAtosHolds,
	setRevenueYears,
	setScore,
	takeScoresFromRound,
	textOf,
	unlinkUseCase,
	unpickPattern
} from './document';

const canvas = '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b';
const round = '2c5f39cb-3fb2-4e4c-b4f6-f02ac6b8744c';
const useCase = '3d6f4adc-4fc3-4f5d-85a7-a13bd7c9855d';

/** Two documents that have exchanged everything. */
function sync(a: Y.Doc, b: Y.Doc) {
	Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
	Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

const stream = {
	id: 's1', segment: 'g1', name: 'Parking app', customers: 100, quantity: 1, unitPriceCents: 500,
	recurrence: 'annual' as const, shareBasisPoints: 10_000, fromYear: 1
};

describe('the outcome document', () => {
	it('projects an empty document as the empty outcome', () => {
		const doc = new Y.Doc();
		expect(isEmptyOutcome(doc)).toBe(true);
		expect(projectOutcome(doc)).toEqual(emptyOutcome());
	});

	it('merges two people typing in the same dimension at once', () => {
		const a = new Y.Doc();
		const b = new Y.Doc();
		editText(a, 'dimension:who', 0, 0, 'Commuters');
		sync(a, b);
		// Both type at the same moment, before either hears of the other.
		editText(a, 'dimension:who', 9, 0, ' who cycle');
		editText(b, 'dimension:who', 0, 0, 'Families and ');
		sync(a, b);
		const who = projectOutcome(a).dimensions.who.text;
		expect(who).toBe(projectOutcome(b).dimensions.who.text);
		expect(who).toBe('Families and Commuters who cycle');
	});

	it('replaces a range of text (a paste over a selection)', () => {
		const doc = new Y.Doc();
		editText(doc, 'lessons', 0, 0, 'Start small.');
		editText(doc, 'lessons', 6, 5, 'early');
		expect(projectOutcome(doc).lessons).toBe('Start early.');
	});

	it('keeps notes once, in the order kept, and drops them', () => {
		const a = new Y.Doc();
		const b = new Y.Doc();
		keepNote(a, 'what', { canvas, note: 'n1', text: 'Live parking map' });
		keepNote(b, 'what', { canvas, note: 'n1', text: 'Live parking map' });
		sync(a, b);
		keepNote(a, 'what', { canvas, note: 'n2', text: 'Open data' });
		sync(a, b);
		expect(projectOutcome(b).dimensions.what.notes.map((n) => n.note)).toEqual(['n1', 'n2']);
		dropNote(b, 'what', canvas, 'n1');
		sync(a, b);
		expect(projectOutcome(a).dimensions.what.notes).toEqual([{ canvas, note: 'n2', text: 'Open data' }]);
	});

	it('picks patterns and use cases as sets', () => {
		const doc = new Y.Doc();
		pickPattern(doc, 12);
		pickPattern(doc, 3);
		pickPattern(doc, 12);
		linkUseCase(doc, useCase);
		expect(projectOutcome(doc).patterns).toEqual([12, 3]);
		expect(projectOutcome(doc).useCases).toEqual([useCase]);
		unpickPattern(doc, 12);
		unlinkUseCase(doc, useCase);
		expect(projectOutcome(doc).patterns).toEqual([3]);
		expect(projectOutcome(doc).useCases).toEqual([]);
	});

	it('records the Atos check and the scores, by hand or from a round', () => {
		const doc = new Y.Doc();
		setAtosHolds(doc, 'public-interest', true);
		setAtosHolds(doc, 'market-opportunities', false);
		editText(doc, 'atos:public-interest', 0, 0, 'Less traffic searching for parking');
		takeScoresFromRound(doc, round, { scalability: 4, replicability: 5, sustainability: null });
		const taken = projectOutcome(doc);
		expect(taken.atos['public-interest']).toEqual({ holds: true, evidence: 'Less traffic searching for parking' });
		expect(taken.atos['market-opportunities'].holds).toBe(false);
		expect(taken.atos['public-engagement']).toEqual({ holds: null, evidence: '' });
		expect(taken.scores).toEqual({ scalability: 4, replicability: 5, sustainability: null, round });
		setScore(doc, 'sustainability', 3);
		expect(projectOutcome(doc).scores).toEqual({ scalability: 4, replicability: 5, sustainability: 3, round: null });
	});

	it('edits lists item by item', () => {
		const doc = new Y.Doc();
		addListItem(doc, 'funding', ' EU Horizon grant ');
		addListItem(doc, 'funding', 'City budget');
		addListItem(doc, 'funding', '   ');
		editListItem(doc, 'funding', 1, 'Municipal budget');
		expect(projectOutcome(doc).funding).toEqual(['EU Horizon grant', 'Municipal budget']);
		editListItem(doc, 'funding', 0, '');
		removeListItem(doc, 'funding', 5);
		expect(projectOutcome(doc).funding).toEqual(['Municipal budget']);
		removeListItem(doc, 'funding', 0);
		expect(projectOutcome(doc).funding).toEqual([]);
	});

	it('holds the revenue model as rows by id, in the order added, and leaves malformed rows out', () => {
		const a = new Y.Doc();
		const b = new Y.Doc();
		putRevenueRow(a, 'segments', { id: 'g2', name: 'Drivers', parent: null });
		putRevenueRow(a, 'segments', { id: 'g1', name: 'Commuters', parent: null });
		putRevenueRow(a, 'streams', stream);
		sync(a, b);
		// One edits the price while the other adds a cost: both survive.
		putRevenueRow(a, 'streams', { ...stream, unitPriceCents: 700 });
		putRevenueRow(b, 'costs', { id: 'c1', name: 'Sensors', kind: 'capex', amountCents: 100_000, fromYear: 1, toYear: 1 });
		setRevenueYears(b, 5);
		sync(a, b);
		const revenue = projectOutcome(a).revenue;
		expect(revenue.segments.map((s) => s.id)).toEqual(['g2', 'g1']);
		expect(revenue.streams).toEqual([{ ...stream, unitPriceCents: 700 }]);
		expect(revenue.costs.map((c) => c.id)).toEqual(['c1']);
		expect(revenue.years).toBe(5);
		expect(projectOutcome(b)).toEqual(projectOutcome(a));

		putRevenueRow(a, 'streams', { ...stream, id: 's2', customers: -1 });
		expect(projectOutcome(a).revenue.streams.map((s) => s.id)).toEqual(['s1']);
		removeRevenueRow(a, 'segments', 'g2');
		expect(projectOutcome(a).revenue.segments.map((s) => s.id)).toEqual(['g1']);
		setRevenueYears(a, 99);
		expect(projectOutcome(a).revenue.years).toBe(10);
	});

	it('cuts text longer than the outcome allows, rather than dropping it', () => {
		const doc = new Y.Doc();
		editText(doc, 'dimension:why', 0, 0, 'x'.repeat(5000));
		expect(projectOutcome(doc).dimensions.why.text).toHaveLength(4000);
	});

	it('seeds an empty document from a stored outcome, which projects back the same', () => {
		const outcome: Outcome = {
			...emptyOutcome(),
			dimensions: {
				who: { text: 'Commuters', notes: [{ canvas, note: 'n1', text: 'Cyclists' }, { canvas, note: 'n0', text: 'Drivers' }] },
				what: { text: 'A parking map', notes: [] },
				how: { text: '', notes: [] },
				why: { text: 'Fees', notes: [] }
			},
			patterns: [7, 2],
			useCases: [useCase],
			atos: { ...emptyOutcome().atos, 'business-viability': { holds: true, evidence: 'Paid by fees' } },
			scores: { scalability: 3, replicability: null, sustainability: 5, round: null },
			funding: ['EU grant'],
			lessons: 'Start small',
			replicationNeeds: 'Sensors',
			revenue: { years: 4, segments: [{ id: 'g1', name: 'Commuters', parent: null }], streams: [stream], costs: [] }
		};
		const doc = new Y.Doc();
		seedOutcome(doc, outcome);
		expect(isEmptyOutcome(doc)).toBe(false);
		expect(projectOutcome(doc)).toEqual(outcome);
		// Picked afterwards comes after what was seeded.
		pickPattern(doc, 1);
		expect(projectOutcome(doc).patterns).toEqual([7, 2, 1]);
		expect(textOf(doc, 'dimension:who').toString()).toBe('Commuters');
	});

	it('seeds what it can from a malformed stored outcome', () => {
		const doc = new Y.Doc();
		seedOutcome(doc, { lessons: 'Kept', patterns: 'not a list' } as unknown as Outcome);
		expect(projectOutcome(doc)).toEqual({ ...emptyOutcome(), lessons: 'Kept' });
	});
});

/** A small seeded generator (mulberry32), so a failing run can be replayed by its seed. */
function random(seed: number) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('convergence', () => {
	for (const seed of [1, 2, 3, 42, 2026]) {
		it(`three facilitators editing at random with random exchanges end with the same valid outcome (seed ${seed})`, () => {
			const next = random(seed);
			const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
			const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
			const fields = ['dimension:who', 'dimension:how', 'lessons', 'atos:public-interest'] as const;
			const ops: string[] = [];
			for (let step = 0; step < 300; step++) {
				const doc = pick(docs);
				const op = Math.floor(next() * 9);
				ops.push(`${docs.indexOf(doc)}:${op}`);
				if (op <= 2) {
					const field = pick(fields);
					const length = textOf(doc, field).length;
					const index = Math.floor(next() * (length + 1));
					const remove = Math.min(length - index, Math.floor(next() * 3));
					editText(doc, field, index, remove, pick(['a', 'bc', '', 'déf ', '😀']));
				} else if (op === 3) keepNote(doc, pick(['who', 'why'] as const), { canvas, note: pick(['n1', 'n2', 'n3']), text: 'Note' });
				else if (op === 4) dropNote(doc, 'who', canvas, pick(['n1', 'n2']));
				else if (op === 5) (next() < 0.6 ? pickPattern : unpickPattern)(doc, pick([1, 2, 3]));
				else if (op === 6) {
					const length = doc.getArray('list:funding').length;
					if (next() < 0.5) addListItem(doc, 'funding', `item ${step}`);
					else if (length) (next() < 0.5 ? editListItem(doc, 'funding', step % length, `edited ${step}`) : removeListItem(doc, 'funding', step % length));
				} else if (op === 7) {
					if (next() < 0.7) putRevenueRow(doc, 'streams', { ...stream, id: pick(['s1', 's2']), customers: step });
					else removeRevenueRow(doc, 'streams', pick(['s1', 's2']));
				} else setScore(doc, pick(['scalability', 'sustainability'] as const), pick([1, 3, 5, null]));
				// Now and then two of them exchange what they have.
				if (next() < 0.25) {
					const [a, b] = [pick(docs), pick(docs)];
					if (a !== b) sync(a, b);
				}
			}
			sync(docs[0], docs[1]);
			sync(docs[1], docs[2]);
			sync(docs[0], docs[1]);
			const outcomes = docs.map(projectOutcome);
			const context = `seed ${seed}, operations ${ops.join(' ')}`;
			expect(outcomes[1], context).toEqual(outcomes[0]);
			expect(outcomes[2], context).toEqual(outcomes[0]);
			expect(outcomeSchema.safeParse(outcomes[0]).success, context).toBe(true);
		});
	}
});
