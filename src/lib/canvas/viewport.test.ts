import { describe, expect, it } from 'vitest';
import {
	boundsOf,
	centreOn,
	clampZoom,
	contains,
	easeOut,
	easeView,
	expand,
	fit,
	intersects,
	MAX_ZOOM,
	MIN_ZOOM,
	nearestBlock,
	openingView,
	OPENING_MAX_ZOOM,
	panBy,
	pinch,
	READABLE_TEXT_PX,
	sanitizeView,
	screenToWorld,
	viewCentre,
	visibleWorldRect,
	wheelPixels,
	wheelZoomFactor,
	worldToScreen,
	zoomAt,
	zoomTo,
	type Point,
	type View
} from './viewport';

const close = (actual: Point, expected: Point) => {
	expect(actual.x).toBeCloseTo(expected.x, 6);
	expect(actual.y).toBeCloseTo(expected.y, 6);
};

describe('screen and world coordinates', () => {
	const view: View = { x: 100, y: -50, zoom: 2 };

	it('maps the world origin to the view offset', () => {
		close(worldToScreen(view, { x: 0, y: 0 }), { x: 100, y: -50 });
		close(screenToWorld(view, { x: 100, y: -50 }), { x: 0, y: 0 });
	});

	it('round-trips any point', () => {
		for (const p of [{ x: 3, y: 4 }, { x: -1000, y: 2500.5 }, { x: 0.25, y: -0.75 }]) {
			close(screenToWorld(view, worldToScreen(view, p)), p);
			close(worldToScreen(view, screenToWorld(view, p)), p);
		}
	});

	it('scales distances by the zoom', () => {
		const a = worldToScreen(view, { x: 10, y: 10 });
		const b = worldToScreen(view, { x: 20, y: 10 });
		expect(b.x - a.x).toBe(20);
	});
});

describe('zoomAt', () => {
	it('keeps the world point under the pointer in place', () => {
		const view: View = { x: 30, y: 40, zoom: 1 };
		const pointer = { x: 200, y: 150 };
		const before = screenToWorld(view, pointer);
		const zoomed = zoomAt(view, pointer, 1.5);
		expect(zoomed.zoom).toBeCloseTo(1.5);
		close(screenToWorld(zoomed, pointer), before);
	});

	it('clamps to 0.1 .. 4 and does not move at a bound', () => {
		const view: View = { x: 0, y: 0, zoom: 3 };
		expect(zoomAt(view, { x: 50, y: 50 }, 10).zoom).toBe(MAX_ZOOM);
		expect(zoomAt({ x: 0, y: 0, zoom: 0.2 }, { x: 50, y: 50 }, 0.01).zoom).toBe(MIN_ZOOM);
		const atMax: View = { x: 7, y: 9, zoom: MAX_ZOOM };
		expect(zoomAt(atMax, { x: 50, y: 50 }, 2)).toEqual(atMax);
	});

	it('ignores a nonsensical factor', () => {
		const view: View = { x: 1, y: 2, zoom: 1 };
		expect(zoomAt(view, { x: 0, y: 0 }, NaN)).toEqual(view);
		expect(zoomAt(view, { x: 0, y: 0 }, -2)).toEqual(view);
	});

	it('zoomTo reaches an absolute level around the point', () => {
		const view: View = { x: 10, y: 10, zoom: 0.5 };
		const z = zoomTo(view, { x: 100, y: 100 }, 2);
		expect(z.zoom).toBeCloseTo(2);
		close(screenToWorld(z, { x: 100, y: 100 }), screenToWorld(view, { x: 100, y: 100 }));
	});

	it('zooming in then out by the same wheel returns to the start', () => {
		const view: View = { x: 10, y: 20, zoom: 1 };
		const p = { x: 300, y: 200 };
		const back = zoomAt(zoomAt(view, p, wheelZoomFactor(-50)), p, wheelZoomFactor(50));
		expect(back.zoom).toBeCloseTo(1, 9);
		expect(back.x).toBeCloseTo(10, 6);
		expect(back.y).toBeCloseTo(20, 6);
	});
});

