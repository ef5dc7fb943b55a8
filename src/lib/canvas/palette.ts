/**
 * The colors someone can give a note: every stakeholder's color, then the
 * Business Model Canvas's customer-segment colors, each once.
 */
import { STAKEHOLDERS, STAKEHOLDER_COLORS, type Stakeholder } from '../domain/stakeholders.ts';
import { SEGMENT_COLORS } from '../domain/templates.ts';

/** A color someone can pick for a note, with the name a screen reader announces. */
export interface Swatch {
	color: string;
	name: string;
}

/** Keeps the first swatch of each color (a segment color may equal a stakeholder's), in order. */
export function uniqueSwatches(swatches: readonly Swatch[]): Swatch[] {
	const seen = new Set<string>();
	return swatches.filter((s) => {
		const key = s.color.toLowerCase();
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
}

/** The note palette, named through the given functions (the message catalogue). */
export function notePalette(names: {
	stakeholder: (stakeholder: Stakeholder) => string;
	segment: (index: number, color: string) => string;
}): Swatch[] {
	return uniqueSwatches([
		...STAKEHOLDERS.map((s) => ({ color: STAKEHOLDER_COLORS[s], name: names.stakeholder(s) })),
		...SEGMENT_COLORS.map((color, i) => ({ color, name: names.segment(i, color) }))
	]);
}
