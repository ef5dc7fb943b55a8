import type { SupabaseClient } from '@supabase/supabase-js';
import { isDimension, type Dimension } from '$lib/domain/gassmann';
import { readOutcome, type Outcome } from '$lib/domain/outcome';
import { DataError } from './errors';

/** What the outcome page reads besides the outcome room. Every query runs as the caller, so RLS decides. */

/** A canvas note tagged with a dimension: a candidate to keep in the outcome. */
export interface TaggedNote {
	canvas: string;
	canvasTitle: string;
	note: string;
	text: string;
	dimension: Dimension;
}

/** The workshop's notes tagged Who, What, How or Why (from the canvases' projection), canvas by canvas. */
export async function taggedNotes(db: SupabaseClient, workshopId: string): Promise<TaggedNote[]> {
	const { data, error } = await db
		.from('canvas_notes')
		.select('canvas_id, note_id, text, dimension, y, x, canvases!inner(workshop_id, title, position)')
		.eq('canvases.workshop_id', workshopId)
		.not('dimension', 'is', null)
		.neq('text', '')
		.limit(1000);
	if (error) throw new DataError(error.message);
	type Row = { canvas_id: string; note_id: string; text: string; dimension: string; x: number; y: number; canvases: { title: string; position: number } };
	return ((data ?? []) as unknown as Row[])
		.filter((r) => isDimension(r.dimension))
		.sort((a, b) => a.canvases.position - b.canvases.position || a.y - b.y || a.x - b.x)
		.map((r) => ({ canvas: r.canvas_id, canvasTitle: r.canvases.title, note: r.note_id, text: r.text, dimension: r.dimension as Dimension }));
}

/** The outcome as last projected (what the page shows before the room has synced), or null when none yet. */
export async function storedOutcome(db: SupabaseClient, workshopId: string): Promise<Outcome | null> {
	const { data, error } = await db.from('outcomes').select('content').eq('workshop_id', workshopId).maybeSingle();
	if (error) throw new DataError(error.message);
	return data ? readOutcome(data.content) : null;
}
