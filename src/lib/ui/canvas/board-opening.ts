import { tick } from 'svelte';
import { contentReady } from './first-sync';

export interface OpeningSteps {
	connection: Parameters<typeof contentReady>[0];
	/** Whether the canvas holds no note yet (then it waits for the server's first sync). */
	isEmpty: () => boolean;
	/** How long an empty canvas waits for the server's copy, ms. */
	waitMs: number;
	/** The view the board opens with (drawn at once). */
	fit: () => void;
	/** The notes of that view into the DOM. */
	firstRender: () => void;
	/** Texts of the notes drawn so far; true while some are left for the next frame. */
	revealTexts: () => boolean;
	/** The board is on screen and usable. */
	ready: () => void;
}

/**
 * Opening a board, in order: the device's copy (or, for an empty canvas, the
 * server's first sync), the board's size, the opening view, the first notes,
 * and their texts over the following frames. Marks each step (npm run
 * bench:canvas prints them).
 */
export class BoardOpening {
	readonly #steps: OpeningSteps;
	#sizeKnown: () => void = () => {};
	readonly #sized = new Promise<void>((resolve) => (this.#sizeKnown = resolve));
	#destroyed = false;

	constructor(steps: OpeningSteps) {
		this.#steps = steps;
	}

	/** The board has a size: the opening view can be fitted to it. */
	sized(): void {
		this.#sizeKnown();
	}

	async start(): Promise<void> {
		performance.mark('canvas:mounted');
		const steps = this.#steps;
		await contentReady(steps.connection, steps.isEmpty, steps.waitMs);
		await this.#sized;
		if (this.#destroyed) return;
		steps.fit();
		steps.firstRender();
		await tick();
		requestAnimationFrame(() =>
			setTimeout(() => {
				if (this.#destroyed) return;
				performance.mark('canvas:first-render');
				performance.mark('canvas:interactive');
				requestAnimationFrame(this.#revealTexts);
				steps.ready();
			}, 0)
		);
	}

	destroy(): void {
		this.#destroyed = true;
	}

	readonly #revealTexts = () => {
		if (!this.#destroyed && this.#steps.revealTexts()) requestAnimationFrame(this.#revealTexts);
	};
}
