import { describe, expect, it } from 'vitest';
import { StartFormState } from './start-form.svelte';

const oulu = { id: '00000000-0000-4000-8000-000000000008', name: 'City of Oulu' };
const sofia = { id: '00000000-0000-4000-8000-000000000005', name: 'City of Sofia' };

describe('the start form', () => {
	it('starts with the reader’s first city and the title "<use case> in <city>"', () => {
		const form = new StartFormState('Mobility points', [oulu, sofia]);
		expect(form.organization).toBe(oulu.id);
		expect(form.typesCity).toBe(false);
		expect(form.title).toBe('Mobility points in Oulu');
	});

	it('follows the city chosen or typed, until the person writes their own title', () => {
		const form = new StartFormState('Mobility points', [oulu]);
		form.chooseOrganization('');
		expect(form.typesCity).toBe(true);
		form.typeCity('Tampere');
		expect(form.title).toBe('Mobility points in Tampere');
		form.editTitle('Our mobility hubs');
		form.typeCity('Turku');
		expect(form.title).toBe('Our mobility hubs');
	});

	it('asks for a typed city when the reader has no city organisation', () => {
		const form = new StartFormState('Mobility points', []);
		expect(form.typesCity).toBe(true);
		expect(form.title).toBe('Mobility points');
	});

	it('keeps what was sent when the server answered with an error', () => {
		const form = new StartFormState('Mobility points', [oulu], { title: 'Mine', organization: null, city: 'Espoo' });
		expect([form.typesCity, form.city, form.title]).toEqual([true, 'Espoo', 'Mine']);
	});
});
