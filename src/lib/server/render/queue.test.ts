import { describe, expect, it } from 'vitest';
import { RenderBusyError, RenderQueue, RenderTimeoutError } from './queue.ts';

/** A job the test finishes by hand. */
function gate() {
	let open!: () => void;
	const done = new Promise<void>((resolve) => (open = resolve));
	return { open, job: async () => done };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('RenderQueue', () => {
	it('runs two at a time and starts the next when one ends', async () => {
		const queue = new RenderQueue({ concurrency: 2, maxWaiting: 5, timeoutMs: 10_000 });
		const gates = [gate(), gate(), gate()];
		const started: number[] = [];
		const runs = gates.map((g, i) => queue.run(async () => (started.push(i), g.job())));
		await tick();
		expect(started).toEqual([0, 1]);
		expect(queue.waiting).toBe(1);
		gates[0].open();
		await runs[0];
		await tick();
		expect(started).toEqual([0, 1, 2]);
		gates[1].open();
		gates[2].open();
		await Promise.all(runs);
		expect(queue.running).toBe(0);
	});

	it('refuses a render when the waiting line is full', async () => {
		const queue = new RenderQueue({ concurrency: 1, maxWaiting: 1, timeoutMs: 10_000 });
		const [a, b] = [gate(), gate()];
		const first = queue.run(a.job);
		const second = queue.run(b.job);
		await expect(queue.run(async () => 'never')).rejects.toBeInstanceOf(RenderBusyError);
		a.open();
		b.open();
		await Promise.all([first, second]);
	});

	it('answers a render that takes too long with a timeout, aborts it, and frees the slot once it stops', async () => {
		const queue = new RenderQueue({ concurrency: 1, maxWaiting: 1, timeoutMs: 20 });
		let aborted = false;
		const slow = queue.run(
			(signal) =>
				new Promise<void>((resolve) =>
					signal.addEventListener('abort', () => {
						aborted = true;
						setTimeout(resolve, 10);
					})
				)
		);
		await expect(slow).rejects.toBeInstanceOf(RenderTimeoutError);
		expect(aborted).toBe(true);
		expect(queue.running).toBe(1);
		await expect(queue.run(async () => 'next')).resolves.toBe('next');
		expect(queue.running).toBe(0);
	});

	it('passes a failing job\'s error through and keeps going', async () => {
		const queue = new RenderQueue({ concurrency: 1, maxWaiting: 1, timeoutMs: 1000 });
		await expect(queue.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
		await expect(queue.run(async () => 1)).resolves.toBe(1);
	});
});
