/** What the canvas editor and the board around it exchange (see canvas-editor.svelte.ts). */

/** The dialog the editor has open: naming a cluster, or linking use cases to a note. */
export type CanvasDialog =
	| { kind: 'cluster'; mode: 'create' | 'rename'; clusterId: string | null; initialName: string; noteIds: string[] }
	| { kind: 'use-cases'; noteId: string };

/** What the editor asks of the board around it. */
export interface EditorHost {
	/** The note is rendered and on screen; for editing, zoomed in far enough to read. */
	reveal(id: string, editing: boolean): void;
	/** Puts keyboard focus back on a note once it is drawn. */
	refocus(id: string): void;
	/** Something pinned a note in the DOM, or unpinned it: the rendered set may change. */
	refresh(): void;
	/** A drag or resize frame waits to be written at the next frame. */
	requestFrame(): void;
	/** Who is editing which note, for everyone else. */
	setEditing(id: string | null): void;
}
