import { describe, expect, it } from 'vitest';
import { DIMENSIONS } from '../../domain/gassmann';
import { FULL, FULL_MIN_WIDTH, MIN_SCREEN_FONT, NAMES, fullLines, textsFit } from './magic-triangle-layout';

const short = { who: 'Residents', what: 'Mobility points', how: 'The city and providers', why: 'Users pay per use' };
/** Rough width of a line of sans-serif text: measured about 0.57 em per character. */
const lineWidth = (chars: number, font: number) => chars * font * 0.57;

describe('the magic triangle drawings', () => {
	it('the full drawing is never drawn so narrow that its text falls under 12 px', () => {
		const smallest = Math.min(...DIMENSIONS.map((d) => FULL.blocks[d].font));
		expect((smallest * FULL_MIN_WIDTH) / FULL.width).toBeGreaterThanOrEqual(MIN_SCREEN_FONT);
	});

	it('the names drawing keeps its names at 12 px or more down to a 230 px wide drawing', () => {
		expect((NAMES.font * 230) / NAMES.width).toBeGreaterThanOrEqual(MIN_SCREEN_FONT);
	});

	it('every text block of the full drawing stays inside it', () => {
		for (const d of DIMENSIONS) {
			const b = FULL.blocks[d];
			const w = lineWidth(b.chars, b.font);
			const left = b.anchor === 'start' ? b.x : b.anchor === 'middle' ? b.x - w / 2 : b.x - w;
			expect(left, d).toBeGreaterThanOrEqual(0);
			expect(left + w, d).toBeLessThanOrEqual(FULL.width);
			const bottom = b.y + b.font * (1 + 1.3 * (b.lines - 1)) + b.font * 0.3;
			expect(bottom, d).toBeLessThanOrEqual(FULL.height);
		}
	});

	it('the Who text stays inside the Who disc, and the disc inside the triangle', () => {
		const b = FULL.blocks.who;
		const centre = FULL.at.who;
		const half = lineWidth(b.chars, b.font) / 2;
		for (const y of [b.y, b.y + b.font * (1 + 1.3 * (b.lines - 1)) + b.font * 0.3]) {
			const dy = Math.abs(y - centre.y);
			expect(Math.hypot(half, dy), `line edge at ${y}`).toBeLessThanOrEqual(FULL.whoRadius);
		}
		// The bottom edge is the nearest side of the triangle to its centre.
		expect(FULL.at.how.y - centre.y).toBeGreaterThan(FULL.whoRadius);
		expect(NAMES.at.how.y - NAMES.at.who.y).toBeGreaterThan(NAMES.whoRadius);
	});

	it('the names drawing keeps every name inside it', () => {
		for (const d of DIMENSIONS) {
			const { x, y } = NAMES.labels[d];
			const half = lineWidth(4, NAMES.font) / 2;
			expect(x - half, d).toBeGreaterThanOrEqual(0);
			expect(x + half, d).toBeLessThanOrEqual(NAMES.width);
			expect(y - NAMES.font, d).toBeGreaterThanOrEqual(0);
			expect(y + NAMES.font * 0.3, d).toBeLessThanOrEqual(NAMES.height);
		}
	});

	it('short texts fit the full drawing uncut', () => {
		expect(textsFit(short)).toBe(true);
		const lines = fullLines(short);
		for (const d of DIMENSIONS) expect(lines[d].join(' ')).toBe(short[d]);
	});

	it('a text that would be cut does not fit, whichever dimension it is', () => {
		const long = 'word '.repeat(60).trim();
		for (const d of DIMENSIONS) {
			expect(textsFit({ ...short, [d]: long }), d).toBe(false);
			expect(fullLines({ ...short, [d]: long })[d].at(-1)?.endsWith('…')).toBe(true);
		}
	});

	it('a text that fills its block exactly still fits', () => {
		const b = FULL.blocks.how;
		const exact = Array.from({ length: b.lines }, () => 'x'.repeat(b.chars)).join(' ');
		expect(textsFit({ ...short, how: exact })).toBe(true);
		expect(textsFit({ ...short, how: `${exact} y` })).toBe(false);
	});
});
