import type pg from 'pg';
import type { Round, Tally } from '../../domain/rounds.ts';
import type { Phase, SessionState } from '../../session/document.ts';

/**
 * What the server reads from the database to write the session documents.
 * The realtime server's own connection: it sees every row (RLS is for the API).
 */
type Db = Pick<pg.Pool, 'query'>;

const ms = (column: string) => `(extract(epoch from ${column}) * 1000)::float8`;

export async function readSessionState(db: Db, workshopId: string): Promise<SessionState> {
	const [session, agenda] = await Promise.all([
		db.query(
			`select phase_id, timer_duration_ms, ${ms('timer_ends_at')} as ends_at, timer_remaining_ms,
			        summon_canvas_id, summon_note_id, ${ms('summon_at')} as summon_at, presenter_id
			 from public.workshop_sessions where workshop_id = $1`,
			[workshopId]
		),
		db.query<{ id: string; title: string; canvas_id: string | null; round_plan: Phase['roundPlan'] }>(
			'select id, title, canvas_id, round_plan from public.agenda_phases where workshop_id = $1 order by position, created_at, id',
			[workshopId]
		)
	]);
	const s = session.rows[0];
	return {
		agenda: agenda.rows.map((p) => ({ id: p.id, title: p.title, canvasId: p.canvas_id, roundPlan: p.round_plan })),
		phaseId: s?.phase_id ?? null,
		timer:
			s && s.timer_duration_ms !== null
				? { durationMs: s.timer_duration_ms, endsAt: s.ends_at, remainingMs: s.timer_remaining_ms }
				: null,
		summon: s?.summon_canvas_id ? { canvasId: s.summon_canvas_id, noteId: s.summon_note_id, at: s.summon_at } : null,
		presenterId: s?.presenter_id ?? null
	};
}

/** The workshop's rounds as members see them; one round when `roundId` is given. */
export async function readRounds(db: Db, workshopId: string, roundId: string | null = null): Promise<Round[]> {
	const { rows } = await db.query(
		`select r.id, r.kind, r.status, r.title, r.canvas_id, r.block, r.budget, r.cap, r.criteria, r.show_authors,
		        ${ms('r.opened_at')} as opened_at,
		        (select coalesce(json_agg(json_build_object('id', c.id, 'noteId', c.note_id, 'label', c.label) order by c.position), '[]')
		         from public.round_candidates c where c.round_id = r.id) as candidates,
		        case when r.kind = 'writing'
		          then (select count(distinct d.user_id) from public.drafts d where d.round_id = r.id)
		          else (select count(*) from public.ballots b where b.round_id = r.id) end::integer as voters,
		        -- Who is expected to take part: participants, and facilitators once they have.
		        (select count(*) from public.workshop_members m
		         where m.workshop_id = r.workshop_id
		           and (m.role = 'participant' or (m.role = 'facilitator' and (
		             exists (select 1 from public.ballots b where b.round_id = r.id and b.user_id = m.user_id)
		             or exists (select 1 from public.drafts d where d.round_id = r.id and d.user_id = m.user_id)))))::integer as eligible
		 from public.rounds r
		 where r.workshop_id = $1 and ($2::uuid is null or r.id = $2)
		 order by r.opened_at, r.id`,
		[workshopId, roundId]
	);
	return rows.map((r) => ({
		id: r.id,
		kind: r.kind,
		status: r.status,
		title: r.title,
		canvasId: r.canvas_id,
		block: r.block,
		budget: r.budget,
		cap: r.cap,
		criteria: r.criteria,
		showAuthors: r.show_authors,
		candidates: r.candidates,
		voters: r.voters,
		eligible: r.eligible,
		openedAt: r.opened_at
	}));
}

/** The tally of a round of decision (aggregates only; private.tally in the migration). */
export async function readTally(db: Db, roundId: string): Promise<Tally | null> {
	const { rows } = await db.query<{ tally: Tally | null }>('select private.tally($1) as tally', [roundId]);
	return rows[0]?.tally ?? null;
}

/** Who has cast a ballot (or, in a writing round, written a draft), and draft counts per person. */
export async function readParticipation(db: Db, round: Pick<Round, 'id' | 'kind'>) {
	if (round.kind === 'writing') {
		const { rows } = await db.query<{ user_id: string; n: number }>(
			'select user_id, count(*)::integer as n from public.drafts where round_id = $1 and placed_at is null group by user_id order by user_id',
			[round.id]
		);
		return { voted: rows.map((r) => r.user_id), drafts: Object.fromEntries(rows.map((r) => [r.user_id, r.n])) };
	}
	const { rows } = await db.query<{ user_id: string }>('select user_id from public.ballots where round_id = $1 order by user_id', [round.id]);
	return { voted: rows.map((r) => r.user_id), drafts: null };
}

export async function readLocks(db: Db, workshopId: string): Promise<Record<string, boolean>> {
	// The lock in force: a closed workshop's canvases are all locked (as collab_access says).
	const { rows } = await db.query<{ id: string; locked: boolean }>(
		`select c.id, c.locked or w.status = 'closed' as locked
		 from public.canvases c join public.workshops w on w.id = c.workshop_id
		 where c.workshop_id = $1`,
		[workshopId]
	);
	return Object.fromEntries(rows.map((r) => [r.id, r.locked]));
}

export interface DraftToPlace {
	id: string;
	text: string;
	userId: string;
	stakeholder: string;
}

/** A revealed writing round's drafts not yet on the canvas, oldest first. */
export async function readDraftsToPlace(db: Db, roundId: string): Promise<DraftToPlace[]> {
	const { rows } = await db.query<DraftToPlace>(
		`select d.id, d.text, d.user_id as "userId", coalesce(m.stakeholder, 'other') as stakeholder
		 from public.drafts d
		 join public.rounds r on r.id = d.round_id
		 left join public.workshop_members m on m.workshop_id = r.workshop_id and m.user_id = d.user_id
		 where d.round_id = $1 and d.placed_at is null and r.status = 'revealed'
		 order by d.created_at, d.id`,
		[roundId]
	);
	return rows;
}

export async function markDraftsPlaced(db: Db, ids: string[]) {
	if (ids.length) await db.query('update public.drafts set placed_at = now() where id = any($1::uuid[])', [ids]);
}

/** Revealed writing rounds with drafts still to place (after a crash between reveal and placing). */
export async function readRoundsWithDraftsToPlace(db: Db, workshopId: string): Promise<string[]> {
	const { rows } = await db.query<{ id: string }>(
		`select distinct r.id from public.rounds r join public.drafts d on d.round_id = r.id
		 where r.workshop_id = $1 and r.kind = 'writing' and r.status = 'revealed' and d.placed_at is null`,
		[workshopId]
	);
	return rows.map((r) => r.id);
}

export async function readCanvas(db: Db, canvasId: string) {
	const { rows } = await db.query<{ workshop_id: string; template: string; locked: boolean }>(
		`select c.workshop_id, c.template, c.locked or w.status = 'closed' as locked
		 from public.canvases c join public.workshops w on w.id = c.workshop_id where c.id = $1`,
		[canvasId]
	);
	return rows[0] ?? null;
}
