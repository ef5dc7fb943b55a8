/**
 * Per-person undo for a canvas. Each canvas operation (src/lib/canvas) writes
 * in a transaction carrying the caller's `origin`; tracking only that origin
 * means undo reverts this person's own steps and never a co-creator's.
 */
import * as Y from 'yjs';
import { canvasScope } from '../canvas/schema.ts';

/** Edits closer together than this (a drag, a burst of typing) undo as one step. */
export const UNDO_CAPTURE_MS = 400;

export function createUndo(doc: Y.Doc, origin: object): Y.UndoManager {
	return new Y.UndoManager(canvasScope(doc), {
		trackedOrigins: new Set([origin]),
		captureTimeout: UNDO_CAPTURE_MS
	});
}