describe('panBy', () => {
	it('moves the view by screen pixels at any zoom', () => {
		expect(panBy({ x: 1, y: 2, zoom: 3 }, 10, -5)).toEqual({ x: 11, y: -3, zoom: 3 });
	});
});

describe('pinch', () => {
	const view: View = { x: 0, y: 0, zoom: 1 };

	it('pans with two fingers moving together', () => {
		const next = pinch(view, [{ x: 100, y: 100 }, { x: 200, y: 100 }], [{ x: 130, y: 90 }, { x: 230, y: 90 }]);
		expect(next).toEqual({ x: 30, y: -10, zoom: 1 });
	});

	it('zooms by the ratio of finger distances around their midpoint', () => {
		const before: [Point, Point] = [{ x: 100, y: 100 }, { x: 200, y: 100 }];
		const after: [Point, Point] = [{ x: 50, y: 100 }, { x: 250, y: 100 }];
		const next = pinch(view, before, after);
		expect(next.zoom).toBeCloseTo(2);
		close(screenToWorld(next, { x: 150, y: 100 }), screenToWorld(view, { x: 150, y: 100 }));
	});

	it('keeps the world point under the fingers while they pinch and move', () => {
		const start: View = { x: -40, y: 25, zoom: 0.8 };
		const before: [Point, Point] = [{ x: 10, y: 10 }, { x: 110, y: 60 }];
		const after: [Point, Point] = [{ x: 40, y: 80 }, { x: 240, y: 180 }];
		const next = pinch(start, before, after);
		close(screenToWorld(next, { x: 140, y: 130 }), screenToWorld(start, { x: 60, y: 35 }));
	});

	it('clamps the zoom and survives fingers on one spot', () => {
		const same: [Point, Point] = [{ x: 5, y: 5 }, { x: 5, y: 5 }];
		expect(pinch(view, same, same)).toEqual(view);
		const huge = pinch(view, [{ x: 0, y: 0 }, { x: 1, y: 0 }], [{ x: 0, y: 0 }, { x: 1000, y: 0 }]);
		expect(huge.zoom).toBe(MAX_ZOOM);
	});
});

describe('fit', () => {
	it('shows the bounds whole and centred with padding', () => {
		const screen = { w: 1000, h: 600 };
		const bounds = { x: 0, y: 0, w: 3000, h: 2000 };
		const view = fit(bounds, screen, 50);
		const shown = visibleWorldRect(view, screen);
		expect(contains(shown, bounds)).toBe(true);
		// The tighter axis (height here) touches the padding exactly.
		expect(view.zoom).toBeCloseTo(500 / 2000);
		close(viewCentre(view, screen), { x: 1500, y: 1000 });
	});

	it('clamps the zoom for tiny and huge bounds', () => {
		expect(fit({ x: 0, y: 0, w: 10, h: 10 }, { w: 800, h: 600 }).zoom).toBe(MAX_ZOOM);
		expect(fit({ x: 0, y: 0, w: 1e7, h: 1e7 }, { w: 800, h: 600 }).zoom).toBe(MIN_ZOOM);
	});

	it('keeps working on a phone smaller than twice the padding', () => {
		const view = fit({ x: -100, y: -100, w: 200, h: 200 }, { w: 40, h: 40 }, 64);
		expect(Number.isFinite(view.zoom)).toBe(true);
		expect(view.zoom).toBeGreaterThan(0);
	});
});

