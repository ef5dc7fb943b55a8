/**
 * Where the facilitator brought everyone on this canvas: the note centred (or
 * the whole canvas fitted), once the canvas is on screen, not before, since a
 * summon usually arrives while the page is still loading the canvas.
 */
import type { Rect } from '$lib/canvas/viewport';
import type { Camera } from './camera.svelte';

export class SummonTarget {
	#pending: { noteId: string | null } | null = null;
	#ready = false;
	readonly #camera: Pick<Camera, 'centreOnNote' | 'fit'>;
	readonly #note: (id: string) => Rect | undefined;
	readonly #shown: () => void;

	constructor(options: { camera: Pick<Camera, 'centreOnNote' | 'fit'>; note: (id: string) => Rect | undefined; shown: () => void }) {
		this.#camera = options.camera;
		this.#note = options.note;
		this.#shown = options.shown;
	}

	show(noteId: string | null): void {
		this.#pending = { noteId };
		if (this.#ready) this.#flush();
	}

	/** The canvas is on screen. */
	ready(): void {
		this.#ready = true;
		this.#flush();
	}

	#flush(): void {
		const pending = this.#pending;
		this.#pending = null;
		if (!pending) return;
		const note = pending.noteId === null ? undefined : this.#note(pending.noteId);
		// A note deleted meanwhile: the canvas as a whole is the next best place.
		if (note) this.#camera.centreOnNote(note);
		else this.#camera.fit(false);
		this.#shown();
	}
}
