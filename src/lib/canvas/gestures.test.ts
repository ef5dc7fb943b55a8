import { describe, expect, it } from 'vitest';
import {
	DOUBLE_TAP_DISTANCE,
	DOUBLE_TAP_MS,
	draggedPositions,
	isDoubleTap,
	passedThreshold,
	resizedSize,
	wheelView,
	type WheelInput
} from './gestures';

const wheel = (input: Partial<WheelInput>): WheelInput => ({
	deltaX: 0,
	deltaY: 0,
	deltaMode: 0,
	ctrlKey: false,
	metaKey: false,
	shiftKey: false,
	...input
});

describe('gestures', () => {
	it('a finger must move further than a mouse before a press becomes a drag', () => {
		expect(passedThreshold({ x: 0, y: 0 }, { x: 5, y: 0 }, 'mouse')).toBe(true);
		expect(passedThreshold({ x: 0, y: 0 }, { x: 5, y: 0 }, 'touch')).toBe(false);
		expect(passedThreshold({ x: 0, y: 0 }, { x: 6, y: 8 }, 'pen')).toBe(true);
	});

	it('a double tap is quick, close and on the same thing', () => {
		const first = { time: 1000, at: { x: 10, y: 10 }, noteId: 'a' };
		expect(isDoubleTap(null, first)).toBe(false);
		expect(isDoubleTap(first, { ...first, time: 1000 + DOUBLE_TAP_MS - 1 })).toBe(true);
		expect(isDoubleTap(first, { ...first, time: 1000 + DOUBLE_TAP_MS })).toBe(false);
		expect(isDoubleTap(first, { ...first, time: 1100, at: { x: 10 + DOUBLE_TAP_DISTANCE, y: 10 } })).toBe(false);
		expect(isDoubleTap(first, { ...first, time: 1100, noteId: null })).toBe(false);
	});

	it('dragged notes keep their offsets and move by the pointer distance in world units', () => {
		const origins = new Map([
			['a', { x: 0, y: 0 }],
			['b', { x: 100, y: 50 }]
		]);
		const moves = draggedPositions(origins, { x: 10, y: 10 }, { x: 30, y: 15 }, 2);
		expect([...moves]).toEqual([
			['a', { x: 10, y: 3 }],
			['b', { x: 110, y: 53 }]
		]);
	});

	it('resizing follows the pointer in world units', () => {
		expect(resizedSize({ w: 180, h: 120 }, { x: 0, y: 0 }, { x: 50, y: -25 }, 0.5)).toEqual({ w: 280, h: 70 });
	});

	it('the wheel scrolls, Shift scrolls sideways, Ctrl zooms around the pointer', () => {
		const view = { x: 0, y: 0, zoom: 1 };
		const screen = { w: 800, h: 600 };
		expect(wheelView(view, wheel({ deltaY: 40 }), { x: 0, y: 0 }, screen)).toMatchObject({ y: -40, zoom: 1 });
		expect(wheelView(view, wheel({ deltaY: 40, shiftKey: true }), { x: 0, y: 0 }, screen)).toMatchObject({ x: -40, zoom: 1 });
		expect(wheelView(view, wheel({ deltaY: 1, deltaMode: 1 }), { x: 0, y: 0 }, screen).y).toBe(-16);
		const zoomed = wheelView(view, wheel({ deltaY: -100, ctrlKey: true }), { x: 100, y: 100 }, screen);
		expect(zoomed.zoom).toBeGreaterThan(1);
		// The world point under the pointer stays under it.
		expect((100 - zoomed.x) / zoomed.zoom).toBeCloseTo(100, 6);
	});
});
