import { describe, expect, it } from 'vitest';
import { joinSchema, newWorkshopSchema, normalizeJoinCode, reorder } from './workshops';

describe('join codes', () => {
	it('forgives case, spaces and dashes', () => {
		expect(normalizeJoinCode(' abc-23 4 ')).toBe('ABC234');
		expect(joinSchema.parse({ code: 'hkm 234', displayName: '  Aino   K ' })).toEqual({ code: 'HKM234', displayName: 'Aino K' });
	});
	it('refuses look-alike characters and wrong lengths', () => {
		for (const code of ['ABC10O', 'ABCDE', 'ABCDEFG', 'ABCDEI']) {
			expect(joinSchema.safeParse({ code, displayName: 'A' }).success).toBe(false);
		}
	});
	it('needs a display name', () => {
		const result = joinSchema.safeParse({ code: 'ABCDEF', displayName: '   ' });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0].message).toBe('displayNameRequired');
	});
});

describe('new workshop form', () => {
	const valid = {
		title: ' Mobility data  day ',
		host: 'Oulu',
		purpose: '',
		heldOn: '2026-12-03',
		canvases: [{ template: 'business-model-canvas', title: 'Business model' }],
		language: 'fi'
	};
	it('accepts a complete form and tidies it', () => {
		const parsed = newWorkshopSchema.parse(valid);
		expect(parsed.title).toBe('Mobility data day');
		expect(parsed.heldOn).toBe('2026-12-03');
		expect(parsed.language).toBe('fi');
		expect(newWorkshopSchema.parse({ ...valid, heldOn: '' }).heldOn).toBeNull();
	});
	it('names what is wrong', () => {
		const messages = (input: unknown) => newWorkshopSchema.safeParse(input).error?.issues.map((i) => i.message);
		expect(messages({ ...valid, title: '' })).toEqual(['titleRequired']);
		expect(messages({ ...valid, heldOn: '2026-13-45' })).toEqual(['dateInvalid']);
		expect(messages({ ...valid, canvases: [] })).toEqual(['canvasRequired']);
		expect(messages({ ...valid, canvases: [{ template: 'kanban', title: 'x' }] })).toEqual(['templateUnknown']);
		expect(messages({ ...valid, language: 'sv' })).toEqual(['languageUnknown']);
		expect(messages({ ...valid, language: undefined })).toEqual(['languageUnknown']);
	});
});

describe('reorder', () => {
	it('swaps with the neighbour and stays put at the edges', () => {
		expect(reorder(['a', 'b', 'c'], 'b', 'up')).toEqual(['b', 'a', 'c']);
		expect(reorder(['a', 'b', 'c'], 'b', 'down')).toEqual(['a', 'c', 'b']);
		expect(reorder(['a', 'b', 'c'], 'a', 'up')).toEqual(['a', 'b', 'c']);
		expect(reorder(['a', 'b', 'c'], 'c', 'down')).toEqual(['a', 'b', 'c']);
		expect(reorder(['a'], 'x', 'up')).toEqual(['a']);
	});
});
