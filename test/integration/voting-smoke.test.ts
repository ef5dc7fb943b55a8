import { afterAll, expect, inject, it } from 'vitest';
import { clientFor, closeDb, createUser } from './helpers';

afterAll(closeDb);

it('runs a dot-voting round through the functions', async () => {
	const facilitator = await createUser('email');
	const f = clientFor(facilitator.token);
	const { data: workshop, error } = await f.rpc('create_workshop', { title: 'Smoke', host: '', purpose: '', held_on: null, canvases: [{ template: 'blank', title: 'C' }] });
	expect(error).toBeNull();
	const { data: code } = await clientFor(inject('serviceRoleKey')).from('workshops').select('join_code').eq('id', workshop).single();
	const p = await createUser('anonymous');
	const pc = clientFor(p.token);
	expect((await pc.rpc('join_workshop', { code: code!.join_code, display_name: 'P', stakeholder: 'citizen' })).error).toBeNull();
	const { data: phases } = await f.from('agenda_phases').select('title').eq('workshop_id', workshop).order('position');
	expect(phases!.length).toBe(6);
	const opened = await f.rpc('open_round', { workshop, kind: 'dots', title: 'Vote', canvas: null, block: null, budget: 2, cap: null, criteria: [], show_authors: true, candidates: [{ noteId: 'a', label: 'A' }, { noteId: 'b', label: 'B' }] });
	expect(opened.error).toBeNull();
	const round = opened.data as string;
	const { data: cands } = await pc.from('round_candidates').select('id').eq('round_id', round).order('position');
	const a = cands![0].id;
	expect((await pc.rpc('cast_vote', { round, candidate: a })).data).toBe(1);
	expect((await pc.rpc('cast_vote', { round, candidate: a })).data).toBe(0);
	const over = await pc.rpc('cast_vote', { round, candidate: a });
	expect(over.error?.hint).toBe('budget');
	expect((await pc.rpc('round_tally', { round })).error?.hint).toBe('hidden');
	const tally = await f.rpc('round_tally', { round });
	expect(tally.error).toBeNull();
	expect(tally.data).toEqual({ kind: 'dots', voters: { citizen: 1 }, dots: { [a]: { citizen: 2 } } });
	expect((await pc.rpc('my_ballot', { round })).data.dots).toEqual({ [a]: 2 });
	expect((await f.rpc('control_timer', { workshop, action: 'start', duration_ms: 60000 })).error).toBeNull();
	expect((await pc.rpc('control_timer', { workshop, action: 'start', duration_ms: 60000 })).error?.hint).toBe('not-facilitator');
	expect((await f.rpc('close_round', { round })).error).toBeNull();
	expect((await pc.rpc('withdraw_vote', { round, candidate: a })).error?.hint).toBe('round-closed');
	expect((await f.rpc('reveal_round', { round })).error).toBeNull();
	expect((await pc.rpc('round_tally', { round })).error).toBeNull();
});
