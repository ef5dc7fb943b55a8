import { describe, expect, it } from 'vitest';
import {
	adjacentNote,
	boardKeyAction,
	BUTTON_ZOOM,
	focusAfterDelete,
	historyKeyAction,
	noteKeyAction,
	NUDGE,
	PAN_STEP,
	readingOrder
} from './keyboard';

const plain = { shiftKey: false, altKey: false };
const placed = (id: string, x: number, y: number, createdAt = 0) => ({ id, note: { x, y, h: 100, createdAt } });

describe('keys on a note', () => {
	it('arrows nudge, Shift further, Alt resizes', () => {
		expect(noteKeyAction('ArrowLeft', plain)).toEqual({ kind: 'nudge', dx: -NUDGE.small, dy: 0, resize: false });
		expect(noteKeyAction('ArrowDown', { shiftKey: true, altKey: true })).toEqual({
			kind: 'nudge',
			dx: 0,
			dy: NUDGE.large,
			resize: true
		});
	});

	it('Enter edits, Space selects, Delete and Backspace delete, Escape leaves, others do nothing', () => {
		expect(noteKeyAction('Enter', plain)).toEqual({ kind: 'edit' });
		expect(noteKeyAction(' ', plain)).toEqual({ kind: 'toggle-selected' });
		expect(noteKeyAction('Delete', plain)).toEqual({ kind: 'delete' });
		expect(noteKeyAction('Backspace', plain)).toEqual({ kind: 'delete' });
		expect(noteKeyAction('Escape', plain)).toEqual({ kind: 'leave' });
		expect(noteKeyAction('a', plain)).toBeNull();
	});
});

describe('keys on the board', () => {
	it('arrows pan the world against the arrow', () => {
		expect(boardKeyAction('ArrowLeft', plain)).toEqual({ kind: 'pan', dx: PAN_STEP.small, dy: 0 });
		expect(boardKeyAction('ArrowDown', { shiftKey: true })).toEqual({ kind: 'pan', dx: 0, dy: -PAN_STEP.large });
	});

	it('+ and - zoom, 0 fits, Escape clears the selection', () => {
		expect(boardKeyAction('=', plain)).toEqual({ kind: 'zoom', factor: BUTTON_ZOOM });
		expect(boardKeyAction('-', plain)).toEqual({ kind: 'zoom', factor: 1 / BUTTON_ZOOM });
		expect(boardKeyAction('0', plain)).toEqual({ kind: 'fit' });
		expect(boardKeyAction('Escape', plain)).toEqual({ kind: 'clear-selection' });
		expect(boardKeyAction('x', plain)).toBeNull();
	});
});

describe('undo keys', () => {
	const mods = { ctrlKey: true, metaKey: false, shiftKey: false, altKey: false };
	it('Ctrl+Z undoes, Ctrl+Shift+Z and Ctrl+Y redo, Alt or no Ctrl does nothing', () => {
		expect(historyKeyAction('z', mods)).toBe('undo');
		expect(historyKeyAction('Z', { ...mods, shiftKey: true })).toBe('redo');
		expect(historyKeyAction('y', { ...mods, ctrlKey: false, metaKey: true })).toBe('redo');
		expect(historyKeyAction('z', { ...mods, altKey: true })).toBeNull();
		expect(historyKeyAction('z', { ...mods, ctrlKey: false })).toBeNull();
	});
});

describe('reading order', () => {
	const notes = [placed('c', 500, 10, 3), placed('a', 0, 40, 1), placed('d', 0, 300, 0), placed('b', 200, 0, 2)];
	const order = readingOrder(notes).map((e) => e.id);

	it('goes along rows top to bottom, left to right within a row', () => {
		expect(order).toEqual(['a', 'b', 'c', 'd']);
	});

	it('breaks ties on the same spot by creation', () => {
		expect(readingOrder([placed('y', 0, 0, 2), placed('x', 0, 0, 1)]).map((e) => e.id)).toEqual(['x', 'y']);
	});

	it('Tab goes to the next or previous note and stops at either end', () => {
		const list = order.map((id) => ({ id }));
		expect(adjacentNote(list, null, false)).toBe('a');
		expect(adjacentNote(list, 'b', false)).toBe('c');
		expect(adjacentNote(list, 'b', true)).toBe('a');
		expect(adjacentNote(list, 'd', false)).toBeNull();
		expect(adjacentNote([], null, false)).toBeNull();
	});

	it('after a delete focus goes to the next survivor, else back', () => {
		const list = order.map((id) => ({ id }));
		expect(focusAfterDelete(list, 'b', ['b', 'c'])).toBe('d');
		expect(focusAfterDelete(list, 'd', ['d'])).toBe('c');
		expect(focusAfterDelete([{ id: 'a' }], 'a', ['a'])).toBeNull();
	});
});
