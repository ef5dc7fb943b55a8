/**
 * The selected notes as candidates of a round: each note with text, its text
 * as the label (what the ballot shows, kept as it was when the round opened).
 * Empty notes are left out: nobody can vote on a blank.
 */
import type { Note } from '$lib/canvas/schema';

/** A label is at most this long, in UTF-16 units as the request's schema counts (requests.ts). */
export const LABEL_MAX = 500;

/** Cut to LABEL_MAX units, never inside a character (an emoji is two units). */
function clip(text: string): string {
	let out = '';
	for (const char of text) {
		if (out.length + char.length > LABEL_MAX) break;
		out += char;
	}
	return out;
}

export function voteCandidates(notes: Iterable<{ id: string; note: Pick<Note, 'text'> }>): { noteId: string; label: string }[] {
	const candidates: { noteId: string; label: string }[] = [];
	for (const { id, note } of notes) {
		const label = clip(note.text.trim().replace(/\s+/g, ' '));
		if (label) candidates.push({ noteId: id, label });
	}
	return candidates;
}
