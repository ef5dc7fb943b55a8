/**
 * Text color for a note or avatar background: whichever of dark ink and
 * white gives the higher WCAG contrast, so user-picked colors stay readable.
 */
const DARK = '#111820';
const LIGHT = '#ffffff';

const channel = (hex: string, at: number): number => {
	const value = parseInt(hex.slice(at, at + 2), 16) / 255;
	return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
};

/** WCAG relative luminance of #rrggbb (0 for anything else). */
export function luminance(hex: string): number {
	if (!/^#[0-9a-f]{6}$/i.test(hex)) return 0;
	return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

export function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}

const inks = new Map<string, string>();

/** Memoised: thousands of notes share a handful of colors. */
export function inkFor(background: string): string {
	let ink = inks.get(background);
	if (ink === undefined) {
		ink = contrast(background, DARK) >= contrast(background, LIGHT) ? DARK : LIGHT;
		if (inks.size < 1000) inks.set(background, ink);
	}
	return ink;
}
