import { describe, expect, it } from 'vitest';
import { charsFor, FONT, layoutSpread, WIDE, type SpreadBox, type SpreadPlace } from './spread-layout';

const source = { city: 'Bologna, Genoa, London, Barcelona', detail: 'first city' };
const places: SpreadPlace[] = [
	{ city: 'Oulu', detail: 'replicated 2027', kind: 'replication' },
	{ city: 'Santiago de Compostela', detail: 'replicated 2027', kind: 'replication' },
	{ city: 'Jyväskylä', detail: 'follower, no record', kind: 'follower' },
	{ city: 'Sofia', detail: 'follower, no record', kind: 'follower' },
	{ city: 'A city with a very long name indeed, longer than any box', detail: 'replicated 2028', kind: 'replication' }
];
type Area = Pick<SpreadBox, 'x' | 'y' | 'w' | 'h'>;
const overlap = (a: Area, b: Area) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe.each([
	['a phone (390 x 844, inside the page padding)', 350],
	['a small phone', 300],
	['a tablet in portrait (768 x 1024)', 700],
	['a laptop', 1100]
])('the spread chart on %s', (_, width) => {
	const layout = layoutSpread(source, places, width);

	it('picks the layout for the width', () => {
		expect(layout.mode).toBe(width >= WIDE ? 'wide' : 'narrow');
		expect(FONT).toBeGreaterThanOrEqual(12);
	});

	it('draws every place once, in the order given', () => {
		expect(layout.targets).toHaveLength(places.length);
		expect(layout.targets.map((t) => t.kind)).toEqual(places.map((p) => p.kind));
		expect(layout.targets[0].cityLines.join(' ')).toBe('Oulu');
	});

	it('keeps every box inside the chart and off every other box', () => {
		const boxes = [layout.source, ...layout.targets];
		for (const b of boxes) {
			expect(b.x).toBeGreaterThanOrEqual(0);
			expect(b.y).toBeGreaterThanOrEqual(0);
			expect(b.x + b.w).toBeLessThanOrEqual(layout.width);
			expect(b.y + b.h).toBeLessThanOrEqual(layout.height);
		}
		for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j])).toBe(false);
	});

	it('fits every line of text in its box, a long name wrapped and cut rather than overflowing', () => {
		for (const b of [layout.source, ...layout.targets]) {
			for (const line of [...b.cityLines, ...b.detailLines]) expect(line.length).toBeLessThanOrEqual(charsFor(b.w));
			expect(b.cityLines.length).toBeGreaterThan(0);
		}
		expect(layout.targets[4].cityLines.length).toBeLessThanOrEqual(2);
	});

	it('runs every arrow from the first city to its box, crossing no other box', () => {
		for (const t of layout.targets) {
			const [start] = t.arrow;
			const end = t.arrow[t.arrow.length - 1];
			expect(end.y).toBeCloseTo(t.y + t.h / 2);
			expect([t.x, t.x + t.w]).toContain(end.x);
			if (layout.mode === 'wide') expect([layout.source.x, layout.source.x + layout.source.w]).toContain(start.x);
			else expect(start.y).toBe(layout.source.y + layout.source.h);
			// Every segment's box (a curve stays within its end points' box) keeps off every box but its own two.
			for (let i = 1; i < t.arrow.length; i++) {
				const [a, b] = [t.arrow[i - 1], t.arrow[i]];
				const seg = { x: Math.min(a.x, b.x) + 0.5, y: Math.min(a.y, b.y) + 0.5, w: Math.max(Math.abs(a.x - b.x) - 1, 0.1), h: Math.max(Math.abs(a.y - b.y) - 1, 0.1) };
				for (const other of layout.targets) expect(overlap(seg, other), `arrow to ${t.cityLines[0]} crosses ${other.cityLines[0]}`).toBe(false);
				expect(overlap(seg, layout.source)).toBe(false);
			}
		}
	});
});

describe('the spread chart without places', () => {
	it('draws the first city alone', () => {
		const layout = layoutSpread(source, [], 700);
		expect(layout.targets).toEqual([]);
		expect(layout.height).toBeGreaterThanOrEqual(layout.source.h);
	});
});
