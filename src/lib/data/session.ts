import type { SupabaseClient } from '@supabase/supabase-js';
import type { OwnBallot } from '$lib/domain/rounds';
import { m } from '$lib/i18n';
import type { RefusalKey } from '$lib/i18n/en/session';
import { DataError } from './errors';

/**
 * Running a session and casting ballots, always as the caller (their
 * supabase-js client) through the database's functions: the database decides
 * who may, and refuses with a key (HINT) this turns into the person's words.
 */
export class Refusal extends Error {
	constructor(
		readonly key: RefusalKey,
		readonly status: number
	) {
		super(m.session.refusals[key]);
	}
}

interface PostgrestFailure {
	message: string;
	hint?: string | null;
	code?: string;
}

const STATUS: Partial<Record<RefusalKey, number>> = {
	'not-facilitator': 403,
	'not-member': 403,
	observer: 403,
	hidden: 403,
	'not-found': 404,
	'round-closed': 409,
	'round-open': 409,
	budget: 409,
	cap: 409
};

/** A refusal the person can act on, or a DataError when the database could not answer. */
export function refusalOf(error: PostgrestFailure): Refusal | DataError {
	const key = error.hint as RefusalKey | undefined;
	if (key && key in m.session.refusals) return new Refusal(key, STATUS[key] ?? 400);
	// RLS refusing a write (drafts) reads as "new row violates row-level security".
	if (error.code === '42501') return new Refusal('round-closed', 409);
	return new DataError(error.message);
}

async function call<T>(db: SupabaseClient, fn: string, args: Record<string, unknown>): Promise<T> {
	const { data, error } = await db.rpc(fn, args);
	if (error) throw refusalOf(error);
	return data as T;
}

export type TimerAction = 'start' | 'pause' | 'resume' | 'add-minute' | 'reset';

export const setPhase = (db: SupabaseClient, workshop: string, phase: string | null) => call<void>(db, 'set_phase', { workshop, phase });
export const controlTimer = (db: SupabaseClient, workshop: string, action: TimerAction, durationMs: number | null = null) =>
	call<void>(db, 'control_timer', { workshop, action, duration_ms: durationMs });
export const summon = (db: SupabaseClient, workshop: string, canvas: string | null, note: string | null = null) =>
	call<void>(db, 'summon', { workshop, canvas, note });
export const setPresenter = (db: SupabaseClient, workshop: string, presenting: boolean) => call<void>(db, 'set_presenter', { workshop, presenting });

export interface NewRound {
	kind: 'writing' | 'dots' | 'scores' | 'ranking';
	title: string;
	canvas: string | null;
	block: string | null;
	budget: number | null;
	cap: number | null;
	criteria: string[];
	showAuthors: boolean;
	/** Null: the notes of `block` on `canvas`, from the projection. */
	candidates: { noteId: string | null; label: string }[] | null;
}

export const openRound = (db: SupabaseClient, workshop: string, r: NewRound) =>
	call<string>(db, 'open_round', {
		workshop,
		kind: r.kind,
		title: r.title,
		canvas: r.canvas,
		block: r.block,
		budget: r.budget,
		cap: r.cap,
		criteria: r.criteria,
		show_authors: r.showAuthors,
		candidates: r.candidates
	});
export const closeRound = (db: SupabaseClient, round: string) => call<void>(db, 'close_round', { round });
export const revealRound = (db: SupabaseClient, round: string) => call<void>(db, 'reveal_round', { round });

export const castVote = (db: SupabaseClient, round: string, candidate: string) => call<number>(db, 'cast_vote', { round, candidate });
export const withdrawVote = (db: SupabaseClient, round: string, candidate: string) => call<number>(db, 'withdraw_vote', { round, candidate });
export const castScore = (db: SupabaseClient, round: string, candidate: string, criterion: number, score: number) =>
	call<void>(db, 'cast_score', { round, candidate, criterion, score });
export const castRanking = (db: SupabaseClient, round: string, order: string[]) => call<void>(db, 'cast_ranking', { round, candidates: order });

/** The caller's own ballot in a round, in the shape of its kind. */
export async function myBallot(db: SupabaseClient, round: string, kind: OwnBallot['kind']): Promise<OwnBallot> {
	const raw = await call<{ dots: Record<string, number>; scores: Record<string, Record<string, number>>; order: string[] }>(db, 'my_ballot', { round });
	if (kind === 'dots') return { kind, dots: raw.dots };
	if (kind === 'ranking') return { kind, order: raw.order };
	const scores: Record<string, (number | null)[]> = {};
	for (const [candidate, byCriterion] of Object.entries(raw.scores)) {
		const list: (number | null)[] = [];
		for (const [criterion, score] of Object.entries(byCriterion)) list[Number(criterion)] = score;
		scores[candidate] = Array.from(list, (s) => s ?? null);
	}
	return { kind, scores };
}

export const roundTally = (db: SupabaseClient, round: string) => call<unknown>(db, 'round_tally', { round });

export interface Draft {
	id: string;
	text: string;
	created_at: string;
}

export async function myDrafts(db: SupabaseClient, round: string, userId: string): Promise<Draft[]> {
	const { data, error } = await db.from('drafts').select('id, text, created_at').eq('round_id', round).eq('user_id', userId).order('created_at');
	if (error) throw refusalOf(error);
	return data as Draft[];
}

export async function writeDraft(db: SupabaseClient, round: string, text: string): Promise<Draft> {
	const { data, error } = await db.from('drafts').insert({ round_id: round, text }).select('id, text, created_at').single();
	if (error) throw refusalOf(error);
	return data as Draft;
}

/** Changes or removes one's own draft; RLS refuses once the round closed (no row changes). */
export async function changeDraft(db: SupabaseClient, id: string, text: string | null): Promise<void> {
	const query = text === null ? db.from('drafts').delete() : db.from('drafts').update({ text });
	const { data, error } = await query.eq('id', id).select('id');
	if (error) throw refusalOf(error);
	if (!data?.length) throw new Refusal('round-closed', 409);
}

export async function removeMember(db: SupabaseClient, workshop: string, userId: string): Promise<void> {
	const { data, error } = await db.from('workshop_members').delete().eq('workshop_id', workshop).eq('user_id', userId).select('user_id');
	if (error) throw refusalOf(error);
	if (!data?.length) throw new Refusal('not-facilitator', 403);
}

async function write(run: PromiseLike<{ data: unknown[] | null; error: PostgrestFailure | null }>) {
	const { data, error } = await run;
	if (error) throw refusalOf(error);
	// RLS hides what it refuses: no row changed means not allowed (or gone).
	if (!data?.length) throw new Refusal('not-facilitator', 403);
}

export const addPhase = (db: SupabaseClient, workshop: string, title: string, position: number) =>
	write(db.from('agenda_phases').insert({ workshop_id: workshop, title, position }).select('id'));
export const changePhase = (
	db: SupabaseClient,
	workshop: string,
	id: string,
	changes: { title?: string; canvas_id?: string | null; round_plan?: object | null; position?: number }
) => write(db.from('agenda_phases').update(changes).eq('workshop_id', workshop).eq('id', id).select('id'));
export const removePhase = (db: SupabaseClient, workshop: string, id: string) =>
	write(db.from('agenda_phases').delete().eq('workshop_id', workshop).eq('id', id).select('id'));

/** Puts the phases in this order (positions 0..n-1). */
export async function orderPhases(db: SupabaseClient, workshop: string, ids: string[]) {
	for (const [position, id] of ids.entries()) await changePhase(db, workshop, id, { position });
}
