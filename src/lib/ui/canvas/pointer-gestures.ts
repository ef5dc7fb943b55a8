/**
 * The board's one delegated pointer handler, for the board and every note: pan,
 * drag, resize, pinch, tap, double tap, long press; the wheel and Safari's
 * trackpad pinch. The maths is in src/lib/canvas/gestures.ts; this holds the
 * running gesture and turns it into camera moves and editor actions. It reads
 * layout only when a gesture starts (measure), never while one runs.
 */
import {
	draggedPositions,
	isDoubleTap,
	LONG_PRESS_MS,
	passedThreshold,
	resizedSize,
	wheelView,
	type Tap
} from '$lib/canvas/gestures';
import type { NoteIndex } from '$lib/canvas/note-index.svelte';
import * as vp from '$lib/canvas/viewport';
import type { Camera } from './camera.svelte';
import type { CanvasEditor } from './canvas-editor.svelte';

type Gesture =
	| { kind: 'pan'; pointerId: number; start: vp.Point; last: vp.Point; moved: boolean; noteId: string | null; type: string }
	| {
			kind: 'note';
			pointerId: number;
			noteId: string;
			start: vp.Point;
			type: string;
			longPress: ReturnType<typeof setTimeout> | null;
			longPressed: boolean;
			drag: { ids: string[]; origins: Map<string, vp.Point> } | null;
	  }
	| { kind: 'resize'; pointerId: number; noteId: string; start: vp.Point; size: vp.Size; moved: boolean }
	| { kind: 'pinch'; ids: [number, number]; last: [vp.Point, vp.Point] };

/** Presses on these keep their own behaviour (buttons, links, the text box). */
const INTERACTIVE = 'a, button, input, textarea, select, label, dialog';

type SafariGesture = UIEvent & { scale: number; clientX: number; clientY: number };

export class PointerGestures {
	#gesture: Gesture | null = null;
	readonly #pointers = new Map<number, vp.Point>();
	#origin: vp.Point = { x: 0, y: 0 };
	#lastTap: Tap | null = null;
	/** Safari's trackpad pinch: the view it started from. */
	#safariBase: vp.View | null = null;
	readonly #board: () => HTMLElement;
	readonly #camera: Camera;
	readonly #editor: CanvasEditor;
	readonly #index: NoteIndex;
	readonly #cursor: (world: vp.Point | null) => void;

	constructor(options: {
		board: () => HTMLElement;
		camera: Camera;
		editor: CanvasEditor;
		index: NoteIndex;
		/** Shows this person's pointer to everyone else (null: it left the board). */
		cursor: (world: vp.Point | null) => void;
	}) {
		this.#board = options.board;
		this.#camera = options.camera;
		this.#editor = options.editor;
		this.#index = options.index;
		this.#cursor = options.cursor;
	}

	/**
	 * Listens for what Svelte's handlers cannot take: the wheel and Safari's gesture events
	 * must be non-passive to keep the page from zooming. Returns the function that stops.
	 */
	attach(board: HTMLElement): () => void {
		const listeners: [string, (event: never) => void][] = [
			['wheel', (event: WheelEvent) => this.wheel(event)],
			['gesturestart', (event: Event) => this.safariStart(event)],
			['gesturechange', (event: Event) => this.safariChange(event)],
			['gestureend', (event: Event) => this.safariEnd(event)]
		];
		for (const [type, listener] of listeners) board.addEventListener(type, listener as EventListener, { passive: false });
		const onWindowMoved = () => this.measure();
		window.addEventListener('resize', onWindowMoved, { passive: true });
		return () => {
			for (const [type, listener] of listeners) board.removeEventListener(type, listener as EventListener);
			window.removeEventListener('resize', onWindowMoved);
		};
	}

	/** The only layout read: where the board is on the page. On resize, and when a gesture starts. */
	measure(): void {
		const rect = this.#board().getBoundingClientRect();
		this.#origin = { x: rect.left, y: rect.top };
	}

