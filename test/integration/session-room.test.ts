/**
 * The session and console documents as the realtime server writes them from
 * the database: nobody else writes them, tallies reach facilitators live and
 * everyone only at reveal, and a private writing round's drafts reach no room
 * until reveal, when they land in the round's block.
 */
import { describe, expect, it } from 'vitest';
import { listNotes } from '../../src/lib/canvas';
import type { Round, Tally } from '../../src/lib/domain/rounds';
import { canvasRoom, consoleRoom, sessionRoom } from '../../src/lib/realtime/rooms';
import { readConsole, readSession } from '../../src/lib/session/document';
import { clientFor, db } from './helpers';
import { closed, connected, createWorkshop, rawSocket, waitFor, writeProbe, useRealtimeServer } from './realtime-helpers';

const server = useRealtimeServer();

const totalDots = (tally: Tally | undefined) =>
	tally?.kind === 'dots' ? Object.values(tally.dots).reduce((sum, groups) => sum + Object.values(groups).reduce((a, b) => a + (b ?? 0), 0), 0) : 0;

async function openDots(facilitatorToken: string, workshop: string, budget = 3) {
	const { data, error } = await clientFor(facilitatorToken).rpc('open_round', {
		workshop, kind: 'dots', title: 'Which first?', canvas: null, block: null, budget, cap: null, criteria: [], show_authors: true,
		candidates: [{ noteId: 'n1', label: 'Bike lanes' }, { noteId: 'n2', label: 'Open data portal' }]
	});
	expect(error).toBeNull();
	const { rows } = await db().query<{ id: string }>('select id from public.round_candidates where round_id = $1 order by position', [data]);
	return { round: data as string, candidates: rows.map((r) => r.id) };
}

describe('the session document', () => {
	it('follows the database: phase, timer (server clock) and summon; nobody may write it', async () => {
		const w = await createWorkshop(1);
		const participant = await connected(server.url, sessionRoom(w.id), w.participant.token);
		await waitFor(() => readSession(participant.doc).agenda.length === 6, 'the default agenda');
		const f = clientFor(w.facilitator.token);
		const phase = readSession(participant.doc).agenda[1];
		expect((await f.rpc('set_phase', { workshop: w.id, phase: phase.id })).error).toBeNull();
		const before = Date.now();
		expect((await f.rpc('control_timer', { workshop: w.id, action: 'start', duration_ms: 300_000 })).error).toBeNull();
		expect((await f.rpc('summon', { workshop: w.id, canvas: w.canvases[0], note: 'note-1' })).error).toBeNull();
		const view = await waitFor(() => {
			const v = readSession(participant.doc);
			return v.phaseId === phase.id && v.timer && v.summon ? v : null;
		}, 'phase, timer and summon to arrive');
		expect(view.timer!.durationMs).toBe(300_000);
		expect(view.timer!.endsAt! - before).toBeGreaterThan(290_000);
		expect(view.timer!.endsAt! - before).toBeLessThan(310_000);
		expect(view.summon).toMatchObject({ canvasId: w.canvases[0], noteId: 'note-1' });

		// Facilitators too: their changes go through the functions, never into the document.
		for (const token of [w.facilitator.token, w.participant.token]) {
			const probe = await writeProbe(server.url, sessionRoom(w.id), token);
			expect(await probe.canWrite(participant)).toBe(false);
			probe.close();
		}
	});
});

