import { afterEach, describe, expect, it, vi } from 'vitest';
import * as vp from '$lib/canvas/viewport';
import { Camera, EDIT_ZOOM, NOTE_TEXT_PX } from './camera.svelte';

const content = { x: 0, y: 0, w: 2000, h: 1000 };
function camera() {
	let frames = 0;
	const cam = new Camera({ storageKey: 'test', requestFrame: () => frames++, content: () => content });
	return { cam, frames: () => frames };
}

describe('Camera', () => {
	it('starts fitted to the content once the board has a size', () => {
		const { cam } = camera();
		cam.resize(1000, 500);
		expect(cam.view).toEqual(vp.fit(content, { w: 1000, h: 500 }, 48));
		expect(cam.takeDirty()).toBe(true);
		expect(cam.takeDirty()).toBe(false);
	});

	it('keeps the centre where it was when the board is resized', () => {
		const { cam } = camera();
		cam.resize(1000, 500);
		const before = vp.viewCentre(cam.view, cam.screen);
		cam.resize(600, 800);
		const after = vp.viewCentre(cam.view, cam.screen);
		expect(after.x).toBeCloseTo(before.x, 6);
		expect(after.y).toBeCloseTo(before.y, 6);
	});

	it('a move of the person’s own ends following someone; a followed move does not', () => {
		const { cam } = camera();
		cam.resize(1000, 500);
		cam.follow('u2');
		cam.showPeerView({ x: 100, y: 100, zoom: 2 });
		expect(cam.followingUserId).toBe('u2');
		cam.setView(vp.panBy(cam.view, 10, 0));
		expect(cam.followingUserId).toBeNull();
	});

	it('eases to a target over frames and lands exactly on it', () => {
		const { cam, frames } = camera();
		cam.resize(1000, 500);
		const target = vp.centreOn({ x: 1500, y: 500 }, 2, cam.screen);
		const startZoom = cam.view.zoom;
		cam.animateTo(target, true);
		expect(cam.target).toBe(target);
		const start = performance.now();
		cam.step(start + 110);
		// Halfway in time is more than halfway there (ease-out), and not there yet.
		expect(cam.view.zoom).toBeGreaterThan(Math.sqrt(startZoom * 2));
		expect(cam.view.zoom).toBeLessThan(2);
		cam.step(start + 1000);
		expect(cam.view).toEqual(target);
		expect(frames()).toBeGreaterThan(0);
	});

	it('zooms in far enough to read a note that is being edited', () => {
		const { cam } = camera();
		cam.resize(1000, 500);
		expect(cam.view.zoom).toBeLessThan(EDIT_ZOOM);
		cam.showForEditing({ x: 100, y: 100, w: 180, h: 120 });
		cam.step(performance.now() + 1000);
		expect(cam.view.zoom).toBe(EDIT_ZOOM);
		expect(vp.contains(vp.visibleWorldRect(cam.view, cam.screen), { x: 100, y: 100, w: 180, h: 120 })).toBe(true);
	});

	it('a resize during an eased move still ends centred where the move was going', () => {
		const { cam } = camera();
		cam.resize(1000, 500);
		cam.step(0);
		const goal = { x: 1500, y: 700, w: 100, h: 100 };
		cam.centreOnNote(goal);
		cam.resize(1000, 452);
		cam.step(performance.now() + 1000);
		const centre = vp.viewCentre(cam.view, cam.screen);
		expect(centre.x).toBeCloseTo(1550, 6);
		expect(centre.y).toBeCloseTo(750, 6);
	});

	describe('opening a canvas', () => {
		const sheet = { x: 0, y: 0, w: 3000, h: 2000 };
		const blocks = [
			{ id: 'key-partnerships', x: 0, y: 0, w: 584, h: 1400 },
			{ id: 'value-propositions', x: 1208, y: 0, w: 584, h: 1400 },
			{ id: 'revenue-streams', x: 1508, y: 1416, w: 1492, h: 584 }
		];
		const stored = new Map<string, string>();
		vi.stubGlobal('localStorage', {
			getItem: (key: string) => stored.get(key) ?? null,
			setItem: (key: string, value: string) => void stored.set(key, value)
		});
		afterEach(() => stored.clear());
		const opened = () => {
			const cam = new Camera({ storageKey: 'view', requestFrame: () => {}, content: () => sheet, opening: { blocks, sheet, blockKey: 'block' } });
			cam.resize(390, 788);
			return cam;
		};
		const centreBlockOf = (cam: Camera) => {
			const centre = vp.viewCentre(cam.view, cam.screen);
			return blocks.find((b) => centre.x >= b.x && centre.x <= b.x + b.w && centre.y >= b.y && centre.y <= b.y + b.h)?.id;
		};

		it('on a phone opens on the block at the centre of the sheet, text readable', () => {
			const cam = opened();
			expect(centreBlockOf(cam)).toBe('value-propositions');
			expect(cam.view.zoom * NOTE_TEXT_PX).toBeGreaterThanOrEqual(vp.READABLE_TEXT_PX);
		});

		it('opens on the block the person last used, next time too', () => {
			opened().rememberBlock('revenue-streams');
			const cam = opened();
			expect(centreBlockOf(cam)).toBe('revenue-streams');
			cam.fitUnlessPlaced();
			expect(centreBlockOf(cam)).toBe('revenue-streams');
		});

		it('a block that is gone from the template falls back to the centre one', () => {
			opened().rememberBlock('no-such-block');
			expect(centreBlockOf(opened())).toBe('value-propositions');
		});

		it('"Fit all" still shows everything', () => {
			const cam = opened();
			cam.fit(true);
			cam.step(performance.now() + 1000);
			expect(cam.view).toEqual(vp.fit(sheet, cam.screen, 16));
		});
	});
});
