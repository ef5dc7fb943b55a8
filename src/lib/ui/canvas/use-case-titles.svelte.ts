/**
 * Titles of the library use cases linked to notes, for their chips: asked for in
 * batches as notes arrive, each id once (again after a failure).
 */
import { SvelteMap } from 'svelte/reactivity';
import type { NoteChanges, NoteIndex } from '$lib/canvas/note-index.svelte';
import { fetchUseCases, type UseCaseInfo } from './use-cases';

/** Ids that arrive within this time go in one request. */
const BATCH_MS = 50;
/** At most this many ids per request. */
const BATCH_SIZE = 50;

export class UseCaseTitles {
	/** Reactive: a chip shows its title as soon as it is known. */
	readonly info = new SvelteMap<string, UseCaseInfo>();
	readonly #requested = new Set<string>();
	#queue = new Set<string>();
	#timer: ReturnType<typeof setTimeout> | null = null;
	#destroyed = false;
	readonly #index: NoteIndex;
	readonly #stop: () => void;

	constructor(index: NoteIndex) {
		this.#index = index;
		this.#stop = index.onChange((changes) => this.#notesChanged(changes));
	}

	/** A use case the person just picked: its title is known already. */
	add(info: UseCaseInfo): void {
		this.info.set(info.id, info);
	}

	/** Asks for the titles of every note's use cases (after the first load). */
	requestAll(): void {
		for (const entry of this.#index.entries()) entry.note.useCases.forEach((id) => this.request(id));
	}

	request(id: string): void {
		if (this.#requested.has(id)) return;
		this.#requested.add(id);
		this.#queue.add(id);
		if (this.#timer === null) this.#timer = setTimeout(() => void this.#load(), BATCH_MS);
	}

	destroy(): void {
		this.#destroyed = true;
		this.#stop();
		if (this.#timer !== null) clearTimeout(this.#timer);
	}

	#notesChanged(changes: NoteChanges): void {
		for (const ids of [changes.added, changes.updated])
			for (const id of ids) for (const useCase of this.#index.get(id)?.note.useCases ?? []) this.request(useCase);
	}

	async #load(): Promise<void> {
		this.#timer = null;
		const ids = [...this.#queue].slice(0, BATCH_SIZE);
		this.#queue = new Set([...this.#queue].slice(BATCH_SIZE));
		if (this.#queue.size > 0) this.#timer = setTimeout(() => void this.#load(), BATCH_MS);
		try {
			for (const info of await fetchUseCases(ids)) if (!this.#destroyed) this.info.set(info.id, info);
		} catch {
			// Offline or the library is down: the chips say "Use case" until a later change asks again.
			for (const id of ids) this.#requested.delete(id);
		}
	}
}
