import { DIMENSIONS, trianglePoints, type Dimension } from '../../domain/gassmann';
import { wrapText } from './wrap-text';

/**
 * The two drawings of Gassmann's magic triangle, in SVG user units. `full`
 * writes each dimension's text in the drawing; `names` shows only the
 * dimension names, for narrow screens and for texts too long to fit, with the
 * texts in a list beside or below it. Pure, so the rules are unit-tested.
 */

export interface Point {
	x: number;
	y: number;
}

export interface TextBlock extends Point {
	anchor: 'start' | 'middle' | 'end';
	/** Characters per line and lines: wrapText's budget for the block. */
	chars: number;
	lines: number;
	/** Font size in user units. */
	font: number;
}

/** Smallest text a person should read on a screen, in CSS pixels. */
export const MIN_SCREEN_FONT = 12;

const unit = trianglePoints();
const place = (d: Dimension, x: [number, number], y: [number, number]): Point => ({
	x: x[0] + unit[d].x * (x[1] - x[0]),
	y: y[0] + unit[d].y * (y[1] - y[0])
});
const placeAll = (x: [number, number], y: [number, number]) =>
	Object.fromEntries(DIMENSIONS.map((d) => [d, place(d, x, y)])) as Record<Dimension, Point>;

const fullAt = placeAll([110, 530], [80, 490]);

export const FULL = {
	width: 640,
	height: 650,
	at: fullAt,
	/** The Who disc fits inside the triangle (whose inscribed circle has r of about 115). */
	whoRadius: 100,
	cornerRadius: 26,
	blocks: {
		what: { x: 320, y: 8, anchor: 'middle', chars: 60, lines: 3, font: 15 },
		how: { x: 16, y: 522, anchor: 'start', chars: 34, lines: 6, font: 15 },
		why: { x: 624, y: 522, anchor: 'end', chars: 34, lines: 6, font: 15 },
		// Inside the Who disc: 22 characters stay within the disc's chord on all five lines.
		who: { x: fullAt.who.x, y: fullAt.who.y - 45, anchor: 'middle', chars: 22, lines: 5, font: 14 }
	} satisfies Record<Dimension, TextBlock>
};

/**
 * The narrowest the full drawing may be drawn, in CSS pixels: its smallest
 * text (14 units in 640) is then still 12 px. MagicTriangle.svelte's container
 * query uses this number.
 */
export const FULL_MIN_WIDTH = 560;

// Corners at x 60 and 240, y 50 and 212: room above What and below How and Why for their names.
const namesAt = placeAll([47.73, 252.27], [38.43, 231.29]);

export const NAMES = {
	width: 300,
	height: 256,
	at: namesAt,
	whoRadius: 44,
	cornerRadius: 12,
	font: 16,
	/** Where each name sits: What above its corner, How and Why below theirs, Who in the disc. */
	labels: {
		what: { x: namesAt.what.x, y: namesAt.what.y - 20 },
		how: { x: namesAt.how.x, y: namesAt.how.y + 34 },
		why: { x: namesAt.why.x, y: namesAt.why.y + 34 },
		who: { x: namesAt.who.x, y: namesAt.who.y + 6 }
	} satisfies Record<Dimension, Point>
};

/** Each dimension's text as the full drawing's lines (cut with an ellipsis when too long). */
export function fullLines(texts: Record<Dimension, string>): Record<Dimension, string[]> {
	return Object.fromEntries(
		DIMENSIONS.map((d) => [d, wrapText(texts[d], FULL.blocks[d].chars, FULL.blocks[d].lines)])
	) as Record<Dimension, string[]>;
}

/**
 * Whether every text fits its block of the full drawing uncut. One more line
 * than the block has shows it: a text that fits wraps to no more lines with it.
 */
export function textsFit(texts: Record<Dimension, string>): boolean {
	return DIMENSIONS.every((d) => wrapText(texts[d], FULL.blocks[d].chars, FULL.blocks[d].lines + 1).length <= FULL.blocks[d].lines);
}
