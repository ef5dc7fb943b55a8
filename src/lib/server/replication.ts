/**
 * Stores a canvas pre-filled from a use case: the notes written into a fresh
 * Y.Doc and appended as the room's first update, exactly as the realtime
 * server persists a batch (DocumentStore.append), so the room loads them the
 * first time someone opens the canvas. The canvas is brand new (created a
 * moment ago by start_workshop_from_use_case), so no server holds its room yet.
 * Its notes projection (public.canvas_notes) is written at once too: the
 * realtime server writes it only once the room is opened and changed.
 */
import type pg from 'pg';
import * as Y from 'yjs';
import { placePrefill, writePrefill, type PrefillAuthor } from '../canvas/prefill.ts';
import type { ReplicatedNote } from '../domain/replication.ts';
import { TEMPLATES } from '../domain/templates.ts';
import { projectNotes } from '../canvas/projection.ts';
import { canvasRoom } from '../realtime/rooms.ts';
import { sql } from './db.ts';
import { PostgresStore } from './realtime/persistence.ts';

/** Server-side writes carry this origin, as the realtime server's own do. */
const ORIGIN = 'replication';

/** The notes written into a new Business Model Canvas document. */
function prefilledDoc(notes: readonly ReplicatedNote[], useCaseId: string, by: PrefillAuthor): Y.Doc {
	const doc = new Y.Doc();
	writePrefill(doc, placePrefill(TEMPLATES['business-model-canvas'], notes), useCaseId, by, Date.now(), ORIGIN);
	return doc;
}

/** Appends the pre-filled notes to the canvas's room; `pool` defaults to the app's own. */
export async function storePrefilledCanvas(
	canvasId: string,
	notes: readonly ReplicatedNote[],
	useCaseId: string,
	by: PrefillAuthor,
	pool: pg.Pool = sql()
): Promise<void> {
	if (notes.length === 0) return;
	const doc = prefilledDoc(notes, useCaseId, by);
	try {
		await new PostgresStore(pool).append(new Map([[canvasRoom(canvasId), Y.encodeStateAsUpdate(doc)]]));
		// The projection's columns, as the realtime server's notesProjector writes them.
		await pool.query(
			`insert into public.canvas_notes (canvas_id, note_id, text, block, dimension, author, stakeholder, use_cases, x, y)
			 select $1, n.id, n.text, n.block, n.dimension, n.author::uuid, n.stakeholder, n."useCases", n.x, n.y
			 from jsonb_to_recordset($2::jsonb) as n(id text, text text, block text, dimension text, author text,
			   stakeholder text, "useCases" text[], x float8, y float8)
			 on conflict (canvas_id, note_id) do nothing`,
			[canvasId, JSON.stringify(projectNotes(doc))]
		);
	} finally {
		doc.destroy();
	}
}
