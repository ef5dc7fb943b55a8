import { describe, expect, it } from 'vitest';
import { canWrite, mayOpen } from './access';

describe('who may write a room', () => {
	it('lets facilitators write every canvas, even a locked one', () => {
		expect(canWrite('canvas', 'facilitator', true)).toBe(true);
		expect(canWrite('canvas', 'facilitator', false)).toBe(true);
	});

	it('lets participants write open canvases only', () => {
		expect(canWrite('canvas', 'participant', false)).toBe(true);
		expect(canWrite('canvas', 'participant', true)).toBe(false);
	});

	it('never lets observers write', () => {
		expect(canWrite('canvas', 'observer', false)).toBe(false);
	});

	it('lets nobody write the session and console documents: the server writes them from the database', () => {
		for (const role of ['facilitator', 'participant', 'observer'] as const) {
			expect(canWrite('session', role, false)).toBe(false);
			expect(canWrite('console', role, false)).toBe(false);
		}
	});
});

describe('who may write the outcome', () => {
	it('lets facilitators write it, lock or not, and nobody else', () => {
		expect(canWrite('outcome', 'facilitator', false)).toBe(true);
		expect(canWrite('outcome', 'facilitator', true)).toBe(true);
		for (const locked of [false, true]) {
			expect(canWrite('outcome', 'participant', locked)).toBe(false);
			expect(canWrite('outcome', 'observer', locked)).toBe(false);
		}
	});
});

describe('who may open a room', () => {
	it('keeps the console room to facilitators', () => {
		expect(mayOpen('console', 'facilitator')).toBe(true);
		expect(mayOpen('console', 'participant')).toBe(false);
		expect(mayOpen('console', 'observer')).toBe(false);
		expect(mayOpen('session', 'observer')).toBe(true);
		expect(mayOpen('canvas', 'participant')).toBe(true);
	});

	it('lets every member open the outcome room (to read it)', () => {
		for (const role of ['facilitator', 'participant', 'observer'] as const) expect(mayOpen('outcome', role)).toBe(true);
	});
});
