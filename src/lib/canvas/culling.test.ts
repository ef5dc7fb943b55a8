import { describe, expect, it } from 'vitest';
import { BACKDROP_MARGIN, cull, needsRecompute, nextBackdrop, renderRect, SHRINK_RATIO, type CullInput } from './culling';

const entry = (id: string, x: number, y: number, createdAt = 0) => ({
	id,
	note: { x, y, w: 100, h: 100, createdAt }
});
type E = ReturnType<typeof entry>;
const base = (entries: E[], over: Partial<CullInput<E>> = {}): CullInput<E> => ({
	entries,
	query: { x: 0, y: 0, w: 1000, h: 1000 },
	rendered: new Set(),
	pinned: () => false,
	whole: true,
	centre: { x: 500, y: 500 },
	sheet: { w: 500, h: 500 },
	...over
});

describe('visible notes', () => {
	it('renders notes touching the query rectangle, in creation order, and no others', () => {
		const notes = [entry('b', 900, 900, 2), entry('far', 5000, 0, 0), entry('a', -99, 0, 1)];
		expect(cull(base(notes)).notes.map((e) => e.id)).toEqual(['a', 'b']);
	});

	it('always renders a pinned note (focused, edited, dragged), even far away', () => {
		const notes = [entry('far', 5000, 0)];
		expect(cull(base(notes, { pinned: (id) => id === 'far' })).notes.map((e) => e.id)).toEqual(['far']);
	});

	it('adds at most the budget of new notes per frame, nearest the centre first, keeping rendered ones', () => {
		const notes = [entry('old', 900, 900), entry('n1', 480, 480), entry('n2', 0, 0), entry('n3', 450, 450)];
		const result = cull(base(notes, { whole: false, budget: 2, rendered: new Set(['old']) }));
		expect(result.notes.map((e) => e.id).sort()).toEqual(['n1', 'n3', 'old']);
		expect(result.more).toBe(true);
		expect(cull(base(notes, { whole: false, budget: 3, rendered: new Set(['old']) })).more).toBe(false);
	});

	it('reports the content bounds: the sheet and every note, rendered or not', () => {
		expect(cull(base([entry('far', 5000, -200)])).content).toEqual({ x: 0, y: -200, w: 5100, h: 700 });
	});

	it('recomputes when the view leaves the margin or the rendered area is far larger than the screen', () => {
		const visible = { x: 0, y: 0, w: 100, h: 100 };
		const rect = renderRect(visible);
		expect(rect).toEqual({ x: -25, y: -25, w: 150, h: 150 });
		expect(needsRecompute(rect, visible)).toBe(false);
		expect(needsRecompute(rect, { ...visible, x: 30 })).toBe(true);
		const tiny = { x: 0, y: 0, w: 10, h: 10 };
		expect(needsRecompute({ x: 0, y: 0, w: 10 * Math.sqrt(SHRINK_RATIO) + 1, h: 10 * Math.sqrt(SHRINK_RATIO) + 1 }, tiny)).toBe(true);
	});

	it('keeps the backdrop until the content nears its edge, then grows it around the content', () => {
		const backdrop = { x: -BACKDROP_MARGIN, y: -BACKDROP_MARGIN, w: 1000 + 2 * BACKDROP_MARGIN, h: 1000 + 2 * BACKDROP_MARGIN };
		expect(nextBackdrop(backdrop, { x: 0, y: 0, w: 1200, h: 1000 })).toBe(backdrop);
		expect(nextBackdrop(backdrop, { x: 0, y: 0, w: 3000, h: 1000 })).toEqual({
			x: -BACKDROP_MARGIN,
			y: -BACKDROP_MARGIN,
			w: 3000 + 2 * BACKDROP_MARGIN,
			h: 1000 + 2 * BACKDROP_MARGIN
		});
	});
});
