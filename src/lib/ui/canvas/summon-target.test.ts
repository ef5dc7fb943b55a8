import { describe, expect, it } from 'vitest';
import * as vp from '$lib/canvas/viewport';
import { Camera, EDIT_ZOOM } from './camera.svelte';
import { SummonTarget } from './summon-target';

const content = { x: 0, y: 0, w: 2000, h: 1000 };
const note = { x: 1500, y: 700, w: 200, h: 120 };

function setup() {
	let ownMoves = 0;
	let shown = 0;
	const camera = new Camera({ storageKey: 'summon-test', requestFrame: () => {}, content: () => content, onOwnMove: () => ownMoves++ });
	camera.resize(400, 800);
	const target = new SummonTarget({ camera, note: (id) => (id === 'n1' ? note : undefined), shown: () => shown++ });
	return { camera, target, ownMoves: () => ownMoves, shown: () => shown };
}

describe('the summoned place on a canvas', () => {
	it('waits for the canvas to be on screen, then centres the note, readable, without counting as the person’s own move', () => {
		const { camera, target, ownMoves, shown } = setup();
		const before = { ...camera.view };
		target.show('n1');
		expect(camera.view).toEqual(before);
		expect(shown()).toBe(0);
		target.ready();
		camera.step(performance.now() + 1000);
		const centre = vp.viewCentre(camera.view, camera.screen);
		expect(centre.x).toBeCloseTo(1600, 3);
		expect(centre.y).toBeCloseTo(760, 3);
		expect(camera.view.zoom).toBeGreaterThanOrEqual(EDIT_ZOOM);
		expect(shown()).toBe(1);
		expect(ownMoves()).toBe(0);
	});

	it('a note that is gone fits the whole canvas instead', () => {
		const { camera, target } = setup();
		target.ready();
		camera.panBy(300, 300);
		target.show('gone');
		camera.step(performance.now() + 1000);
		expect(camera.view).toEqual(vp.fit(content, camera.screen, 16));
	});

	it('a move of the person’s own is reported (they step away from the summon)', () => {
		const { camera, ownMoves } = setup();
		camera.panBy(10, 0);
		camera.zoomBy(1.2);
		expect(ownMoves()).toBe(2);
	});
});