describe('visible rect and intersection', () => {
	it('is the screen in world units', () => {
		expect(visibleWorldRect({ x: -100, y: -200, zoom: 2 }, { w: 400, h: 300 })).toEqual({
			x: 50,
			y: 100,
			w: 200,
			h: 150
		});
	});

	it('intersects with a margin', () => {
		const a = { x: 0, y: 0, w: 100, h: 100 };
		expect(intersects(a, { x: 50, y: 50, w: 10, h: 10 })).toBe(true);
		expect(intersects(a, { x: 100, y: 0, w: 10, h: 10 })).toBe(true); // touching
		expect(intersects(a, { x: 150, y: 0, w: 10, h: 10 })).toBe(false);
		expect(intersects(a, { x: 150, y: 0, w: 10, h: 10 }, 60)).toBe(true);
		expect(intersects(a, { x: -200, y: -200, w: 10, h: 10 }, 60)).toBe(false);
		expect(intersects(a, { x: 0, y: -65, w: 10, h: 10 }, 60)).toBe(true);
		expect(intersects(a, { x: 0, y: -75, w: 10, h: 10 }, 60)).toBe(false);
	});

	it('expands and contains', () => {
		const r = expand({ x: 0, y: 0, w: 10, h: 10 }, 5);
		expect(r).toEqual({ x: -5, y: -5, w: 20, h: 20 });
		expect(contains(r, { x: 0, y: 0, w: 10, h: 10 })).toBe(true);
		expect(contains({ x: 0, y: 0, w: 10, h: 10 }, r)).toBe(false);
		expect(expand({ x: 0, y: 0, w: 10, h: 10 }, -20)).toEqual({ x: 5, y: 5, w: 0, h: 0 });
	});

	it('bounds several rectangles', () => {
		expect(boundsOf([])).toBeNull();
		expect(
			boundsOf([
				{ x: 0, y: 0, w: 10, h: 10 },
				{ x: -5, y: 20, w: 10, h: 5 }
			])
		).toEqual({ x: -5, y: 0, w: 15, h: 25 });
	});
});

describe('helpers', () => {
	it('centres a world point', () => {
		const view = centreOn({ x: 500, y: 300 }, 2, { w: 400, h: 200 });
		close(viewCentre(view, { w: 400, h: 200 }), { x: 500, y: 300 });
		expect(view.zoom).toBe(2);
	});

	it('sanitises views from elsewhere', () => {
		expect(sanitizeView({ x: NaN, y: 3, zoom: 99 })).toEqual({ x: 0, y: 3, zoom: MAX_ZOOM });
		expect(sanitizeView(null, { x: 1, y: 2, zoom: 0.5 })).toEqual({ x: 1, y: 2, zoom: 0.5 });
		expect(clampZoom(Infinity)).toBe(1);
	});

	it('turns wheel deltas into pixels and zoom factors', () => {
		expect(wheelPixels(3, 1)).toBe(48);
		expect(wheelPixels(1, 2, 700)).toBe(700);
		expect(wheelZoomFactor(-100)).toBeGreaterThan(1);
		expect(wheelZoomFactor(100)).toBeLessThan(1);
		// One huge mouse-wheel notch is capped, so the view never jumps past the bounds at once.
		expect(wheelZoomFactor(-5000)).toBeCloseTo(Math.E);
	});
});

describe('easing between views', () => {
	const screen = { w: 800, h: 600 };
	const from = centreOn({ x: 0, y: 0 }, 1, screen);
	const to = centreOn({ x: 1000, y: 500 }, 4, screen);

	it('starts at the first view and ends exactly on the second', () => {
		close(viewCentre(easeView(from, to, 0, screen), screen), { x: 0, y: 0 });
		expect(easeView(from, to, 0, screen).zoom).toBeCloseTo(1, 9);
		expect(easeView(from, to, 1, screen)).toBe(to);
	});

	it('is past halfway at half time (ease-out) and zooms geometrically', () => {
		const half = easeView(from, to, 0.5, screen);
		expect(easeOut(0.5)).toBeCloseTo(0.875, 9);
		close(viewCentre(half, screen), { x: 875, y: 437.5 });
		expect(half.zoom).toBeCloseTo(Math.exp(Math.log(4) * 0.875), 9);
	});
});

