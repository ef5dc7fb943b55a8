import { languageName, m } from '$lib/i18n';

/** "Written in German": which language a use case's text is in, named in the page's language. */
export const writtenIn = (code: string) => m.useCase.writtenIn(languageName(code));
