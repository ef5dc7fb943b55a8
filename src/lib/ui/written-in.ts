import { locale, m } from '$lib/i18n';
import { languageName } from '$lib/domain/language-names';

/**
 * "Written in German": which language a use case's text is in, named in the
 * page's locale. The one place that reads the locale for it, so the page's
 * locale (issue 13) reaches every card and page through here.
 */
export const writtenIn = (code: string) => m.useCase.writtenIn(languageName(code, locale));
