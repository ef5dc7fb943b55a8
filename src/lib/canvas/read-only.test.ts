import { describe, expect, it } from 'vitest';
import { canvasReadOnly, readOnlyNotice } from './read-only';

describe('canvas read-only rule', () => {
	it('uses what the load decided until a live lock is known', () => {
		expect(canvasReadOnly('participant', true, undefined)).toBe(true);
		expect(canvasReadOnly('participant', false, undefined)).toBe(false);
	});

	it('applies the live lock: participants lose editing, facilitators keep it, observers never have it', () => {
		expect(canvasReadOnly('participant', false, true)).toBe(true);
		expect(canvasReadOnly('participant', true, false)).toBe(false);
		expect(canvasReadOnly('facilitator', false, true)).toBe(false);
		expect(canvasReadOnly('observer', false, false)).toBe(true);
	});

	it('names the notice for each case', () => {
		expect(readOnlyNotice('observer', false)).toBe('observer');
		expect(readOnlyNotice('participant', true)).toBe('locked');
		expect(readOnlyNotice('facilitator', true)).toBe('lockedFacilitator');
		expect(readOnlyNotice('participant', false)).toBeNull();
	});
});
