import { describe, expect, it } from 'vitest';
import { LOCALES } from '../i18n/locales';
import { languageName } from './language-names';

describe('languageName', () => {
	it('names a language in the reader’s locale', () => {
		expect(languageName('de', 'en')).toBe('German');
		expect(languageName('de', 'de')).toBe('Deutsch');
		expect(languageName('fi', 'fr')).toBe('finnois');
		expect(languageName('en', 'fi')).toBe('englanti');
	});

	it('names every language a use case may be written in, in English', () => {
		expect(LOCALES.map((code) => languageName(code, 'en'))).toEqual(['English', 'German', 'French', 'Italian', 'Spanish', 'Finnish']);
	});

	it('says the code when there is no name or the code is malformed', () => {
		expect(languageName('zz', 'en')).toBe('zz');
		expect(languageName('not a code', 'en')).toBe('not a code');
	});
});
