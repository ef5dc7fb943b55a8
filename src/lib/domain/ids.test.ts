import { describe, expect, it } from 'vitest';
import { isUuid } from './ids';

describe('isUuid', () => {
	it('accepts a uuid as Postgres prints it', () => {
		expect(isUuid('0b7e6c1a-3f2d-4c5e-9a8b-1c2d3e4f5a6b')).toBe(true);
	});
	it('refuses upper case, missing parts, extra text and other words', () => {
		for (const bad of ['0B7E6C1A-3F2D-4C5E-9A8B-1C2D3E4F5A6B', '0b7e6c1a-3f2d-4c5e-9a8b', '0b7e6c1a-3f2d-4c5e-9a8b-1c2d3e4f5a6b/x', 'new', '', ' 0b7e6c1a-3f2d-4c5e-9a8b-1c2d3e4f5a6b'])
			expect(isUuid(bad), bad).toBe(false);
	});
});
