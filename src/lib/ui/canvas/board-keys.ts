/**
 * The board's keys (one delegated handler, like the pointer's): Tab through notes in
 * reading order and into their links, Enter edits, arrows move a note or pan the board,
 * Delete removes, Escape leaves; Ctrl+Z / Ctrl+Shift+Z anywhere on the page. Which key
 * does what is decided in src/lib/canvas/keyboard.ts; this carries it out.
 */
import { tick } from 'svelte';
import { adjacentNote, boardKeyAction, focusAfterDelete, historyKeyAction, noteKeyAction, readingOrder } from '$lib/canvas/keyboard';
import type { NoteChanges, NoteIndex } from '$lib/canvas/note-index.svelte';
import type { Camera } from './camera.svelte';
import type { CanvasEditor } from './canvas-editor.svelte';

export class BoardKeys {
	/** The note with keyboard focus: kept in the DOM wherever the view goes. */
	focusedId: string | null = null;
	readonly #board: () => HTMLElement;
	readonly #world: () => HTMLElement | undefined;
	/** What comes after the board in Tab order (the toolbar). */
	readonly #after: () => HTMLElement | undefined;
	readonly #camera: Camera;
	readonly #editor: CanvasEditor;
	readonly #index: NoteIndex;
	/** Makes sure a note is rendered and on screen. */
	readonly #reveal: (id: string) => void;
	readonly #refresh: () => void;
	readonly #stop: () => void;

	constructor(options: {
		board: () => HTMLElement;
		world: () => HTMLElement | undefined;
		after: () => HTMLElement | undefined;
		camera: Camera;
		editor: CanvasEditor;
		index: NoteIndex;
		reveal: (id: string) => void;
		refresh: () => void;
	}) {
		this.#board = options.board;
		this.#world = options.world;
		this.#after = options.after;
		this.#camera = options.camera;
		this.#editor = options.editor;
		this.#index = options.index;
		this.#reveal = options.reveal;
		this.#refresh = options.refresh;
		this.#stop = options.index.onChange((changes: NoteChanges) => {
			if (this.focusedId !== null && changes.removed.has(this.focusedId)) this.focusedId = null;
		});
	}

	noteElement(id: string): HTMLElement | null {
		return this.#world()?.querySelector<HTMLElement>(`[data-note-id="${CSS.escape(id)}"]`) ?? null;
	}

	async focusNote(id: string): Promise<void> {
		this.focusedId = id;
		this.#reveal(id);
		await tick();
		this.noteElement(id)?.focus({ preventScroll: true });
	}

	keydown(event: KeyboardEvent): void {
		const target = event.target as HTMLElement;
		if (target.closest('textarea, input')) return;
		const board = this.#board();
		const noteEl = target.closest<HTMLElement>('[data-note-id]');
		const noteId = noteEl?.dataset.noteId ?? null;

		if (event.key === 'Tab') {
			if (event.ctrlKey || event.altKey || event.metaKey) return;
			if (target === board) {
				if (!event.shiftKey && this.#focusAdjacent(null, false)) event.preventDefault();
				return;
			}
			if (!noteEl || !noteId) return;
			const inner = [...noteEl.querySelectorAll<HTMLElement>('a[href]')];
			// From the note into its own links first; from its last link (or itself) on to the next note.
			if (!event.shiftKey && target === noteEl && inner.length > 0) return;
			if (event.shiftKey && target !== noteEl) return;
			if (!event.shiftKey && target !== noteEl && target !== inner[inner.length - 1]) return;
			event.preventDefault();
			if (!this.#focusAdjacent(noteId, event.shiftKey)) {
				if (event.shiftKey) board.focus({ preventScroll: true });
				else this.#after()?.querySelector<HTMLElement>('button:not(:disabled), a[href]')?.focus();
			}
			return;
		}
		if (event.ctrlKey || event.metaKey) return;
		if (noteEl && noteId && target === noteEl) this.#noteKey(event, noteId);
		else if (target === board) this.#boardKey(event);
	}

	/** Undo and redo from anywhere on the page, except inside a text field (which has its own) or a dialog. */
	windowKeydown(event: KeyboardEvent): void {
		const editor = this.#editor;
		if (!editor.canEdit || editor.dialog !== null) return;
		const action = historyKeyAction(event.key, event);
		if (!action) return;
		const target = event.target as HTMLElement | null;
		if (target?.closest('textarea, input, select, [contenteditable="true"]')) return;
		event.preventDefault();
		if (action === 'undo') editor.undo();
		else editor.redo();
	}

	focusin(event: FocusEvent): void {
		const target = event.target as HTMLElement;
		if (target.dataset?.noteId) this.focusedId = target.dataset.noteId;
	}

	focusout(event: FocusEvent): void {
		const target = event.target as HTMLElement;
		const next = event.relatedTarget as Node | null;
		if (target.dataset?.noteId && target.dataset.noteId === this.focusedId && !(next && target.contains(next))) {
			this.focusedId = null;
			this.#refresh();
		}
	}

	destroy(): void {
		this.#stop();
	}

	/** Moves focus to the next or previous note in reading order; false at either end. */
	#focusAdjacent(fromId: string | null, backwards: boolean): boolean {
		const next = adjacentNote(readingOrder(this.#index.entries()), fromId, backwards);
		if (next === null) return false;
		void this.focusNote(next);
		return true;
	}

	#noteKey(event: KeyboardEvent, id: string): void {
		const editor = this.#editor;
		const action = noteKeyAction(event.key, event);
		if (!action) return;
		if (action.kind === 'leave') {
			event.preventDefault();
			if (editor.selection.size > 0) editor.select([]);
			else this.#board().focus({ preventScroll: true });
			return;
		}
		if (!editor.canEdit) return;
		event.preventDefault();
		if (action.kind === 'nudge') editor.nudge(id, action.dx, action.dy, action.resize);
		else if (action.kind === 'edit') editor.startEditing(id);
		else if (action.kind === 'toggle-selected') editor.toggleSelected(id);
		else {
			const ids = editor.selection.has(id) ? [...editor.selection] : [id];
			const next = focusAfterDelete(readingOrder(this.#index.entries()), id, ids);
			editor.deleteNotes(ids);
			if (next) void this.focusNote(next);
			else this.#board().focus({ preventScroll: true });
		}
	}

	#boardKey(event: KeyboardEvent): void {
		const action = boardKeyAction(event.key, event);
		if (!action) return;
		if (action.kind === 'clear-selection') {
			if (this.#editor.selection.size === 0) return;
			event.preventDefault();
			this.#editor.select([]);
			return;
		}
		event.preventDefault();
		if (action.kind === 'pan') this.#camera.panBy(action.dx, action.dy);
		else if (action.kind === 'zoom') this.#camera.zoomBy(action.factor);
		else this.#camera.fit(true);
	}
}
