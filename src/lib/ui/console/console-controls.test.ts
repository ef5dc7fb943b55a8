import { afterEach, describe, expect, it, vi } from 'vitest';
import { OFFLINE_MESSAGE } from '../../session/actions.ts';
import { ConsoleControls } from './console-controls.svelte.ts';

const WORKSHOP = '00000000-0000-4000-8000-000000000001';

/** A fetch that answers once with this status and body, and records what it was sent. */
function answer(status: number, body: unknown) {
	const calls: { url: string; body: unknown }[] = [];
	let release: () => void = () => {};
	const gate = new Promise<void>((done) => (release = done));
	vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
		calls.push({ url, body: JSON.parse(String(init.body)) });
		await gate;
		return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
	});
	return { calls, release };
}

afterEach(() => vi.unstubAllGlobals());

describe('ConsoleControls', () => {
	it('sends the request to the session endpoint, busy in its own area only until the answer', async () => {
		const server = answer(200, { result: null });
		const controls = new ConsoleControls(WORKSHOP);
		const sent = controls.timer('start', 180_000);
		expect(controls.busy('timer')).toBe(true);
		expect(controls.busy('agenda')).toBe(false);
		server.release();
		expect(await sent).toBe(true);
		expect(controls.busy('timer')).toBe(false);
		expect(server.calls).toEqual([{ url: `/w/${WORKSHOP}/session`, body: { action: 'timer', timer: 'start', durationMs: 180_000 } }]);
	});

	it('keeps the server\'s words for the area that failed, and clears them on the next try', async () => {
		const refused = answer(409, { error: 'Another round is open. Close it first.', key: 'round-open' });
		const controls = new ConsoleControls(WORKSHOP);
		refused.release();
		expect(await controls.closeRound('00000000-0000-4000-8000-000000000002')).toBe(false);
		expect(controls.error('rounds')).toBe('Another round is open. Close it first.');
		expect(controls.error('timer')).toBe('');

		const ok = answer(200, { result: null });
		ok.release();
		expect(await controls.revealRound('00000000-0000-4000-8000-000000000002')).toBe(true);
		expect(controls.error('rounds')).toBe('');
	});

	it('says so when there is no network', async () => {
		vi.stubGlobal('fetch', async () => {
			throw new TypeError('Failed to fetch');
		});
		const controls = new ConsoleControls(WORKSHOP);
		expect(await controls.summon(null)).toBe(false);
		expect(controls.error('canvases')).toBe(OFFLINE_MESSAGE);
	});

	it('shows a problem found before sending', () => {
		const controls = new ConsoleControls(WORKSHOP);
		controls.fail('rounds', 'Choose a canvas and a block.');
		expect(controls.error('rounds')).toBe('Choose a canvas and a block.');
	});
});
