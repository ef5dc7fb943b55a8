/**
 * Every change a person makes to a canvas: notes, clusters, links, use cases,
 * and undo. The single place a new note action is added: components call its
 * methods, it calls the operations of src/lib/canvas, one transaction (and one
 * undo step) per action, with this person's origin so undo takes back only
 * their own changes. It also holds what they are working on: the selection,
 * the note being edited, the notes being dragged, the open dialog.
 */
import { flushSync, untrack } from 'svelte';
import type * as Y from 'yjs';
import { m } from '$lib/i18n';
import type { Dimension } from '$lib/domain/gassmann';
import type { Stakeholder } from '$lib/domain/stakeholders';
import type { Template } from '$lib/domain/templates';
import * as canvas from '$lib/canvas';
import type { NoteChanges, NoteIndex } from '$lib/canvas/note-index.svelte';
import { blockChange, COLLISION_OFFSET, placeNewNote, type NoteTarget } from '$lib/canvas/placement';
import { findLink, summarizeSelection } from '$lib/canvas/selection';
import { spliceNoteText, type TextChange } from '$lib/canvas/text';
import type { Point, Size } from '$lib/canvas/viewport';
import { FreshNotes } from './fresh-notes';
import type { LinksAndClusters } from './links-and-clusters.svelte';
import { PendingGesture } from './pending-gesture';
import type { CanvasDialog, EditorHost } from './editor-host';
import type { UndoHistory } from './undo-history.svelte';

export class CanvasEditor {
	#selection = $state.raw<ReadonlySet<string>>(new Set());
	#editingId = $state<string | null>(null);
	#dragIds = $state.raw<ReadonlySet<string>>(new Set());
	#dialog = $state<CanvasDialog | null>(null);
	#announcement = $state('');
	readonly #pending = new PendingGesture();

