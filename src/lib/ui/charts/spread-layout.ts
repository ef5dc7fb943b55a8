/**
 * Where the spread chart draws its boxes. Wide: the use case's first city in
 * the middle, the cities that replicated it (and its follower cities) in a
 * column on each side, an arrow from the middle to each. Narrow (a phone):
 * the first city on top and the others in one column below, each reached by
 * an arrow from a trunk down the left. Laid out for the width the chart
 * really has, in CSS pixels, so its text is never scaled below FONT; boxes
 * are stacked, so none overlaps another, and arrows run only through the
 * gaps beside them.
 */
import { wrapText } from './wrap-text.ts';

/** Text size in px: the smallest the project allows is 12. */
export const FONT = 13;
const LINE = 17;
const PAD = 8;
const ROW_GAP = 12;
const MARGIN = 2;
/** A generous average glyph width for the bold city names (px per character). */
const CHAR = FONT * 0.62;
/** Narrower than this, the chart is laid out for this width (and scaled, never below it on a 320 px phone). */
export const MIN_WIDTH = 280;
/** From this width on, the places sit on both sides of the first city. */
export const WIDE = 560;
/** The narrow layout's trunk: its x, and how far right of it the boxes start. */
const TRUNK_X = 14;
const TRUNK_GAP = 26;

export interface SpreadPlace {
	city: string;
	/** The line under the city: the year it replicated, or that it is a follower without a record. */
	detail: string;
	kind: 'replication' | 'follower';
}

export interface SpreadBox {
	x: number;
	y: number;
	w: number;
	h: number;
	/** The city's lines (bold), then the detail's lines. */
	cityLines: string[];
	detailLines: string[];
}

export interface SpreadTarget extends SpreadBox {
	kind: SpreadPlace['kind'];
	side: 'left' | 'right' | 'below';
	/**
	 * The arrow's points, ending on the box's near side at mid height. Wide:
	 * from the first city's side (drawn as a curve); narrow: down the trunk,
	 * then across (drawn as straight lines).
	 */
	arrow: { x: number; y: number }[];
}

export interface SpreadLayout {
	mode: 'wide' | 'narrow';
	width: number;
	height: number;
	source: SpreadBox;
	targets: SpreadTarget[];
}

function box(city: string, detail: string, w: number, cityLinesMax: number): Omit<SpreadBox, 'x' | 'y'> {
	const chars = Math.max(4, Math.floor((w - 2 * PAD) / CHAR));
	const cityLines = wrapText(city, chars, cityLinesMax);
	const detailLines = wrapText(detail, chars, 2);
	return { w, h: 2 * PAD + (cityLines.length + detailLines.length) * LINE, cityLines, detailLines };
}

/** The chart for `width` px: wide, places alternate right, left, right... in the order given. */
export function layoutSpread(source: { city: string; detail: string }, places: readonly SpreadPlace[], width: number): SpreadLayout {
	const W = Math.max(MIN_WIDTH, Math.floor(width));
	return W >= WIDE ? wide(source, places, W) : narrow(source, places, W);
}

function narrow(source: { city: string; detail: string }, places: readonly SpreadPlace[], W: number): SpreadLayout {
	const sourceW = Math.min(260, W - 2 * MARGIN);
	const top: SpreadBox = { ...box(source.city, source.detail, sourceW, 4), x: MARGIN, y: MARGIN };
	const x = TRUNK_X + TRUNK_GAP;
	const w = Math.min(320, W - x - MARGIN);
	let y = top.y + top.h + ROW_GAP + 8;
	const targets: SpreadTarget[] = places.map((place) => {
		const b = box(place.city, place.detail, w, 2);
		const mid = y + b.h / 2;
		const target: SpreadTarget = {
			...b,
			x,
			y,
			kind: place.kind,
			side: 'below',
			arrow: [
				{ x: TRUNK_X, y: top.y + top.h },
				{ x: TRUNK_X, y: mid },
				{ x, y: mid }
			]
		};
		y += b.h + ROW_GAP;
		return target;
	});
	return { mode: 'narrow', width: W, height: y - ROW_GAP + MARGIN, source: top, targets };
}

function wide(source: { city: string; detail: string }, places: readonly SpreadPlace[], W: number): SpreadLayout {
	const centreW = Math.round(Math.min(220, Math.max(100, W * 0.3)));
	const gap = Math.round(Math.min(80, Math.max(28, W * 0.08)));
	const sideW = Math.floor(Math.min(200, (W - centreW - 2 * gap - 2 * MARGIN) / 2));
	const centreX = Math.round((W - centreW) / 2);
	const rightX = centreX + centreW + gap;
	const leftX = centreX - gap - sideW;

	const sourceBox = box(source.city, source.detail, centreW, 4);
	const sides = { left: [] as (Omit<SpreadBox, 'x' | 'y'> & SpreadPlace)[], right: [] as (Omit<SpreadBox, 'x' | 'y'> & SpreadPlace)[] };
	places.forEach((place, i) => sides[i % 2 === 0 ? 'right' : 'left'].push({ ...place, ...box(place.city, place.detail, sideW, 2) }));
	const columnHeight = (column: { h: number }[]) => column.reduce((sum, b) => sum + b.h, 0) + Math.max(0, column.length - 1) * ROW_GAP;
	const height = Math.max(sourceBox.h, columnHeight(sides.left), columnHeight(sides.right)) + 2 * MARGIN;

	const placed: SpreadBox = { ...sourceBox, x: centreX, y: Math.round((height - sourceBox.h) / 2) };
	const middle = placed.y + placed.h / 2;
	const targets: SpreadTarget[] = [];
	for (const side of ['right', 'left'] as const) {
		const column = sides[side];
		let y = Math.round((height - columnHeight(column)) / 2);
		for (const { city: _city, detail: _detail, kind, ...b } of column) {
			const x = side === 'right' ? rightX : leftX;
			targets.push({
				...b,
				x,
				y,
				kind,
				side,
				arrow: [
					{ x: side === 'right' ? placed.x + placed.w : placed.x, y: middle },
					{ x: side === 'right' ? x : x + b.w, y: y + b.h / 2 }
				]
			});
			y += b.h + ROW_GAP;
		}
	}
	// Back in the order given, so the drawing reads as the list beside it does.
	const order = places.map((_, i) => (i % 2 === 0 ? targets.filter((t) => t.side === 'right')[i / 2] : targets.filter((t) => t.side === 'left')[(i - 1) / 2]));
	return { mode: 'wide', width: W, height, source: placed, targets: order };
}

/** Line heights and padding, for drawing the text where the layout measured it. */
export const TEXT = { line: LINE, pad: PAD, font: FONT } as const;
/** The widest a line of `w` px holds, in characters: what the tests check the text against. */
export const charsFor = (w: number) => Math.max(4, Math.floor((w - 2 * PAD) / CHAR));
