import { describe, expect, it } from 'vitest';
import { negotiateLocale, pageLocale, personLocale, readWorkshopChoices, writeWorkshopChoice } from './locales';

const W1 = '11111111-1111-4111-8111-111111111111';
const W2 = '22222222-2222-4222-8222-222222222222';

describe('negotiateLocale', () => {
	it('takes the first language we speak, by weight then order', () => {
		expect(negotiateLocale('fi-FI,fi;q=0.9,en-US;q=0.8,en;q=0.7')).toBe('fi');
		expect(negotiateLocale('pt-BR,pt;q=0.9,de;q=0.5,fr;q=0.6')).toBe('fr');
		expect(negotiateLocale('de-AT')).toBe('de');
		expect(negotiateLocale('EN-gb')).toBe('en');
	});
	it('ignores what it cannot use', () => {
		expect(negotiateLocale('pt-BR, ja;q=0.8')).toBeNull();
		expect(negotiateLocale('de;q=0, it;q=0.1')).toBe('it');
		expect(negotiateLocale('*')).toBeNull();
		expect(negotiateLocale('de;q=abc, es')).toBe('es');
		expect(negotiateLocale('')).toBeNull();
		expect(negotiateLocale(null)).toBeNull();
	});
});

describe('which language a page gets', () => {
	it('a workshop page: the switch made there, else the workshop language', () => {
		expect(pageLocale({ workshop: 'de', choice: 'fi', acceptLanguage: 'fr' })).toBe('de');
		expect(pageLocale({ workshop: 'de', workshopChoice: 'fi', choice: 'es' })).toBe('fi');
	});
	it('elsewhere: the person choice, else Accept-Language, else English', () => {
		expect(pageLocale({ choice: 'it', acceptLanguage: 'fi' })).toBe('it');
		expect(pageLocale({ acceptLanguage: 'es-ES,es;q=0.9' })).toBe('es');
		expect(personLocale({ acceptLanguage: 'ja' })).toBe('en');
		expect(personLocale({ workshop: 'de' })).toBe('en');
	});
});

describe('per-workshop switches cookie', () => {
	it('keeps the newest switch per workshop first', () => {
		let cookie = writeWorkshopChoice(undefined, W1, 'de');
		cookie = writeWorkshopChoice(cookie, W2, 'fi');
		cookie = writeWorkshopChoice(cookie, W1, 'it');
		expect([...readWorkshopChoices(cookie)]).toEqual([
			[W1, 'it'],
			[W2, 'fi']
		]);
	});
	it('drops the oldest beyond twelve and anything malformed', () => {
		let cookie = '';
		for (let i = 0; i < 14; i++) cookie = writeWorkshopChoice(cookie, `${String(i).padStart(8, '0')}-1111-4111-8111-111111111111`, 'fr');
		const choices = readWorkshopChoices(cookie);
		expect(choices.size).toBe(12);
		expect(choices.has('00000000-1111-4111-8111-111111111111')).toBe(false);
		expect([...readWorkshopChoices(`junk|${W1}:xx|${W2}:es|<script>:de`)]).toEqual([[W2, 'es']]);
	});
});
