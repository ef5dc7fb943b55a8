import type { SupabaseClient } from '@supabase/supabase-js';
import { readOutcome } from '$lib/domain/outcome';
import { rankCandidates } from '$lib/domain/results';
import type { Round, Tally } from '$lib/domain/rounds';
import { orderIdeas, type Idea } from '$lib/domain/decidim';
import { DataError } from './errors';

/**
 * What the hand-over page offers: the workshop's notes (the canvas_notes
 * projection), those the outcome kept and the top candidates of revealed
 * rounds first and ticked, and the workshop's language (Decidim's locale).
 * Read as the caller, so RLS shows only what a member may see.
 */

/** Candidates placed this high in a revealed round are ticked first. */
export const TOP_PLACES = 3;

export async function workshopLanguage(db: SupabaseClient, workshopId: string): Promise<string> {
	const { data, error } = await db.from('workshops').select('language').eq('id', workshopId).maybeSingle();
	if (error) throw new DataError(error.message);
	return (data?.language as string | undefined) ?? 'en';
}

/**
 * Note keys ("canvas:note") the top candidates of each revealed round stand
 * for, with the best place each reached. A round opened without a canvas
 * names its notes by id alone ("*:note").
 */
async function topCandidates(db: SupabaseClient, workshopId: string): Promise<Map<string, number>> {
	const rounds = await db
		.from('rounds')
		.select('id, kind, title, canvas_id, criteria, round_candidates(id, note_id, label, position)')
		.eq('workshop_id', workshopId)
		.eq('status', 'revealed')
		.neq('kind', 'writing');
	if (rounds.error) throw new DataError(rounds.error.message);
	const top = new Map<string, number>();
	for (const r of rounds.data ?? []) {
		const { data: tally, error } = await db.rpc('round_tally', { round: r.id });
		if (error) throw new DataError(error.message);
		if (!tally) continue;
		const candidates = [...(r.round_candidates as { id: string; note_id: string | null; label: string; position: number }[])]
			.sort((a, b) => a.position - b.position)
			.map((c) => ({ id: c.id, noteId: c.note_id, label: c.label }));
		const round = { id: r.id, kind: r.kind, criteria: r.criteria, candidates } as unknown as Round;
		for (const ranked of rankCandidates(round, tally as Tally)) {
			if (ranked.place > TOP_PLACES || ranked.total <= 0 || !ranked.candidate.noteId) continue;
			const key = `${r.canvas_id ?? '*'}:${ranked.candidate.noteId}`;
			top.set(key, Math.min(top.get(key) ?? ranked.place, ranked.place));
		}
	}
	return top;
}

export async function handoverIdeas(db: SupabaseClient, workshopId: string, canvases: { id: string; title: string }[]): Promise<Idea[]> {
	if (!canvases.length) return [];
	const [notes, outcome, top] = await Promise.all([
		db
			.from('canvas_notes')
			.select('canvas_id, note_id, text, dimension, y, x')
			.in(
				'canvas_id',
				canvases.map((c) => c.id)
			)
			.neq('text', '')
			.order('y')
			.order('x'),
		db.from('outcomes').select('content').eq('workshop_id', workshopId).maybeSingle(),
		topCandidates(db, workshopId)
	]);
	if (notes.error) throw new DataError(notes.error.message);
	if (outcome.error) throw new DataError(outcome.error.message);
	const kept = new Set(
		Object.values(readOutcome(outcome.data?.content).dimensions).flatMap((d) => d.notes.map((n) => `${n.canvas}:${n.note}`))
	);
	const titles = new Map(canvases.map((c) => [c.id, c.title]));
	// Resolve "*:note" to the note's canvas, keeping the best place.
	const places = new Map<string, number>();
	for (const n of notes.data ?? []) {
		const key = `${n.canvas_id}:${n.note_id}`;
		const place = Math.min(top.get(key) ?? Infinity, top.get(`*:${n.note_id}`) ?? Infinity);
		if (place !== Infinity) places.set(key, place);
	}
	const rows = (notes.data ?? []).filter((n) => n.text.trim());
	return orderIdeas(
		rows.map((n) => ({
			canvasId: n.canvas_id as string,
			noteId: n.note_id as string,
			canvasTitle: titles.get(n.canvas_id) ?? '',
			text: n.text as string,
			dimension: (n.dimension as string | null) ?? null
		})),
		canvases.map((c) => c.id),
		kept,
		places
	);
}
