/**
 * The notes in the DOM (see src/lib/canvas/culling.ts for the rules): only those near the
 * screen, plus the pinned ones (focused, edited, dragged), recomputed at most once a frame.
 * The first render draws every note as a colored card; their texts follow a batch a frame,
 * so a canvas of thousands of notes shows and responds at once.
 */
import { untrack } from 'svelte';
import type { NoteChanges, NoteEntry, NoteIndex } from '$lib/canvas/note-index.svelte';
import { BACKDROP_MARGIN, cull, nearestFirst, needsRecompute, nextBackdrop, renderRect, REVEAL_BATCH } from '$lib/canvas/culling';
import * as vp from '$lib/canvas/viewport';
import type { Camera } from './camera.svelte';

const NOWHERE: vp.Rect = { x: 0, y: 0, w: 0, h: 0 };

export class VisibleNotes {
	/** In creation order (stable, so the DOM never reorders a focused note). */
	#rendered = $state.raw<NoteEntry[]>([]);
	/** The world rectangle whose notes are rendered; links and clusters are culled against it too. */
	#query = $state.raw<vp.Rect>(NOWHERE);
	/** An opaque square under everything, as large as the content and a margin (see .backdrop). */
	#backdrop = $state.raw<vp.Rect>(NOWHERE);
	#textsShown = $state(false);
	#shownTexts = $state.raw<ReadonlySet<string>>(new Set());
	/** Plain copies for the hot paths. */
	#renderedIds = new Set<string>();
	#queryRect: vp.Rect = NOWHERE;
	#dirty = true;
	#firstRenderDone = false;
	readonly #index: NoteIndex;
	readonly #sheet: vp.Size;
	readonly #camera: Camera;
	readonly #pinned: (id: string) => boolean;
	readonly #requestFrame: () => void;

	constructor(options: {
		index: NoteIndex;
		sheet: vp.Size;
		camera: Camera;
		pinned: (id: string) => boolean;
		requestFrame: () => void;
	}) {
		this.#index = options.index;
		this.#sheet = options.sheet;
		this.#camera = options.camera;
		this.#pinned = options.pinned;
		this.#requestFrame = options.requestFrame;
		this.#backdrop = vp.expand({ x: 0, y: 0, ...options.sheet }, BACKDROP_MARGIN);
	}

	get rendered(): NoteEntry[] {
		return this.#rendered;
	}

	get query(): vp.Rect {
		return this.#query;
	}

	get backdrop(): vp.Rect {
		return this.#backdrop;
	}

	get dirty(): boolean {
		return this.#dirty;
	}

	isRendered(id: string): boolean {
		return this.#renderedIds.has(id);
	}

	/** The note is drawn as a colored card whose text is laid out in a later frame. */
	textPending(id: string): boolean {
		return !this.#textsShown && !this.#shownTexts.has(id);
	}

	markDirty(): void {
		this.#dirty = true;
		this.#requestFrame();
	}

	/** The view moved: recompute only when it left the rendered margin. */
	viewMoved(): void {
		const { view, screen } = this.#camera;
		if (screen.w !== 0 && needsRecompute(this.#queryRect, vp.visibleWorldRect(view, screen))) this.#dirty = true;
	}

	/** Notes joined, left, or moved across the rendered rectangle's edge: recompute. */
	notesChanged(changes: NoteChanges): void {
		if (changes.added.size > 0 || changes.removed.size > 0) return this.markDirty();
		for (const id of changes.updated) {
			const note = this.#index.get(id)?.note;
			if (note && vp.intersects(this.#queryRect, note) !== this.#renderedIds.has(id) && !this.#pinned(id))
				return this.markDirty();
		}
	}

	/** Unless `whole`, at most MOUNT_BUDGET new notes join per call; the rest follow in the next frames. */
	recompute(whole = !this.#firstRenderDone): void {
		this.#dirty = false;
		const { view, screen } = this.#camera;
		if (screen.w === 0 || screen.h === 0) return;
		untrack(() => {
			const query = renderRect(vp.visibleWorldRect(view, screen));
			this.#queryRect = query;
			const result = cull({
				entries: this.#index.entries(),
				query,
				rendered: this.#renderedIds,
				pinned: this.#pinned,
				whole,
				centre: vp.viewCentre(view, screen),
				sheet: this.#sheet
			});
			if (result.more) this.markDirty();
			const notes = result.notes;
			if (notes.length !== this.#rendered.length || notes.some((entry, i) => entry !== this.#rendered[i])) {
				this.#rendered = notes;
				this.#renderedIds = new Set(notes.map((e) => e.id));
			}
			this.#query = query;
			const backdrop = nextBackdrop(this.#backdrop, result.content);
			if (backdrop !== this.#backdrop) this.#backdrop = backdrop;
		});
	}

	/** Everything in view at once; from now on new notes join a budget at a time. */
	firstRender(): void {
		this.recompute(true);
		this.#firstRenderDone = true;
	}

	/** Lays out the texts of the first render, one batch; true while more remain. */
	revealTexts(): boolean {
		if (this.#textsShown) return false;
		const { view, screen } = this.#camera;
		const waiting = untrack(() => this.#rendered).filter((e) => !this.#shownTexts.has(e.id));
		if (waiting.length <= REVEAL_BATCH) {
			this.#textsShown = true;
			this.#shownTexts = new Set();
			return false;
		}
		const next = nearestFirst(waiting, vp.viewCentre(view, screen)).slice(0, REVEAL_BATCH);
		this.#shownTexts = new Set([...this.#shownTexts, ...next.map((e) => e.id)]);
		return true;
	}
}