describe('tallies', () => {
	it('reach the console live and the session room only at reveal', async () => {
		const w = await createWorkshop(1);
		const console = await connected(server.url, consoleRoom(w.id), w.facilitator.token);
		const session = await connected(server.url, sessionRoom(w.id), w.participant.token);
		const { round, candidates } = await openDots(w.facilitator.token, w.id);
		const p = clientFor(w.participant.token);
		for (const c of [candidates[0], candidates[0], candidates[1]]) expect((await p.rpc('cast_vote', { round, candidate: c })).error).toBeNull();

		const tally = await waitFor(() => {
			const t = readConsole(console.doc).tallies[round];
			return totalDots(t) === 3 && readConsole(console.doc).voted[round]?.length === 1 ? t : null;
		}, 'the console tally');
		expect(tally).toEqual({ kind: 'dots', voters: { citizen: 1 }, dots: { [candidates[0]]: { citizen: 2 }, [candidates[1]]: { citizen: 1 } } });
		expect(readConsole(console.doc).voted[round]).toEqual([w.participant.id]);
		const open = await waitFor(() => readSession(session.doc).rounds.find((r: Round) => r.id === round && r.voters === 1), 'the count of voters');
		expect(open.eligible).toBe(1); // the participant: not the observer, nor the facilitator who has not voted
		expect((await clientFor(w.facilitator.token).rpc('cast_vote', { round, candidate: candidates[1] })).error).toBeNull();
		await waitFor(() => readSession(session.doc).rounds.find((r: Round) => r.id === round && r.voters === 2 && r.eligible === 2), 'a voting facilitator to count');
		expect(readSession(session.doc).results[round]).toBeUndefined();
		expect(JSON.stringify(session.doc.toJSON())).not.toContain('"dots":{"');

		expect((await clientFor(w.facilitator.token).rpc('reveal_round', { round })).error).toBeNull();
		await waitFor(() => totalDots(readSession(session.doc).results[round]) === 4, 'results at reveal');
	});

	it('keeps participants out of the console room, and closes it for a facilitator made participant', async () => {
		const w = await createWorkshop(1);
		for (const token of [w.participant.token, w.observer.token]) {
			const outcome = await rawSocket(`${server.url}/${consoleRoom(w.id)}?token=${token}`);
			expect('refused' in outcome && outcome.refused.status).toBe(403);
		}
		const second = w.participant;
		await db().query(`update public.workshop_members set role = 'facilitator' where workshop_id = $1 and user_id = $2`, [w.id, second.id]);
		const outcome = await rawSocket(`${server.url}/${consoleRoom(w.id)}?token=${second.token}`);
		if (!('ws' in outcome)) throw new Error('a facilitator was refused the console');
		const ends = closed(outcome.ws);
		await db().query(`update public.workshop_members set role = 'participant' where workshop_id = $1 and user_id = $2`, [w.id, second.id]);
		expect((await ends).code).toBe(4403);
	});
});

describe('a private writing round', () => {
	it('shows drafts to no room until reveal, then puts them in the block without overlaps', async () => {
		const w = await createWorkshop(1);
		await db().query(`update public.canvases set template = 'business-model-canvas' where id = $1`, [w.canvases[0]]);
		const canvas = await connected(server.url, canvasRoom(w.canvases[0]), w.facilitator.token);
		const session = await connected(server.url, sessionRoom(w.id), w.participant.token);
		const console = await connected(server.url, consoleRoom(w.id), w.facilitator.token);
		const f = clientFor(w.facilitator.token);
		const { data: round, error } = await f.rpc('open_round', {
			workshop: w.id, kind: 'writing', title: 'Who benefits?', canvas: w.canvases[0], block: 'customer-segments',
			budget: null, cap: null, criteria: [], show_authors: false, candidates: null
		});
		expect(error).toBeNull();
		const texts = ['Commuters who cycle', 'Delivery companies', 'Schools near the centre'];
		const p = clientFor(w.participant.token);
		for (const text of texts) expect((await p.from('drafts').insert({ round_id: round, text })).error).toBeNull();

		await waitFor(() => readConsole(console.doc).drafts[round as string]?.[w.participant.id] === 3, 'the draft count on the console');
		await waitFor(() => readSession(session.doc).rounds.find((r) => r.id === round)?.voters === 1, 'one writer');
		for (const doc of [canvas.doc, session.doc, console.doc]) {
			const everything = JSON.stringify(doc.toJSON());
			for (const text of texts) expect(everything).not.toContain(text);
		}

		expect((await f.rpc('reveal_round', { round })).error).toBeNull();
		const placed = await waitFor(() => {
			const notes = listNotes(canvas.doc).filter((n) => texts.includes(n.text));
			return notes.length === 3 ? notes : null;
		}, 'the drafts to land on the canvas');
		for (const note of placed) {
			expect(note.block).toBe('customer-segments');
			expect(note.author).toBe(round); // without names, as the facilitator chose
		}
		for (const [i, a] of placed.entries())
			for (const b of placed.slice(i + 1)) expect(a.x + a.w <= b.x || b.x + b.w <= a.x || a.y + a.h <= b.y || b.y + b.h <= a.y).toBe(true);
		await waitFor(async () => {
			const { rows } = await db().query('select 1 from public.drafts where round_id = $1 and placed_at is null', [round]);
			return rows.length === 0;
		}, 'the drafts to be marked placed');
	});
});

