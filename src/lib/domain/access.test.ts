import { describe, expect, it } from 'vitest';
import { canWrite } from './access';

describe('who may write a room', () => {
	it('lets facilitators write everywhere, even on a locked canvas', () => {
		expect(canWrite('canvas', 'facilitator', true)).toBe(true);
		expect(canWrite('session', 'facilitator', false)).toBe(true);
	});

	it('lets participants write open canvases only', () => {
		expect(canWrite('canvas', 'participant', false)).toBe(true);
		expect(canWrite('canvas', 'participant', true)).toBe(false);
		expect(canWrite('session', 'participant', false)).toBe(false);
	});

	it('never lets observers write', () => {
		expect(canWrite('canvas', 'observer', false)).toBe(false);
		expect(canWrite('session', 'observer', false)).toBe(false);
	});
});