	readonly #doc: Y.Doc;
	readonly #index: NoteIndex;
	readonly #undo: UndoHistory;
	readonly #origin: object;
	readonly #template: Template;
	readonly #me: { userId: string; stakeholder: Stakeholder };
	readonly #canEdit: () => boolean;
	readonly #host: EditorHost;
	readonly #stop: () => void;
	readonly #fresh = new FreshNotes();
	readonly #lists: LinksAndClusters;
	/** What the selected notes share, for the selection panel. */
	readonly summary = $derived.by(() => {
		const notes = [...this.#selection].flatMap((id) => this.#index.get(id)?.note ?? []);
		return summarizeSelection(notes, this.#lists.links, this.#lists.clusterNames);
	});

	constructor(options: {
		index: NoteIndex;
		lists: LinksAndClusters;
		undo: UndoHistory;
		origin: object;
		template: Template;
		me: { userId: string; stakeholder: Stakeholder };
		canEdit: () => boolean;
		host: EditorHost;
	}) {
		this.#index = options.index;
		this.#doc = options.index.doc;
		this.#undo = options.undo;
		this.#origin = options.origin;
		this.#template = options.template;
		this.#me = options.me;
		this.#canEdit = options.canEdit;
		this.#host = options.host;
		this.#lists = options.lists;
		this.#stop = this.#index.onChange((changes) => this.#notesChanged(changes));
	}

	/** Not an observer, not locked out, the room still open. */
	get canEdit(): boolean {
		return this.#canEdit();
	}
	get selection(): ReadonlySet<string> {
		return this.#selection;
	}
	get editingId(): string | null {
		return this.#editingId;
	}
	get dragIds(): ReadonlySet<string> {
		return this.#dragIds;
	}
	get dialog(): CanvasDialog | null {
		return this.#dialog;
	}
	/** The latest message for the screen reader's live region. */
	get announcement(): string {
		return this.#announcement;
	}

	/** Edited or dragged: kept in the DOM wherever it is. Not tracked, for the render loop. */
	isPinned(id: string): boolean {
		return untrack(() => this.#editingId === id || this.#dragIds.has(id));
	}

	announce(text: string): void {
		// The same message twice in a row must still be read out.
		this.#announcement = this.#announcement === text ? `${text}\u00a0` : text;
	}

	// ---- Notes ----------------------------------------------------------------------------

	/** A tap or double-click (a point), or a chosen block: the note goes in that block's first free spot. */
	addNoteAt(target: NoteTarget): void {
		if (!this.#canEdit()) return;
		const at = placeNewNote(this.#template, target, [...this.#index.entries()].map((e) => e.note));
		let id: string | null = null;
		const done = this.#act(() => {
			id = canvas.addNote(this.#doc, { ...at, author: this.#me.userId, stakeholder: this.#me.stakeholder }, this.#origin);
		});
		if (!done || id === null) return;
		this.#fresh.add(at, id);
		this.announce(m.canvas.announce.added);
		this.startEditing(id);
	}

	/** One input, written at once as its splice; not an undo step per key: the undo manager groups a burst. */
	writeText(id: string, change: TextChange): boolean {
		if (!this.#canEdit()) return false;
		try {
			spliceNoteText(this.#doc, id, change, this.#origin);
			return true;
		} catch (error) {
			this.#fail(error);
			return false;
		}
	}

	startEditing(id: string): void {
		if (!this.#canEdit() || !this.#index.has(id)) return;
		this.#undo.stopCapturing();
		this.#selection = new Set([id]);
		this.#editingId = id;
		this.#host.reveal(id, true);
		this.#host.setEditing(id);
		// The text box exists and takes focus within this event: phones open their keyboard only then.
		flushSync();
	}

	endEditing(refocus: boolean): void {
		const id = this.#editingId;
		if (id === null) return;
		this.#editingId = null;
		this.#host.setEditing(null);
		this.#undo.stopCapturing();
		this.#host.refresh();
		if (refocus) this.#host.refocus(id);
	}

	/** Arrow keys: move (or with `resize`, resize) one note; repeated presses undo as one step. */
	nudge(id: string, dx: number, dy: number, resize: boolean): void {
		const note = this.#index.get(id)?.note;
		if (!note) return;
		this.#act(() => {
			if (resize) canvas.resizeNote(this.#doc, id, note.w + dx, note.h + dy, this.#origin);
			else canvas.moveNote(this.#doc, id, note.x + dx, note.y + dy, this.#origin);
			this.#place(id);
		}, false);
		this.#host.reveal(id, false);
	}

	deleteNotes(ids: readonly string[]): void {
		const present = ids.filter((id) => this.#index.has(id));
		if (present.length === 0) return;
		if (this.#act(() => present.forEach((id) => canvas.deleteNote(this.#doc, id, this.#origin)))) {
			this.announce(m.canvas.announce.deleted(present.length));
			this.select([...this.#selection].filter((id) => !present.includes(id)));
		}
	}

	duplicateSelection(): void {
		const copies: string[] = [];
		const ok = this.#act(() => {
			for (const id of this.#selection) {
				const copy = canvas.duplicateNote(this.#doc, id, this.#me.userId, this.#me.stakeholder, COLLISION_OFFSET, this.#origin);
				this.#place(copy);
				copies.push(copy);
			}
		});
		if (ok) {
			this.select(copies);
			this.announce(m.canvas.announce.duplicated);
		}
	}

	colorSelection(color: string): void {
		this.#act(() => this.#selection.forEach((id) => canvas.setNoteColor(this.#doc, id, color, this.#origin)));
	}

	tagSelection(dimension: Dimension | null): void {
		this.#act(() => this.#selection.forEach((id) => canvas.tagNote(this.#doc, id, dimension, this.#origin)));
	}

	linkUseCase(noteId: string, useCaseId: string): void {
		this.#act(() => canvas.linkUseCase(this.#doc, noteId, useCaseId, this.#origin));
	}

	unlinkUseCase(noteId: string, useCaseId: string): void {
		this.#act(() => canvas.unlinkUseCase(this.#doc, noteId, useCaseId, this.#origin));
	}

	// ---- Selection ------------------------------------------------------------------------

	select(ids: Iterable<string>): void {
		this.#selection = new Set(ids);
	}

	toggleSelected(id: string): void {
		const next = new Set(this.#selection);
		if (next.has(id)) next.delete(id);
		else next.add(id);
		this.#selection = next;
	}

	// ---- Links and clusters ---------------------------------------------------------------

	/** Two notes selected: links them, or removes the link between them. */
	toggleLink(): void {
		const [a, b] = [...this.#selection];
		if (!a || !b) return;
		const existing = findLink(this.#lists.links, a, b);
		const doc = this.#doc;
		if (this.#act(() => (existing ? canvas.removeLink(doc, existing.id, this.#origin) : canvas.addLink(doc, a, b, this.#origin))))
			this.announce(existing ? m.canvas.announce.unlinked : m.canvas.announce.linked);
	}

	openClusterDialog(): void {
		this.#dialog = { kind: 'cluster', mode: 'create', clusterId: null, initialName: '', noteIds: [...this.#selection] };
	}

	openRenameDialog(): void {
		const cluster = this.summary.cluster;
		if (cluster) this.#dialog = { kind: 'cluster', mode: 'rename', clusterId: cluster.id, initialName: cluster.name, noteIds: [] };
	}

	openUseCases(): void {
		const [id] = this.#selection;
		if (id) this.#dialog = { kind: 'use-cases', noteId: id };
	}

	closeDialog(): void {
		this.#dialog = null;
	}

	/** The cluster dialog's answer: a new cluster of the notes it was opened for, or a new name. */
	submitCluster(name: string): void {
		const current = this.#dialog;
		if (current?.kind !== 'cluster') return;
		this.#dialog = null;
		const clusterId = current.clusterId;
		if (current.mode === 'rename' && clusterId) {
			this.#act(() => canvas.renameCluster(this.#doc, clusterId, name, this.#origin));
			return;
		}
		const ids = current.noteIds.filter((id) => this.#index.has(id));
		if (ids.length > 0 && this.#act(() => canvas.createCluster(this.#doc, name, ids, undefined, this.#origin)))
			this.announce(m.canvas.announce.clustered(name));
	}

	dissolveSelectedCluster(): void {
		const cluster = this.summary.cluster;
		if (cluster && this.#act(() => canvas.dissolveCluster(this.#doc, cluster.id, this.#origin)))
			this.announce(m.canvas.announce.clusterDissolved);
	}

	// ---- Undo -----------------------------------------------------------------------------

	undo(): void {
		if (!this.#canEdit()) return;
		this.flushGestureWrites();
		if (this.#undo.undo()) this.announce(m.canvas.announce.undone);
	}

	redo(): void {
		if (!this.#canEdit()) return;
		if (this.#undo.redo()) this.announce(m.canvas.announce.redone);
	}

	/** The next change starts a new undo step. */
	stopCapturing(): void {
		this.#undo.stopCapturing();
	}

	// ---- Dragging and resizing (written at most once a frame) -----------------------------

	/** Drags the selection when the note is in it, else just that note (which becomes the selection). */
	beginDrag(noteId: string): Map<string, Point> {
		const ids = this.#selection.has(noteId) ? [...this.#selection].filter((id) => this.#index.has(id)) : [noteId];
		if (!this.#selection.has(noteId)) this.select([noteId]);
		const origins = new Map<string, Point>();
		for (const id of ids) {
			const note = this.#index.get(id)?.note;
			if (note) origins.set(id, { x: note.x, y: note.y });
		}
		this.#dragIds = new Set(ids);
		this.#undo.stopCapturing();
		return origins;
	}

	dragTo(moves: Map<string, Point>): void {
		this.#pending.moves = moves;
		this.#host.requestFrame();
	}

	/** Ends a drag: dropped notes take the block they landed in. `commit` false drops the last unwritten frame. */
	finishDrag(ids: Iterable<string>, commit: boolean): void {
		if (commit) this.flushGestureWrites();
		this.#pending.moves = null;
		this.#act(() => [...ids].forEach((id) => this.#index.has(id) && this.#place(id)), false);
		this.#undo.stopCapturing();
		this.#dragIds = new Set();
		this.#host.refresh();
	}

	resizeTo(id: string, size: Size): void {
		this.#pending.resize = { id, ...size };
		this.#host.requestFrame();
	}

	finishResize(id: string, commit: boolean, moved: boolean): void {
		if (commit) this.flushGestureWrites();
		this.#pending.resize = null;
		// A resize moves the note's centre: it may now lie in another block.
		if (commit && moved && this.#index.has(id)) this.#act(() => this.#place(id), false);
		this.#undo.stopCapturing();
	}

	/** Writes the latest drag position or size: one transaction, part of the gesture's undo step. */
	flushGestureWrites(): void {
		const { moves, size } = this.#pending.take();
		if (!this.#canEdit()) return;
		const doc = this.#doc;
		if (moves)
			this.#act(() => {
				for (const [id, at] of moves) if (this.#index.has(id)) canvas.moveNote(doc, id, at.x, at.y, this.#origin);
			}, false);
		if (size && this.#index.has(size.id)) this.#act(() => canvas.resizeNote(doc, size.id, size.w, size.h, this.#origin), false);
	}

	/** The right to edit is gone (a lock, a role change, the room closed): every edit ends at once. */
	revoke(): void {
		this.#pending.clear();
		this.#dragIds = new Set();
		if (this.#editingId !== null) {
			this.#editingId = null;
			this.#host.setEditing(null);
		}
		this.#selection = new Set();
		this.#dialog = null;
	}

	destroy(): void {
		this.flushGestureWrites();
		this.#stop();
	}

	// ---- Inside ---------------------------------------------------------------------------

	/** One user action: one transaction, and (when `separate`) one undo step. */
	#act(change: () => void, separate = true): boolean {
		if (!this.#canEdit()) return false;
		if (separate) this.#undo.stopCapturing();
		try {
			this.#doc.transact(change, this.#origin);
			return true;
		} catch (error) {
			this.#fail(error);
			return false;
		} finally {
			if (separate) this.#undo.stopCapturing();
		}
	}

	#fail(error: unknown): void {
		console.warn('canvas: change refused', error);
		this.announce(m.canvas.announce.failed);
	}

	/** A note whose centre lands in a template block takes that block, and its dimension when it has one. */
	#place(id: string): void {
		const note = canvas.getNote(this.#doc, id);
		const change = note && blockChange(this.#template, note);
		if (change) canvas.setNoteBlock(this.#doc, id, change.block, change.dimension, this.#origin);
	}

	#notesChanged(changes: NoteChanges): void {
		if (!changes.local && this.#canEdit()) this.#fresh.nudge(this.#doc, this.#template, [...this.#index.entries()].map((e) => e.note));
		if (changes.removed.size === 0) return;
		if ([...this.#selection].some((id) => changes.removed.has(id)))
			this.#selection = new Set([...this.#selection].filter((id) => !changes.removed.has(id)));
		if (this.#editingId !== null && changes.removed.has(this.#editingId)) {
			this.#editingId = null;
			this.#host.setEditing(null);
		}
	}
}
