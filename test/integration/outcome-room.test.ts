/**
 * The outcome room against the real stack: facilitators' edits reach
 * public.outcomes.content, participants and observers only read, a draft
 * outcome row seeds a room never stored, and non-members cannot open it.
 */
import { describe, expect, it } from 'vitest';
import { emptyOutcome, readOutcome, type Outcome } from '../../src/lib/domain/outcome';
import { editText, keepNote, pickPattern, projectOutcome, putRevenueRow } from '../../src/lib/outcome/document';
import { outcomeRoom } from '../../src/lib/realtime/rooms';
import { clientFor, createUser, db } from './helpers';
import { barrier, connected, createWorkshop, rawSocket, waitFor, writeProbe, useRealtimeServer } from './realtime-helpers';

const server = useRealtimeServer({ projectionIntervalMs: 50 });

async function storedOutcome(workshop: string): Promise<{ content: Outcome; updated_at: Date } | null> {
	const { rows } = await db().query<{ content: unknown; updated_at: Date }>('select content, updated_at from public.outcomes where workshop_id = $1', [workshop]);
	return rows[0] ? { content: readOutcome(rows[0].content), updated_at: rows[0].updated_at } : null;
}

describe('the outcome room', () => {
	it("projects a facilitator's edits into outcomes.content, and skips unchanged writes", async () => {
		const w = await createWorkshop(1);
		const f = await connected(server.url, outcomeRoom(w.id), w.facilitator.token);
		expect(await storedOutcome(w.id)).toBeNull(); // opening alone writes nothing
		editText(f.doc, 'dimension:who', 0, 0, 'Commuters who cycle');
		keepNote(f.doc, 'who', { canvas: w.canvases[0], note: 'n1', text: 'Students' });
		pickPattern(f.doc, 5);
		putRevenueRow(f.doc, 'segments', { id: 'g1', name: 'Commuters', parent: null });
		const stored = await waitFor(async () => {
			const row = await storedOutcome(w.id);
			return row?.content.patterns.length && row.content.revenue.segments.length ? row : null;
		}, 'the outcome to be projected');
		expect(stored.content).toEqual(projectOutcome(f.doc));
		expect(stored.content.dimensions.who).toEqual({ text: 'Commuters who cycle', notes: [{ canvas: w.canvases[0], note: 'n1', text: 'Students' }] });

		// Members read it through the API (RLS), as the page and publishing do.
		const { data, error } = await clientFor(w.participant.token).from('outcomes').select('content').eq('workshop_id', w.id).single();
		expect(error).toBeNull();
		expect(readOutcome(data!.content).patterns).toEqual([5]);

		// An update that changes nothing in the outcome (a kept note kept again) writes no row.
		keepNote(f.doc, 'who', { canvas: w.canvases[0], note: 'n1', text: 'Students' });
		await barrier(f);
		await new Promise((ok) => setTimeout(ok, 300));
		expect((await storedOutcome(w.id))!.updated_at).toEqual(stored.updated_at);
	});

	it("refuses participants' and observers' writes, and lets a second facilitator write", async () => {
		const w = await createWorkshop(1);
		const watcher = await connected(server.url, outcomeRoom(w.id), w.facilitator.token);
		for (const token of [w.participant.token, w.observer.token]) {
			const probe = await writeProbe(server.url, outcomeRoom(w.id), token);
			expect(await probe.canWrite(watcher)).toBe(false);
			probe.close();
		}
		const reader = await connected(server.url, outcomeRoom(w.id), w.participant.token);
		editText(reader.doc, 'lessons', 0, 0, 'Written by a participant');
		await barrier(reader);
		await barrier(watcher);
		expect(projectOutcome(watcher.doc).lessons).toBe('');

		await db().query(`update public.workshop_members set role = 'facilitator' where workshop_id = $1 and user_id = $2`, [w.id, w.participant.id]);
		const second = await writeProbe(server.url, outcomeRoom(w.id), w.participant.token);
		expect(await second.canWrite(watcher)).toBe(true);
		second.close();
	});

	it('opens a room never stored as a seeded document when a draft outcome row exists', async () => {
		const w = await createWorkshop(1);
		const useCase = (await db().query<{ id: string }>(`select id from public.use_cases where status = 'published' limit 1`)).rows[0].id;
		const draft: Outcome = {
			...emptyOutcome(),
			dimensions: { ...emptyOutcome().dimensions, what: { text: 'Smart parking', notes: [{ canvas: w.canvases[0], note: 'uc-1', text: 'Sensors in bays' }] } },
			patterns: [3],
			useCases: [useCase],
			replicationNeeds: 'Sensors and an app'
		};
		await db().query('insert into public.outcomes (workshop_id, content, source_use_case_id) values ($1, $2, $3)', [w.id, JSON.stringify(draft), useCase]);
		const reader = await connected(server.url, outcomeRoom(w.id), w.observer.token);
		expect(projectOutcome(reader.doc)).toEqual(draft);
		// Seeded once: a facilitator's edit builds on it, and the row keeps its source.
		const f = await connected(server.url, outcomeRoom(w.id), w.facilitator.token);
		editText(f.doc, 'dimension:what', 13, 0, ' with sensors');
		await waitFor(async () => (await storedOutcome(w.id))?.content.dimensions.what.text === 'Smart parking with sensors', 'the edit on the seed');
		const { rows } = await db().query('select source_use_case_id from public.outcomes where workshop_id = $1', [w.id]);
		expect(rows[0].source_use_case_id).toBe(useCase);
		expect(projectOutcome(reader.doc).dimensions.what.notes).toHaveLength(1);
	});

	it('cannot be opened by a non-member, nor without a token', async () => {
		const w = await createWorkshop(1);
		const stranger = await createUser();
		const refused = await rawSocket(`${server.url}/${outcomeRoom(w.id)}?token=${stranger.token}`);
		expect('refused' in refused && refused.refused.status).toBe(403);
		const anonymous = await rawSocket(`${server.url}/${outcomeRoom(w.id)}`);
		expect('refused' in anonymous && anonymous.refused.status).toBe(401);
	});
});
