/**
 * A canvas pre-filled from a library use case: its notes laid out in their
 * blocks (placement.ts's free spots, so none overlaps another or a block's
 * question), tagged with their dimension and linked back to the use case.
 * The same code runs on the server, which stores the result as the canvas
 * room's first update.
 */
import * as Y from 'yjs';
import type { Dimension } from '../domain/gassmann.ts';
import type { ReplicatedNote } from '../domain/replication.ts';
import type { Stakeholder } from '../domain/stakeholders.ts';
import type { Template } from '../domain/templates.ts';
import { addNote, linkUseCase } from './notes.ts';
import { freeSpotsInBlock } from './placement.ts';
import { NOTE_DEFAULT_SIZE } from './schema.ts';
import type { Rect } from './viewport.ts';

export interface PlacedPrefillNote {
	text: string;
	dimension: Dimension;
	block: string;
	x: number;
	y: number;
}

/**
 * Positions for the notes on `template`: each block's notes in its free spots
 * in reading order. A note whose block the template lacks is left out.
 */
export function placePrefill(template: Template, notes: readonly ReplicatedNote[]): PlacedPrefillNote[] {
	const taken: Rect[] = [];
	const placed: PlacedPrefillNote[] = [];
	for (const block of template.blocks) {
		const mine = notes.filter((n) => n.block === block.id);
		if (mine.length === 0) continue;
		const others = template.blocks.filter((b) => b !== block);
		const spots = freeSpotsInBlock(block, taken, mine.length, others);
		mine.forEach((note, i) => {
			const spot = spots[i];
			placed.push({ text: note.text, dimension: note.dimension, block: block.id, x: spot.x, y: spot.y });
			taken.push({ x: spot.x, y: spot.y, ...NOTE_DEFAULT_SIZE });
		});
	}
	return placed;
}

export interface PrefillAuthor {
	/** The facilitator who started the workshop: the notes are theirs. */
	author: string;
	stakeholder: Stakeholder;
}

/**
 * Writes the notes into `doc` in one transaction, each linked to the use case.
 * `createdAt` grows by one per note, so every peer lists them in the order
 * they were laid out.
 */
export function writePrefill(
	doc: Y.Doc,
	notes: readonly PlacedPrefillNote[],
	useCaseId: string,
	by: PrefillAuthor,
	createdAt = Date.now(),
	origin?: unknown
): string[] {
	const ids: string[] = [];
	doc.transact(() => {
		notes.forEach((note, i) => {
			const id = addNote(
				doc,
				{ text: note.text, x: note.x, y: note.y, block: note.block, dimension: note.dimension, author: by.author, stakeholder: by.stakeholder, createdAt: createdAt + i },
				origin
			);
			linkUseCase(doc, id, useCaseId, origin);
			ids.push(id);
		});
	}, origin);
	return ids;
}
