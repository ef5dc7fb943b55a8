/**
 * Drafts of a private writing round, through REST under RLS against the real
 * stack: only their author reads or changes them, only while the round is
 * open, and never an observer. What is in the tables is checked as superuser.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, db } from './helpers';
import { member, newWorkshop, openRound, snapshot, type Person } from './voting-helpers';

afterAll(closeDb);

async function writingRound() {
	const w = await newWorkshop();
	const [a, b] = await Promise.all([member(w, 'participant', 'citizen'), member(w, 'participant', 'city')]);
	const { round } = await openRound(w, { kind: 'writing', block: 'ideas' });
	return { w, a, b, round };
}

async function write(p: Person, round: string, text: string) {
	return p.client.from('drafts').insert({ round_id: round, text }).select('id, user_id, text').single();
}

describe('drafts', () => {
	it('A reads and changes their own draft; B, the facilitator and canvas_notes see nothing of it', async () => {
		const { w, a, b, round } = await writingRound();
		const secret = `secret idea ${crypto.randomUUID()}`;
		const { data: draft, error } = await write(a, round, secret);
		expect(error).toBeNull();
		expect(draft).toMatchObject({ user_id: a.id, text: secret });

		expect((await a.client.from('drafts').select('text').eq('round_id', round)).data).toEqual([{ text: secret }]);
		for (const reader of [b, w.facilitator]) {
			const all = await reader.client.from('drafts').select('*').eq('round_id', round);
			expect(all.error).toBeNull();
			expect(all.data).toEqual([]);
			expect((await reader.client.from('drafts').select('*').eq('id', draft!.id)).data).toEqual([]);
			const notes = await reader.client.from('canvas_notes').select('text').eq('canvas_id', w.canvasId);
			expect(notes.error).toBeNull();
			expect(notes.data!.some((n) => n.text.includes(secret))).toBe(false);
		}
		const { rows } = await db().query('select 1 from public.canvas_notes where text like $1', [`%${secret}%`]);
		expect(rows).toEqual([]);

		const changed = await a.client.from('drafts').update({ text: 'better idea' }).eq('id', draft!.id).select('text');
		expect(changed.data).toEqual([{ text: 'better idea' }]);
		const removed = await a.client.from('drafts').delete().eq('id', draft!.id).select('id');
		expect(removed.data).toEqual([{ id: draft!.id }]);
	});

	it("B cannot write in A's name, nor change or remove A's draft", async () => {
		const { w, a, b, round } = await writingRound();
		const { data: draft } = await write(a, round, 'mine');
		const before = await snapshot(w.id);

		const forged = await b.client.from('drafts').insert({ round_id: round, user_id: a.id, text: 'not yours' });
		expect(forged.error?.code).toBe('42501');
		const updated = await b.client.from('drafts').update({ text: 'taken over' }).eq('id', draft!.id).select();
		expect(updated.error).toBeNull();
		expect(updated.data).toEqual([]);
		const moved = await b.client.from('drafts').update({ user_id: b.id }).eq('id', draft!.id).select();
		expect(moved.data).toEqual([]);
		const deleted = await b.client.from('drafts').delete().eq('id', draft!.id).select();
		expect(deleted.data).toEqual([]);
		// A cannot give their draft to B either.
		const given = await a.client.from('drafts').update({ user_id: b.id }).eq('id', draft!.id).select();
		expect(given.error?.code).toBe('42501');

		expect(await snapshot(w.id)).toEqual(before);
	});

	it('nobody writes, changes or removes a draft once the round is closed', async () => {
		const { w, a, b, round } = await writingRound();
		const { data: draft } = await write(a, round, 'written in time');
		expect((await w.facilitator.client.rpc('close_round', { round })).error).toBeNull();
		const before = await snapshot(w.id);

		for (const p of [a, b, w.facilitator]) expect((await write(p, round, 'too late')).error?.code).toBe('42501');
		expect((await a.client.from('drafts').update({ text: 'edited late' }).eq('id', draft!.id).select()).data).toEqual([]);
		expect((await a.client.from('drafts').delete().eq('id', draft!.id).select()).data).toEqual([]);
		// The author still reads it (until the server places it at reveal).
		expect((await a.client.from('drafts').select('text').eq('id', draft!.id)).data).toEqual([{ text: 'written in time' }]);

		expect(await snapshot(w.id)).toEqual(before);
	});

	it('an observer, an outsider and a removed member cannot write one; nor in a round of decision', async () => {
		const { w, a, round } = await writingRound();
		const observer = await member(w, 'observer');
		const removed = await member(w);
		await db().query('delete from public.workshop_members where workshop_id = $1 and user_id = $2', [w.id, removed.id]);
		const outsider = await member(await newWorkshop());
		const before = await snapshot(w.id);
		for (const p of [observer, removed, outsider]) expect((await write(p, round, 'not allowed')).error?.code).toBe('42501');
		expect(await snapshot(w.id)).toEqual(before);

		await w.facilitator.client.rpc('close_round', { round });
		const { round: dots } = await openRound(w, { kind: 'dots' });
		const afterOpen = await snapshot(w.id);
		expect((await write(a, dots, 'a draft in a dot round')).error?.code).toBe('42501');
		expect(await snapshot(w.id)).toEqual(afterOpen);
	});
});
