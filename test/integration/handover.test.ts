/**
 * What the hand-over page offers, read through the real PostgREST as the
 * caller: the workshop's notes, the top candidates of a revealed round and
 * the outcome's kept notes first and ticked, a round not yet revealed
 * counting for nothing, and nothing at all for someone outside the workshop.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { handoverIdeas, workshopLanguage } from '../../src/lib/data/handover';
import { emptyOutcome } from '../../src/lib/domain/outcome';
import { closeDb, db } from './helpers';
import { member, newWorkshop, openRound, person, rpc } from './voting-helpers';

afterAll(closeDb);

async function notes(canvasId: string, texts: Record<string, string>) {
	let y = 0;
	for (const [id, text] of Object.entries(texts)) {
		await db().query('insert into public.canvas_notes (canvas_id, note_id, text, x, y) values ($1, $2, $3, 0, $4)', [canvasId, id, text, (y += 100)]);
	}
}

describe('handoverIdeas', () => {
	it('puts the revealed round’s top candidates (best first) and the kept notes first, ticked', async () => {
		const w = await newWorkshop();
		const canvases = [{ id: w.canvasId, title: 'Ideas' }];
		await notes(w.canvasId, { n0: 'Shared parking sensors', n1: 'Open data portal', n2: 'Bike lanes on the ring', n3: 'Kept by the group', n4: 'Nobody chose this' });
		const outcome = emptyOutcome();
		outcome.dimensions.what.notes.push({ canvas: w.canvasId, note: 'n3', text: 'Kept by the group' });
		await db().query('insert into public.outcomes (workshop_id, content) values ($1, $2)', [w.id, JSON.stringify(outcome)]);

		// A dots round on n0..n2: n1 gets three dots, n0 one, n2 none.
		const { round, candidates } = await openRound(w, { labels: ['Shared parking sensors', 'Open data portal', 'Bike lanes on the ring'] });
		const voters = [await member(w), await member(w, 'participant', 'city')];
		for (const c of [candidates[1], candidates[1], candidates[0]]) expect((await rpc(voters[0], 'cast_vote', { round, candidate: c })).error).toBeNull();
		expect((await rpc(voters[1], 'cast_vote', { round, candidate: candidates[1] })).error).toBeNull();

		// Not revealed yet: the round does not order the list.
		const before = await handoverIdeas(w.facilitator.client, w.id, canvases);
		expect(before.map((i) => [i.noteId, i.chosen])).toEqual([
			['n3', true],
			['n0', false],
			['n1', false],
			['n2', false],
			['n4', false]
		]);

		expect((await w.facilitator.client.rpc('reveal_round', { round })).error).toBeNull();
		const after = await handoverIdeas(w.facilitator.client, w.id, canvases);
		expect(after.map((i) => [i.noteId, i.top, i.kept, i.chosen])).toEqual([
			['n1', 1, false, true],
			['n0', 2, false, true],
			['n3', null, true, true],
			['n2', null, false, false],
			['n4', null, false, false]
		]);
		expect(after[0]).toMatchObject({ key: `${w.canvasId}:n1`, canvasTitle: 'Ideas', text: 'Open data portal' });
		expect(await workshopLanguage(w.facilitator.client, w.id)).toBe('en');
	});

	it('shows someone outside the workshop nothing', async () => {
		const w = await newWorkshop();
		await notes(w.canvasId, { n0: 'A private idea of the workshop' });
		const stranger = await person('email');
		expect(await handoverIdeas(stranger.client, w.id, [{ id: w.canvasId, title: 'Ideas' }])).toEqual([]);
		expect((await handoverIdeas(w.facilitator.client, w.id, [{ id: w.canvasId, title: 'Ideas' }])).map((i) => i.text)).toEqual([
			'A private idea of the workshop'
		]);
	});
});
