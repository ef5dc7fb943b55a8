/**
 * A language's name in the reader's locale ("German" in English, "Deutsch" in
 * German), from Intl.DisplayNames; the code itself when the runtime knows no
 * name for it, so a page never shows nothing.
 */
export function languageName(code: string, inLocale: string): string {
	try {
		return new Intl.DisplayNames([inLocale], { type: 'language', fallback: 'code' }).of(code) ?? code;
	} catch {
		// A malformed code or locale (RangeError): say the code as stored.
		return code;
	}
}
