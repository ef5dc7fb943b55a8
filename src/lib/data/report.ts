import type { SupabaseClient } from '@supabase/supabase-js';
import type { SvgNote } from '$lib/canvas/svg';
import { readOutcome } from '$lib/domain/outcome';
import { countByStakeholder, type ReportModel, type ReportRound } from '$lib/domain/report';
import { isRoundKind, type Round, type RoundKind, type Tally } from '$lib/domain/rounds';
import type { TemplateId } from '$lib/domain/templates';
import { DataError } from './errors';
import { localizedPattern } from './patterns';
import type { WorkshopAsMember } from './workshops';

/**
 * What the report and the canvas exports read, always as the caller (their
 * supabase-js client), so RLS decides: a member reads a canvas's notes; the
 * round tallies come through round_tally(), which gives them to facilitators.
 */

export interface ExportCanvas {
	id: string;
	title: string;
	template: TemplateId;
	notes: SvgNote[];
}

function check<T>(result: { data: T | null; error: { message: string } | null }): T | null {
	if (result.error) throw new DataError(result.error.message);
	return result.data;
}

interface NoteRow {
	note_id: string;
	text: string;
	block: string | null;
	dimension: SvgNote['dimension'];
	stakeholder: string | null;
	cluster: string | null;
	x: number;
	y: number;
}

/** PostgREST answers at most this many rows (supabase/config.toml max_rows): larger reads go page by page. */
const PAGE = 1000;

async function notesOf(db: SupabaseClient, canvasIds: string[]): Promise<Map<string, SvgNote[]>> {
	const byCanvas = new Map<string, SvgNote[]>(canvasIds.map((id) => [id, []]));
	if (canvasIds.length === 0) return byCanvas;
	for (let from = 0; ; from += PAGE) {
		const rows = check(
			await db
				.from('canvas_notes')
				.select('canvas_id, note_id, text, block, dimension, stakeholder, cluster, x, y')
				.in('canvas_id', canvasIds)
				.order('canvas_id')
				.order('note_id')
				.range(from, from + PAGE - 1)
		) as (NoteRow & { canvas_id: string })[] | null;
		for (const r of rows ?? []) {
			byCanvas.get(r.canvas_id)?.push({ id: r.note_id, text: r.text, block: r.block, dimension: r.dimension, stakeholder: r.stakeholder, cluster: r.cluster, x: r.x, y: r.y });
		}
		if ((rows?.length ?? 0) < PAGE) return byCanvas;
	}
}

/** A canvas of this workshop with its notes, or null when RLS shows no such canvas to this person. */
export async function getExportCanvas(db: SupabaseClient, workshopId: string, canvasId: string): Promise<ExportCanvas | null> {
	const canvas = check(
		await db.from('canvases').select('id, title, template').eq('id', canvasId).eq('workshop_id', workshopId).maybeSingle()
	) as { id: string; title: string; template: TemplateId } | null;
	if (!canvas) return null;
	const notes = await notesOf(db, [canvas.id]);
	return { ...canvas, notes: notes.get(canvas.id) ?? [] };
}

interface RoundRow {
	id: string;
	kind: RoundKind;
	status: Round['status'];
	title: string;
	canvas_id: string | null;
	block: string | null;
	budget: number;
	cap: number | null;
	criteria: string[];
	show_authors: boolean;
	opened_at: string;
	round_candidates: { id: string; note_id: string | null; label: string; position: number }[];
}

