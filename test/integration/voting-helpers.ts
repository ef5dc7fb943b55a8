/**
 * Shared by the voting and drafts tests: a workshop with people of given roles
 * and stakeholder types (set up as the superuser), rounds opened through the
 * facilitator's own client, and a snapshot of every facilitation table of a
 * workshop, to prove a refused call changed nothing.
 */
import type { PostgrestSingleResponse, SupabaseClient } from '@supabase/supabase-js';
import { expect } from 'vitest';
import type { Stakeholder } from '../../src/lib/domain/stakeholders';
import { clientFor, createUser, db, one, type TestUser } from './helpers';

export interface Person extends TestUser {
	client: SupabaseClient;
}

export interface Workshop {
	id: string;
	canvasId: string;
	facilitator: Person;
}

/** A database function called as this person, its result untyped (what the tests compare). */
export const rpc = (p: Person, fn: string, args: Record<string, unknown>) =>
	p.client.rpc(fn, args) as unknown as Promise<PostgrestSingleResponse<unknown>>;

export async function person(kind: 'anonymous' | 'email' = 'anonymous'): Promise<Person> {
	const user = await createUser(kind);
	return { ...user, client: clientFor(user.token) };
}

/** A workshop created by a facilitator through create_workshop, with one blank canvas. */
export async function newWorkshop(): Promise<Workshop> {
	const facilitator = await person('email');
	const { data, error } = await facilitator.client.rpc('create_workshop', {
		title: 'Voting test',
		host: '',
		purpose: '',
		held_on: null,
		canvases: [{ template: 'blank', title: 'Ideas' }]
	});
	expect(error).toBeNull();
	const { id: canvasId } = await one<{ id: string }>('select id from public.canvases where workshop_id = $1', [data]);
	return { id: data as string, canvasId, facilitator };
}

/** Someone who joined the workshop in `role` as `stakeholder`. */
export async function member(
	workshop: Workshop,
	role: 'participant' | 'observer' | 'facilitator' = 'participant',
	stakeholder: Stakeholder = 'citizen'
): Promise<Person> {
	const p = await person();
	await db().query(
		'insert into public.workshop_members (workshop_id, user_id, role, stakeholder, display_name) values ($1, $2, $3, $4, $5)',
		[workshop.id, p.id, role, stakeholder, `${role} ${stakeholder}`]
	);
	return p;
}

export interface OpenRound {
	kind?: 'writing' | 'dots' | 'scores' | 'ranking';
	budget?: number;
	cap?: number | null;
	criteria?: string[];
	/** Labels of the candidates (rounds of decision); three by default. */
	labels?: string[];
	block?: string;
}

/** Opens a round through open_round as the facilitator; returns its id and its candidates' ids in order. */
export async function openRound(workshop: Workshop, options: OpenRound = {}) {
	const kind = options.kind ?? 'dots';
	const writing = kind === 'writing';
	const { data, error } = await workshop.facilitator.client.rpc('open_round', {
		workshop: workshop.id,
		kind,
		title: `A ${kind} round`,
		canvas: writing ? workshop.canvasId : null,
		block: writing ? (options.block ?? 'ideas') : null,
		budget: options.budget ?? 3,
		cap: options.cap ?? null,
		criteria: options.criteria ?? (kind === 'scores' ? ['Scalability', 'Replicability'] : []),
		show_authors: true,
		candidates: writing ? null : (options.labels ?? ['A', 'B', 'C']).map((label, i) => ({ noteId: `n${i}`, label }))
	});
	expect(error).toBeNull();
	const round = data as string;
	const { rows } = await db().query<{ id: string }>(
		'select id from public.round_candidates where round_id = $1 order by position',
		[round]
	);
	return { round, candidates: rows.map((r) => r.id) };
}

/** Every facilitation row of a workshop, as the superuser reads it (no RLS), in a stable order. */
export async function snapshot(workshopId: string) {
	const { rows } = await db().query<{ state: unknown }>(
		`select jsonb_build_object(
			'session', (select to_jsonb(s) from public.workshop_sessions s where s.workshop_id = $1),
			'phases', (select jsonb_agg(to_jsonb(a) order by a.position, a.id) from public.agenda_phases a where a.workshop_id = $1),
			'rounds', (select jsonb_agg(to_jsonb(r) order by r.opened_at, r.id) from public.rounds r where r.workshop_id = $1),
			'candidates', (select jsonb_agg(to_jsonb(c) order by c.round_id, c.position) from public.round_candidates c
			               join public.rounds r on r.id = c.round_id where r.workshop_id = $1),
			'ballots', (select jsonb_agg(to_jsonb(b) order by b.round_id, b.user_id) from public.ballots b
			            join public.rounds r on r.id = b.round_id where r.workshop_id = $1),
			'votes', (select jsonb_agg(to_jsonb(v) order by v.round_id, v.user_id, v.candidate_id) from public.votes v
			          join public.rounds r on r.id = v.round_id where r.workshop_id = $1),
			'scores', (select jsonb_agg(to_jsonb(s) order by s.round_id, s.user_id, s.candidate_id, s.criterion) from public.scores s
			           join public.rounds r on r.id = s.round_id where r.workshop_id = $1),
			'rankings', (select jsonb_agg(to_jsonb(k) order by k.round_id, k.user_id, k.place) from public.rankings k
			             join public.rounds r on r.id = k.round_id where r.workshop_id = $1),
			'drafts', (select jsonb_agg(to_jsonb(d) order by d.id) from public.drafts d
			           join public.rounds r on r.id = d.round_id where r.workshop_id = $1),
			'notes', (select jsonb_agg(to_jsonb(n) order by n.canvas_id, n.note_id) from public.canvas_notes n
			          join public.canvases c on c.id = n.canvas_id where c.workshop_id = $1)
		) as state`,
		[workshopId]
	);
	return rows[0].state;
}
