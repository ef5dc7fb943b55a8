/**
 * A reactive mirror of a canvas's notes for the UI. Every note is read once
 * (listNotes); after that, each change to the Y.Doc re-reads only the notes
 * its events touch. Each note lives in its own piece of Svelte state, so a
 * remote edit to one note re-renders that note and nothing else.
 */
import * as Y from 'yjs';
import { listNotes, notesMap, readNote, type Note, type YNote } from './schema.ts';

export class NoteEntry {
	readonly id: string;
	/** The note's current plain snapshot; replaced (never mutated) when the note changes. */
	note: Note;

	constructor(note: Note) {
		this.id = note.id;
		this.note = $state.raw(note);
	}
}

export interface NoteChanges {
	/** Notes that were there before and changed. */
	updated: ReadonlySet<string>;
	added: ReadonlySet<string>;
	removed: ReadonlySet<string>;
	/** Whether any note joined, left or changed cluster. */
	clustersChanged: boolean;
	/** Whether the change came from this client (its own transaction). */
	local: boolean;
}

export type NoteChangeListener = (changes: NoteChanges) => void;

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
	return a.length === b.length && a.every((value, i) => value === b[i]);
}

/** Field by field: a transaction that rewrote equal values should not re-render anything. */
export function sameNote(a: Note, b: Note): boolean {
	return (
		a.text === b.text &&
		a.x === b.x &&
		a.y === b.y &&
		a.w === b.w &&
		a.h === b.h &&
		a.color === b.color &&
		a.block === b.block &&
		a.dimension === b.dimension &&
		a.author === b.author &&
		a.stakeholder === b.stakeholder &&
		a.createdAt === b.createdAt &&
		a.cluster === b.cluster &&
		sameStrings(a.useCases, b.useCases)
	);
}

export class NoteIndex {
	readonly doc: Y.Doc;
	readonly #map: Y.Map<YNote>;
	readonly #entries = new Map<string, NoteEntry>();
	readonly #listeners = new Set<NoteChangeListener>();
	/** Bumped when a note is added or removed: read it to depend on the set of notes. */
	#membership = $state(0);
	/** Bumped when any note's cluster changes (or a note comes or goes). */
	#clusters = $state(0);
	/** How many times a note was read from the Y.Doc: for tests and diagnostics. */
	reads = 0;

	constructor(doc: Y.Doc) {
		this.doc = doc;
		this.#map = notesMap(doc);
		const initial = listNotes(doc);
		this.reads += initial.length;
		for (const note of initial) this.#entries.set(note.id, new NoteEntry(note));
		this.#map.observeDeep(this.#onEvents);
	}

	/** Reactive: the number of notes. */
	get size(): number {
		void this.#membership;
		return this.#entries.size;
	}

	/** Reactive on membership only: depend on this to learn of notes added or removed. */
	get version(): number {
		return this.#membership;
	}

	/** Reactive on cluster membership only. */
	get clusterVersion(): number {
		return this.#clusters;
	}

	get(id: string): NoteEntry | undefined {
		return this.#entries.get(id);
	}

	has(id: string): boolean {
		return this.#entries.has(id);
	}

	/** Every entry, in no particular order; not reactive by itself (read `version` to depend on it). */
	entries(): IterableIterator<NoteEntry> {
		return this.#entries.values();
	}

	/** Called after every change, with the ids it touched. Returns a function that stops listening. */
	onChange(listener: NoteChangeListener): () => void {
		this.#listeners.add(listener);
		return () => this.#listeners.delete(listener);
	}

	destroy(): void {
		this.#map.unobserveDeep(this.#onEvents);
		this.#listeners.clear();
	}

	#onEvents = (events: Y.YEvent<Y.AbstractType<unknown>>[], transaction: Y.Transaction): void => {
		const touched = new Set<string>();
		for (const event of events) {
			if (event.target === this.#map) {
				for (const key of (event as Y.YMapEvent<unknown>).keysChanged) if (typeof key === 'string') touched.add(key);
			} else {
				// A change inside a note (its text, its use cases, a field): the path starts at its id.
				const [id] = event.path;
				if (typeof id === 'string') touched.add(id);
			}
		}
		if (touched.size === 0) return;

		const updated = new Set<string>();
		const added = new Set<string>();
		const removed = new Set<string>();
		let clustersChanged = false;
		for (const id of touched) {
			const yNote = this.#map.get(id);
			const entry = this.#entries.get(id);
			if (!(yNote instanceof Y.Map)) {
				if (entry) {
					this.#entries.delete(id);
					removed.add(id);
					if (entry.note.cluster !== null) clustersChanged = true;
				}
				continue;
			}
			const note = readNote(yNote, id);
			this.reads++;
			if (!entry) {
				this.#entries.set(id, new NoteEntry(note));
				added.add(id);
				if (note.cluster !== null) clustersChanged = true;
			} else if (!sameNote(entry.note, note)) {
				if (entry.note.cluster !== note.cluster) clustersChanged = true;
				entry.note = note;
				updated.add(id);
			}
		}
		if (added.size > 0 || removed.size > 0) this.#membership++;
		if (clustersChanged) this.#clusters++;
		if (updated.size === 0 && added.size === 0 && removed.size === 0) return;
		const changes: NoteChanges = { updated, added, removed, clustersChanged, local: transaction.local };
		for (const listener of this.#listeners) listener(changes);
	};
}