/** Rounds of decision that closed (or were revealed), each with its tally, oldest first. */
async function roundsOf(db: SupabaseClient, member: WorkshopAsMember): Promise<ReportRound[]> {
	const workshopId = member.workshop.id;
	const [rows, ballots] = await Promise.all([
		db
			.from('rounds')
			.select('id, kind, status, title, canvas_id, block, budget, cap, criteria, show_authors, opened_at, round_candidates(id, note_id, label, position)')
			.eq('workshop_id', workshopId)
			.neq('kind', 'writing')
			.in('status', ['closed', 'revealed'])
			.order('opened_at'),
		db.from('ballots').select('round_id, user_id').eq('workshop_id', workshopId)
	]);
	const rounds = (check(rows) ?? []) as RoundRow[];
	const cast = (check(ballots) ?? []) as { round_id: string; user_id: string }[];
	const participants = member.members.filter((m) => m.role === 'participant').map((m) => m.user_id);
	const facilitators = new Set(member.members.filter((m) => m.role === 'facilitator').map((m) => m.user_id));
	const tallies = await Promise.all(rounds.map((r) => db.rpc('round_tally', { round: r.id })));
	return rounds.flatMap((r, i): ReportRound[] => {
		const tally = check(tallies[i]) as Tally | null;
		if (!tally || !isRoundKind(r.kind)) return [];
		const voters = cast.filter((b) => b.round_id === r.id).map((b) => b.user_id);
		const round: Round = {
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
			candidates: [...r.round_candidates].sort((a, b) => a.position - b.position).map((c) => ({ id: c.id, noteId: c.note_id, label: c.label })),
			voters: voters.length,
			// As the session document counts it: participants, and facilitators who took part.
			eligible: participants.length + voters.filter((id) => facilitators.has(id)).length,
			openedAt: Date.parse(r.opened_at)
		};
		return [{ round, tally }];
	});
}

/** The outcome with the names of its patterns and linked use cases; null when none was written. */
async function outcomeOf(db: SupabaseClient, workshopId: string) {
	const row = check(await db.from('outcomes').select('content').eq('workshop_id', workshopId).maybeSingle()) as { content: unknown } | null;
	if (!row) return { outcome: null, patterns: [], useCases: [] };
	const outcome = readOutcome(row.content);
	const [patterns, useCases] = await Promise.all([
		outcome.patterns.length ? db.from('business_model_patterns').select('id, slug, name').in('id', outcome.patterns) : { data: [], error: null },
		outcome.useCases.length ? db.from('use_cases').select('id, title, slug').in('id', outcome.useCases) : { data: [], error: null }
	]);
	const patternRows = ((check(patterns) ?? []) as { id: number; slug: string; name: string }[]).map(localizedPattern);
	const useCaseRows = (check(useCases) ?? []) as { id: string; title: string; slug: string }[];
	return {
		outcome,
		// The outcome's order; a pattern or use case since removed (or hidden by RLS) is left out.
		patterns: outcome.patterns.flatMap((id) => patternRows.filter((p) => p.id === id).map((p) => p.name)),
		useCases: outcome.useCases.flatMap((id) => useCaseRows.filter((u) => u.id === id).map(({ title, slug }) => ({ title, slug })))
	};
}

/** Everything the report shows, read in parallel as the caller. Names only when `showNames`. */
export async function loadReport(db: SupabaseClient, member: WorkshopAsMember, showNames: boolean): Promise<ReportModel> {
	const { workshop, canvases, members } = member;
	const [agendaRows, notes, rounds, outcome] = await Promise.all([
		db.from('agenda_phases').select('title, canvas_id, round_plan').eq('workshop_id', workshop.id).order('position').order('created_at'),
		notesOf(
			db,
			canvases.map((c) => c.id)
		),
		roundsOf(db, member),
		outcomeOf(db, workshop.id)
	]);
	const agenda = (check(agendaRows) ?? []) as { title: string; canvas_id: string | null; round_plan: { kind?: unknown } | null }[];
	return {
		workshop: { id: workshop.id, title: workshop.title, host: workshop.host, purpose: workshop.purpose, heldOn: workshop.held_on },
		agenda: agenda.map((p) => ({
			title: p.title,
			canvas: canvases.find((c) => c.id === p.canvas_id)?.title ?? null,
			round: isRoundKind(p.round_plan?.kind) ? p.round_plan.kind : null
		})),
		participation: {
			total: members.length,
			byStakeholder: countByStakeholder(members),
			people: showNames ? members.map((m) => ({ name: m.display_name, stakeholder: m.stakeholder, role: m.role })) : null
		},
		canvases: canvases.map((c) => ({ id: c.id, title: c.title, template: c.template, notes: notes.get(c.id) ?? [] })),
		rounds,
		...outcome
	};
}
