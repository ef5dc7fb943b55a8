import { describe, expect, it } from 'vitest';
import { NOTE_GAP } from '$lib/canvas/placement';
import { NOTE_DEFAULT_SIZE, type Note } from '$lib/canvas/schema';
import { RECT_LABEL_HEIGHT, TEMPLATES } from '$lib/domain/templates';
import { FRESH_MS, FreshNotes } from './fresh-notes';

const template = TEMPLATES['business-model-canvas'];
const block = template.blocks.find((b) => b.id === 'value-propositions')!;
const spot = { x: block.x + NOTE_GAP, y: block.y + RECT_LABEL_HEIGHT + NOTE_GAP };
const note = (id: string, createdAt: number, at = spot): Note => ({
	id,
	createdAt,
	...at,
	...NOTE_DEFAULT_SIZE,
	text: '',
	block: 'value-propositions',
	dimension: 'what',
	author: id,
	stakeholder: 'city',
	color: '#ffffff',
	cluster: null,
	useCases: []
});

describe('fresh notes', () => {
	it('moves its own note that a note which came first covers, and remembers where it put it', () => {
		let now = 1000;
		const fresh = new FreshNotes(() => now);
		fresh.add(spot, 'mine');
		const next = { x: spot.x + NOTE_DEFAULT_SIZE.w + NOTE_GAP, y: spot.y };
		expect(fresh.nudges(template, [note('theirs', 1), note('mine', 2)])).toEqual(new Map([['mine', next]]));
		// Still fresh at its new spot: a second remote note landing there moves it again.
		now += 100;
		expect(fresh.nudges(template, [note('theirs', 1), note('other', 1, next), note('mine', 2, next)]).get('mine')).toBeDefined();
	});

	it('leaves a note alone once its author moved it, or once it is old', () => {
		let now = 1000;
		const fresh = new FreshNotes(() => now);
		fresh.add(spot, 'dragged');
		// Dragged by hand onto another note: where it is now is its author's choice.
		expect(fresh.nudges(template, [note('theirs', 1, { x: 900, y: 900 }), note('dragged', 2, { x: 900, y: 900 })]).size).toBe(0);
		fresh.add(spot, 'old');
		now += FRESH_MS + 1;
		expect(fresh.nudges(template, [note('theirs', 1), note('old', 2)]).size).toBe(0);
	});
});
