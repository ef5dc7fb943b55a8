import type { Snippet } from 'svelte';
import type { Stakeholder } from '$lib/domain/stakeholders';
import type { TemplateId } from '$lib/domain/templates';

/** What a page gives the live canvas (CanvasBoard.svelte). */
export interface CanvasBoardProps {
	canvasId: string;
	templateId: TemplateId;
	me: { userId: string; name: string; stakeholder: Stakeholder };
	/** Observer, or a locked canvas for a non-facilitator: look, never edit. */
	readOnly: boolean;
	/** Display names of the workshop's members by user id, when known. */
	names?: ReadonlyMap<string, string>;
	/** Called once the first notes are on screen (the local copy or the first sync). */
	onloaded?: () => void;
	/** When set, the only pointer shown is this person's (the session's presenter). */
	presenterId?: string | null;
	/** Dots per note of the latest revealed dot-voting round on this canvas. */
	dots?: ReadonlyMap<string, number>;
	/** The person moved the view themselves. */
	onownmove?: () => void;
	/** Facilitators: put the selected notes to the vote (with a title to suggest); bring everyone to one note. */
	onputtovote?: (candidates: { noteId: string; label: string }[], title: string) => void;
	onsummonnote?: (noteId: string) => void;
	/** A phone: the page's part of the one bar above the board (see BoardStatus). */
	bar?: Snippet;
}