describe('the opening view', () => {
	// The Business Model Canvas: a 3000 x 2000 sheet, value propositions in the middle column.
	const sheet = { x: 0, y: 0, w: 3000, h: 2000 };
	const left = { id: 'key-partnerships', x: 0, y: 0, w: 584, h: 1400 };
	const middle = { id: 'value-propositions', x: 1208, y: 0, w: 584, h: 1400 };
	const bottom = { id: 'cost-structure', x: 0, y: 1416, w: 1492, h: 584 };
	const textPx = 16;
	const onScreenText = (view: { zoom: number }) => textPx * view.zoom;

	it('finds the block at the centre of the sheet', () => {
		expect(nearestBlock([left, middle, bottom], { x: 1500, y: 1000 })?.id).toBe('value-propositions');
		expect(nearestBlock([], { x: 0, y: 0 })).toBeNull();
	});

	for (const screen of [
		{ w: 390, h: 788 },
		{ w: 360, h: 684 }
	]) {
		it(`on a ${screen.w} px phone opens on the block, readable, its top-left corner on screen (never the whole sheet)`, () => {
			const view = openingView(sheet, middle, screen, textPx);
			expect(onScreenText(view)).toBeGreaterThanOrEqual(READABLE_TEXT_PX);
			expect(view.zoom).toBeGreaterThan(fit(sheet, screen, 16).zoom * 4);
			// The block's first spot (16, 16 inside it) and a note of the default width are on screen.
			const first = worldToScreen(view, { x: middle.x + 16, y: middle.y + 16 });
			const end = worldToScreen(view, { x: middle.x + 16 + 180, y: middle.y + 16 + 120 });
			expect(first.x).toBeGreaterThanOrEqual(0);
			expect(first.y).toBeGreaterThanOrEqual(0);
			expect(end.x).toBeLessThanOrEqual(screen.w);
			expect(end.y).toBeLessThanOrEqual(screen.h);
		});
	}

	it('on a phone a narrow block fills the width, centred', () => {
		const narrow = { x: 100, y: 100, w: 300, h: 2000 };
		const view = openingView(sheet, narrow, { w: 390, h: 800 }, textPx);
		expect(view.zoom).toBeCloseTo((390 - 32) / 300, 6);
		expect(worldToScreen(view, { x: 100, y: 100 })).toEqual({ x: 16, y: 16 });
	});

	it('on a phone a tiny block is not blown up past the opening limit', () => {
		const tiny = { x: 0, y: 0, w: 50, h: 50 };
		const view = openingView(sheet, tiny, { w: 390, h: 800 }, textPx);
		expect(view.zoom).toBe(OPENING_MAX_ZOOM);
		// Centred, since it fits.
		expect(viewCentre(view, { w: 390, h: 800 })).toEqual({ x: 25, y: 25 });
	});

	it('on a tablet or laptop fits everything when the text stays readable', () => {
		const small = { x: 0, y: 0, w: 800, h: 600 };
		const screen = { w: 1280, h: 720 };
		expect(openingView(small, middle, screen, textPx)).toEqual(fit(small, screen, 48));
	});

	it('on a tablet or laptop opens on the block when fitting everything makes the text unreadable', () => {
		for (const screen of [
			{ w: 768, h: 860 },
			{ w: 1280, h: 600 }
		]) {
			expect(onScreenText(fit(sheet, screen, 48))).toBeLessThan(READABLE_TEXT_PX);
			const view = openingView(sheet, middle, screen, textPx);
			expect(onScreenText(view)).toBeGreaterThanOrEqual(READABLE_TEXT_PX);
			const visible = visibleWorldRect(view, screen);
			// The whole width of the block is in view, from its top.
			expect(visible.x).toBeLessThanOrEqual(middle.x);
			expect(visible.x + visible.w).toBeGreaterThanOrEqual(middle.x + middle.w);
			expect(visible.y).toBeLessThanOrEqual(middle.y);
		}
	});

	it('without a block, the content readable from its top-left corner', () => {
		const view = openingView(sheet, null, { w: 390, h: 800 }, textPx);
		expect(onScreenText(view)).toBeCloseTo(READABLE_TEXT_PX, 6);
		expect(worldToScreen(view, { x: 0, y: 0 })).toEqual({ x: 16, y: 16 });
	});
});