	down(event: PointerEvent): void {
		const target = event.target as Element;
		if (target.closest(INTERACTIVE)) return;
		if (event.pointerType === 'mouse' && event.button !== 0 && event.button !== 1) return;
		if (this.#pointers.size === 0) this.measure();
		const at = this.#toBoard(event);
		this.#pointers.set(event.pointerId, at);

		if (this.#pointers.size === 2) {
			// A second finger: whatever the first one was doing becomes a pinch.
			this.end(false);
			const [[idA, a], [idB, b]] = [...this.#pointers.entries()];
			this.#gesture = { kind: 'pinch', ids: [idA, idB], last: [a, b] };
			this.#capture(idA);
			this.#capture(idB);
			this.#camera.stop();
			return;
		}
		if (this.#pointers.size > 2) return;

		const noteEl = target.closest<HTMLElement>('[data-note-id], [data-editing-for]');
		const noteId = noteEl?.dataset.noteId ?? noteEl?.dataset.editingFor ?? null;
		const middle = event.button === 1;
		if (noteId && this.#editor.canEdit && !middle) {
			const note = this.#index.get(noteId)?.note;
			if (target.closest('[data-action="resize"]') && note) {
				event.preventDefault();
				this.#gesture = { kind: 'resize', pointerId: event.pointerId, noteId, start: at, size: { w: note.w, h: note.h }, moved: false };
				this.#editor.stopCapturing();
				this.#capture(event.pointerId);
				return;
			}
			const type = event.pointerType;
			const g: Gesture = { kind: 'note', pointerId: event.pointerId, noteId, start: at, type, longPress: null, longPressed: false, drag: null };
			if (type !== 'mouse')
				g.longPress = setTimeout(() => {
					if (this.#gesture !== g || g.drag) return;
					g.longPress = null;
					g.longPressed = true;
					this.#editor.toggleSelected(noteId);
					navigator.vibrate?.(15);
				}, LONG_PRESS_MS);
			this.#gesture = g;
			return;
		}
		this.#gesture = { kind: 'pan', pointerId: event.pointerId, start: at, last: at, moved: false, noteId, type: event.pointerType };
		if (middle) event.preventDefault();
	}

	move(event: PointerEvent): void {
		const at = this.#toBoard(event);
		const { view } = this.#camera;
		if (event.pointerType !== 'touch' || this.#pointers.has(event.pointerId)) this.#cursor(vp.screenToWorld(view, at));
		if (!this.#pointers.has(event.pointerId)) return;
		this.#pointers.set(event.pointerId, at);
		const g = this.#gesture;
		if (!g) return;
		if (g.kind === 'pinch') {
			const a = this.#pointers.get(g.ids[0]);
			const b = this.#pointers.get(g.ids[1]);
			if (!a || !b) return;
			this.#camera.setView(vp.pinch(view, g.last, [a, b]));
			g.last = [a, b];
			return;
		}
		if (g.pointerId !== event.pointerId) return;
		if (g.kind === 'pan') {
			if (!g.moved) {
				if (!passedThreshold(g.start, at, g.type)) return;
				g.moved = true;
				this.#capture(event.pointerId);
			}
			this.#camera.setView(vp.panBy(view, at.x - g.last.x, at.y - g.last.y));
			g.last = at;
		} else if (g.kind === 'note') {
			if (!g.drag) {
				if (g.longPressed || !passedThreshold(g.start, at, g.type)) return;
				if (g.longPress) clearTimeout(g.longPress);
				g.longPress = null;
				const origins = this.#editor.beginDrag(g.noteId);
				g.drag = { ids: [...origins.keys()], origins };
				this.#capture(event.pointerId);
			}
			this.#editor.dragTo(draggedPositions(g.drag.origins, g.start, at, view.zoom));
		} else {
			g.moved = true;
			this.#editor.resizeTo(g.noteId, resizedSize(g.size, g.start, at, view.zoom));
		}
	}

	/** pointerup and pointercancel, from the board or the window (a release over the selection panel). */
	up(event: PointerEvent): void {
		const at = this.#pointers.get(event.pointerId) ?? this.#toBoard(event);
		if (!this.#pointers.delete(event.pointerId)) return;
		const g = this.#gesture;
		if (!g) return;
		if (g.kind === 'pinch') {
			this.#gesture = null;
			const [rest] = [...this.#pointers.entries()];
			// One finger stays down: it goes on panning from where it is.
			if (rest) this.#gesture = { kind: 'pan', pointerId: rest[0], start: rest[1], last: rest[1], moved: true, noteId: null, type: 'touch' };
			return;
		}
		if (g.pointerId !== event.pointerId) return;
		if (event.type === 'pointercancel') return this.end(true);
		if (g.kind === 'pan') {
			this.#gesture = null;
			if (!g.moved) this.#tap(at, g.noteId, event);
			return;
		}
		if (g.kind === 'note') {
			const tapped = g.drag === null && !g.longPressed;
			this.end(true);
			if (tapped) this.#tap(at, g.noteId, event);
			return;
		}
		this.end(true);
	}

	leave(event: PointerEvent): void {
		if (event.pointerType !== 'touch' && !this.#pointers.has(event.pointerId)) this.#cursor(null);
	}

	/** Ends the running gesture; `commit` false drops a drag's last unwritten frame. */
	end(commit: boolean): void {
		const g = this.#gesture;
		this.#gesture = null;
		if (g?.kind === 'note') {
			if (g.longPress) clearTimeout(g.longPress);
			if (g.drag) this.#editor.finishDrag(g.drag.ids, commit);
		} else if (g?.kind === 'resize') this.#editor.finishResize(g.noteId, commit, g.moved);
	}

	/** The right to edit is gone: a drag or resize stops; panning and pinching go on. */
	revoke(): void {
		const g = this.#gesture;
		if (g?.kind === 'note' && g.longPress) clearTimeout(g.longPress);
		if (g && g.kind !== 'pinch' && g.kind !== 'pan') this.#gesture = null;
	}

	wheel(event: WheelEvent): void {
		if (!event.ctrlKey && (event.target as Element).closest('textarea')) return;
		event.preventDefault();
		this.#camera.setView(wheelView(this.#camera.view, event, this.#toBoard(event), this.#camera.screen));
	}

	/** Safari's trackpad pinch (it sends no ctrl+wheel); touch pinches are handled as pointers. */
	safariStart(event: Event): void {
		event.preventDefault();
		this.#safariBase = this.#pointers.size === 0 ? { ...this.#camera.view } : null;
	}
	safariChange(event: Event): void {
		event.preventDefault();
		const e = event as SafariGesture;
		if (this.#safariBase && this.#pointers.size === 0) this.#camera.setView(vp.zoomAt(this.#safariBase, this.#toBoard(e), e.scale));
	}
	safariEnd(event: Event): void {
		event.preventDefault();
		this.#safariBase = null;
	}

	destroy(): void {
		const g = this.#gesture;
		if (g?.kind === 'note' && g.longPress) clearTimeout(g.longPress);
	}

	#tap(at: vp.Point, noteId: string | null, event: PointerEvent): void {
		const tap = { time: performance.now(), at, noteId };
		const double = isDoubleTap(this.#lastTap, tap);
		this.#lastTap = double ? null : tap;
		const editor = this.#editor;
		if (noteId) {
			if (!editor.canEdit) return;
			if (double) editor.startEditing(noteId);
			else if (event.shiftKey || event.ctrlKey || event.metaKey) editor.toggleSelected(noteId);
			else editor.select([noteId]);
			return;
		}
		if (double && editor.canEdit) editor.addNoteAt(vp.screenToWorld(this.#camera.view, at));
		else if (editor.selection.size > 0) editor.select([]);
	}

	#toBoard(event: { clientX: number; clientY: number }): vp.Point {
		return { x: event.clientX - this.#origin.x, y: event.clientY - this.#origin.y };
	}

	#capture(pointerId: number): void {
		try {
			this.#board().setPointerCapture(pointerId);
		} catch {
			// The pointer is already gone.
		}
	}
}
