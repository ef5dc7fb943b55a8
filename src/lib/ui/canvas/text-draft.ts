/**
 * Keeping a note's text box and the shared text in step while someone types.
 * The box holds a draft written to the Y.Doc after a short pause; when the
 * shared text changes meanwhile (a co-creator typed, an undo), the local
 * change is replayed on top of the new text rather than overwriting it, so
 * neither person's typing is lost.
 */
import { diffText, type TextChange } from '$lib/canvas/text';

/** Where a position in the text before `change` ends up after it. */
export function mapThrough(position: number, change: TextChange): number {
	if (position <= change.index) return position;
	if (position >= change.index + change.remove) return position + change.insert.length - change.remove;
	return change.index + change.insert.length;
}

export interface Rebased {
	/** The shared text with the local change applied on top. */
	text: string;
	/** Caret positions in the draft, mapped into `text`. */
	map: (position: number) => number;
}

/**
 * `base` is the shared text the draft started from, `draft` what the box
 * holds now, `shared` the shared text now. Non-overlapping changes both
 * survive; where they overlap, the other person's text stays and the local
 * insertion goes right after it.
 */
export function rebaseDraft(base: string, draft: string, shared: string): Rebased {
	const local = diffText(base, draft);
	const remote = diffText(base, shared);
	let index = local.index;
	let remove = local.remove;
	if (local.index >= remote.index + remote.remove) {
		index = local.index + remote.insert.length - remote.remove;
	} else if (local.index + local.remove <= remote.index) {
		// Entirely before the remote change: same place.
	} else {
		index = remote.index + remote.insert.length;
		remove = Math.max(0, local.index + local.remove - (remote.index + remote.remove));
	}
	index = Math.min(Math.max(0, index), shared.length);
	remove = Math.min(remove, shared.length - index);
	const text = shared.slice(0, index) + local.insert + shared.slice(index + remove);
	// The remote change, seen from the draft: shifted by the local change when it lies after it.
	const remoteInDraft: TextChange =
		remote.index >= local.index + local.remove
			? { ...remote, index: remote.index + local.insert.length - local.remove }
			: remote;
	return { text, map: (position) => Math.min(text.length, mapThrough(position, remoteInDraft)) };
}
