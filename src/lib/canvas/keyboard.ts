/**
 * The canvas's keys: which key does what on a note and on the board, and the
 * order Tab visits notes in. Pure; the board's key handler
 * (src/lib/ui/canvas/board-keys.ts) carries the actions out.
 */

/** Arrow keys move a focused note this far (world units); with Shift, further. */
export const NUDGE = { small: 10, large: 50 } as const;
/** Arrow keys on the board pan this far (screen px); with Shift, further. */
export const PAN_STEP = { small: 80, large: 320 } as const;
/** One press of + or -, or of the zoom buttons. */
export const BUTTON_ZOOM = 1.25;
/** Notes whose centres are within one band of this height are one row for reading order. */
export const ROW_HEIGHT = 100;

const ARROWS: Record<string, readonly [number, number]> = {
	ArrowLeft: [-1, 0],
	ArrowRight: [1, 0],
	ArrowUp: [0, -1],
	ArrowDown: [0, 1]
};

export interface Modifiers {
	shiftKey: boolean;
	altKey: boolean;
}

export type NoteKeyAction =
	| { kind: 'leave' }
	| { kind: 'nudge'; dx: number; dy: number; resize: boolean }
	| { kind: 'edit' }
	| { kind: 'toggle-selected' }
	| { kind: 'delete' };

/** A key pressed on a focused note. Only 'leave' is allowed without the right to edit. */
export function noteKeyAction(key: string, mods: Modifiers): NoteKeyAction | null {
	if (key === 'Escape') return { kind: 'leave' };
	const direction = ARROWS[key];
	if (direction) {
		const step = mods.shiftKey ? NUDGE.large : NUDGE.small;
		return { kind: 'nudge', dx: direction[0] * step, dy: direction[1] * step, resize: mods.altKey };
	}
	if (key === 'Enter') return { kind: 'edit' };
	if (key === ' ') return { kind: 'toggle-selected' };
	if (key === 'Delete' || key === 'Backspace') return { kind: 'delete' };
	return null;
}

export type BoardKeyAction =
	| { kind: 'pan'; dx: number; dy: number }
	| { kind: 'zoom'; factor: number }
	| { kind: 'fit' }
	| { kind: 'clear-selection' };

/** A key pressed on the board itself: arrows pan (the world moves against the arrow), +/- zoom, 0 fits. */
export function boardKeyAction(key: string, mods: Pick<Modifiers, 'shiftKey'>): BoardKeyAction | null {
	const direction = ARROWS[key];
	if (direction) {
		const step = mods.shiftKey ? PAN_STEP.large : PAN_STEP.small;
		return { kind: 'pan', dx: -direction[0] * step || 0, dy: -direction[1] * step || 0 };
	}
	if (key === '+' || key === '=') return { kind: 'zoom', factor: BUTTON_ZOOM };
	if (key === '-' || key === '_') return { kind: 'zoom', factor: 1 / BUTTON_ZOOM };
	if (key === '0') return { kind: 'fit' };
	if (key === 'Escape') return { kind: 'clear-selection' };
	return null;
}

/** Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl/Cmd+Y redo; with Alt, nothing. */
export function historyKeyAction(
	key: string,
	mods: Modifiers & { ctrlKey: boolean; metaKey: boolean }
): 'undo' | 'redo' | null {
	if (!(mods.ctrlKey || mods.metaKey) || mods.altKey) return null;
	const k = key.toLowerCase();
	if (k === 'z') return mods.shiftKey ? 'redo' : 'undo';
	if (k === 'y') return 'redo';
	return null;
}

export interface Placed {
	id: string;
	note: { x: number; y: number; h: number; createdAt: number };
}

/** Oldest first, ties by id: the order notes are kept in the DOM (stable, so a focused note never moves). */
export const byCreation = (a: Placed, b: Placed): number =>
	a.note.createdAt - b.note.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Top to bottom in rows, then left to right: the order Tab visits notes in. */
export function readingOrder<T extends Placed>(entries: Iterable<T>): T[] {
	const row = (n: Placed['note']) => Math.floor((n.y + n.h / 2) / ROW_HEIGHT);
	return [...entries].sort((a, b) => row(a.note) - row(b.note) || a.note.x - b.note.x || byCreation(a, b));
}

/** The note after `fromId` in `order` (the first for null), or before it; null at either end. */
export function adjacentNote(order: readonly { id: string }[], fromId: string | null, backwards: boolean): string | null {
	if (fromId === null) return order[0]?.id ?? null;
	const at = order.findIndex((e) => e.id === fromId);
	return order[at + (backwards ? -1 : 1)]?.id ?? null;
}

/** Where focus goes when `deleting` (which include `id`) are deleted: the next survivor, else the previous one. */
export function focusAfterDelete(order: readonly { id: string }[], id: string, deleting: readonly string[]): string | null {
	const at = order.findIndex((e) => e.id === id);
	const gone = new Set(deleting);
	const next =
		order.slice(at + 1).find((e) => !gone.has(e.id)) ??
		order
			.slice(0, at)
			.reverse()
			.find((e) => !gone.has(e.id));
	return next?.id ?? null;
}
