/**
 * The notes this person has just added. Thirty people adding at once decide
 * placement locally, so a remote note may land on the same spot; then the
 * later of the two moves aside (`overlapNudges`), and only its author's client
 * moves it. A note stays fresh until it is moved by hand or FRESH_MS pass.
 */
import type * as Y from 'yjs';
import { moveNote } from '$lib/canvas/notes';
import { overlapNudges } from '$lib/canvas/placement';
import type { Note } from '$lib/canvas/schema';
import type { Point } from '$lib/canvas/viewport';
import type { Template } from '$lib/domain/templates';

/** Long enough for every concurrent add to arrive over a slow phone connection. */
export const FRESH_MS = 15_000;

export class FreshNotes {
	/** When each was added, and where it was put (by placement or a nudge). */
	readonly #added = new Map<string, { at: number; x: number; y: number }>();
	readonly #now: () => number;
	/** Moving one's own note aside is not a step to undo: the undo manager does not track this origin. */
	readonly #origin = { nudge: true };

	constructor(now: () => number = Date.now) {
		this.#now = now;
	}

	add(place: Point, id: string): void {
		this.#added.set(id, { at: this.#now(), x: place.x, y: place.y });
	}

	/** Where this person's fresh notes go because a note that came first now covers them. */
	nudges(template: Template, notes: readonly Note[]): Map<string, Point> {
		const now = this.#now();
		const byId = new Map(notes.map((n) => [n.id, n]));
		for (const [id, added] of this.#added) {
			const note = byId.get(id);
			// Gone, old, or moved by hand since: where it is now is its author's choice.
			if (!note || now - added.at > FRESH_MS || note.x !== added.x || note.y !== added.y) this.#added.delete(id);
		}
		if (this.#added.size === 0) return new Map();
		const moves = overlapNudges(template, notes, new Set(this.#added.keys()));
		for (const [id, to] of moves) this.#added.set(id, { ...this.#added.get(id)!, x: to.x, y: to.y });
		return moves;
	}

	/** After a remote change: moves this person's fresh notes that a note which came first now covers. */
	nudge(doc: Y.Doc, template: Template, notes: readonly Note[]): void {
		const moves = this.nudges(template, notes);
		if (moves.size === 0) return;
		doc.transact(() => {
			for (const [id, at] of moves) moveNote(doc, id, at.x, at.y, this.#origin);
		}, this.#origin);
	}
}
