/**
 * This person's undo history on a canvas (a Y.UndoManager tracking only their
 * origin, see src/lib/collab/undo.ts), with whether undo and redo are possible
 * as reactive state for the toolbar.
 */
import type * as Y from 'yjs';

const EVENTS = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;

export class UndoHistory {
	#canUndo = $state(false);
	#canRedo = $state(false);
	readonly #manager: Y.UndoManager;

	constructor(manager: Y.UndoManager) {
		this.#manager = manager;
		for (const event of EVENTS) manager.on(event, this.#refresh);
	}

	get canUndo(): boolean {
		return this.#canUndo;
	}

	get canRedo(): boolean {
		return this.#canRedo;
	}

	/** The next change starts a new undo step. */
	stopCapturing(): void {
		this.#manager.stopCapturing();
	}

	/** Takes back the last step; false when there was none. */
	undo(): boolean {
		this.#manager.stopCapturing();
		return this.#manager.undo() !== null;
	}

	redo(): boolean {
		this.#manager.stopCapturing();
		return this.#manager.redo() !== null;
	}

	destroy(): void {
		for (const event of EVENTS) this.#manager.off(event, this.#refresh);
		this.#manager.destroy();
	}

	#refresh = (): void => {
		this.#canUndo = this.#manager.undoStack.length > 0;
		this.#canRedo = this.#manager.redoStack.length > 0;
	};
}
