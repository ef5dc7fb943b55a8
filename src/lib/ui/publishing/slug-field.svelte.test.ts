import { describe, expect, it } from 'vitest';
import { SlugField } from './slug-field.svelte.ts';

describe('SlugField', () => {
	it('follows the title until an address is typed, then keeps the typed one', () => {
		const slug = new SlugField('ferry-bikes');
		slug.titleChanged('Ferry bikes for Oulu');
		expect(slug.value).toBe('ferry-bikes-for-oulu');
		slug.typed('oulu-ferry');
		slug.titleChanged('Something else');
		expect(slug.value).toBe('oulu-ferry');
	});

	it('follows the title again once the typed address is cleared', () => {
		const slug = new SlugField('mine', true);
		slug.titleChanged('A new title');
		expect(slug.value).toBe('mine');
		slug.typed('');
		slug.titleChanged('A new title');
		expect(slug.value).toBe('a-new-title');
	});
});
