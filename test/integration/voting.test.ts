/**
 * Integrity of voting, through supabase-js against the real stack: budgets
 * under concurrent casts, closing while casts are in flight, cap, withdraw,
 * scores and rankings replaced, who reads which ballots when, the tallies by
 * hand, the session functions and the agenda. Refusals: voting-refusals.test.ts.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, db, one } from './helpers';
import { member, newWorkshop, openRound, person, rpc, snapshot, type Person, type Workshop } from './voting-helpers';

afterAll(closeDb);

describe('dots', () => {
	it('50 concurrent casts by one person with a budget of 3 leave exactly 3 dots', async () => {
		const w = await newWorkshop();
		const p = await member(w);
		const { round, candidates } = await openRound(w, { budget: 3, labels: ['A', 'B'] });
		const results = await Promise.all(Array.from({ length: 50 }, (_, i) => rpc(p, 'cast_vote', { round, candidate: candidates[i % 2] })));
		const ok = results.filter((r) => r.error === null);
		expect(ok.map((r) => r.data).sort()).toEqual([0, 1, 2]);
		expect(results.filter((r) => r.error).map((r) => r.error!.hint)).toEqual(Array(47).fill('budget'));
		const sums = await one<{ dots: number; used: number }>(
			`select (select sum(dots)::int from public.votes where round_id = $1) as dots,
			        (select used from public.ballots where round_id = $1 and user_id = $2) as used`,
			[round, p.id]
		);
		expect(sums).toEqual({ dots: 3, used: 3 });
	});

	/**
	 * A ballot's updated_at is the instant its cast began (the database's now());
	 * a cast that began before the close but held the round while close_round
	 * waited must still fall before closed_at. Five rounds, since a race is a race.
	 */
	it('casts racing close_round: no vote after closed_at, none lost, every refusal is round-closed', async () => {
		for (let attempt = 0; attempt < 5; attempt++) {
			const w = await newWorkshop();
			const people = await Promise.all(Array.from({ length: 6 }, () => member(w)));
			const { round, candidates } = await openRound(w, { budget: 20, labels: ['A', 'B', 'C'] });
			let closed = false;
			const outcomes: { ok: boolean; hint?: string; sentAfterClose: boolean }[] = [];
			const caster = async (p: Person) => {
				for (let i = 0; i < 20; i++) {
					const sentAfterClose = closed;
					const r = await rpc(p, 'cast_vote', { round, candidate: candidates[i % 3] });
					outcomes.push({ ok: r.error === null, hint: r.error?.hint, sentAfterClose });
					if (r.error) return;
				}
			};
			// Close once some casts are in (however slow the machine), while the others are in flight.
			const closer = async () => {
				while (outcomes.filter((o) => o.ok).length < 6 + attempt * 4) await new Promise((ok) => setTimeout(ok, 2));
				expect((await rpc(w.facilitator, 'close_round', { round })).error).toBeNull();
				closed = true;
			};
			await Promise.all([...people.map(caster), closer()]);

			expect(outcomes.some((o) => o.ok)).toBe(true);
			expect(outcomes.filter((o) => !o.ok).map((o) => o.hint)).toEqual(outcomes.filter((o) => !o.ok).map(() => 'round-closed'));
			expect(outcomes.filter((o) => o.sentAfterClose && o.ok)).toEqual([]);
			// Every dot counted is a cast answered with success, and the other way round.
			const counted = await one<{ dots: number; used: number; late: number }>(
				`select (select coalesce(sum(dots), 0)::int from public.votes where round_id = $1) as dots,
				        (select coalesce(sum(used), 0)::int from public.ballots where round_id = $1) as used,
				        (select count(*)::int from public.ballots b join public.rounds r on r.id = b.round_id
				         where b.round_id = $1 and b.updated_at > r.closed_at) as late`,
				[round]
			);
			const ok = outcomes.filter((o) => o.ok).length;
			expect(counted).toEqual({ dots: ok, used: ok, late: 0 });
		}
	});

	it('the cap limits dots on one note, not the budget', async () => {
		const w = await newWorkshop();
		const p = await member(w);
		const { round, candidates } = await openRound(w, { budget: 5, cap: 2 });
		expect((await rpc(p, 'cast_vote', { round, candidate: candidates[0] })).data).toBe(4);
		expect((await rpc(p, 'cast_vote', { round, candidate: candidates[0] })).data).toBe(3);
		expect((await rpc(p, 'cast_vote', { round, candidate: candidates[0] })).error?.hint).toBe('cap');
		expect((await rpc(p, 'cast_vote', { round, candidate: candidates[1] })).data).toBe(2);
		expect((await rpc(p, 'my_ballot', { round })).data).toEqual({ dots: { [candidates[0]]: 2, [candidates[1]]: 1 }, scores: {}, order: [] });
	});

	it('withdraw gives a dot back, removes the vote at zero, and the dot can be spent again', async () => {
		const w = await newWorkshop();
		const p = await member(w);
		const { round, candidates } = await openRound(w, { budget: 2 });
		await rpc(p, 'cast_vote', { round, candidate: candidates[0] });
		expect((await rpc(p, 'cast_vote', { round, candidate: candidates[1] })).data).toBe(0);
		expect((await rpc(p, 'withdraw_vote', { round, candidate: candidates[1] })).data).toBe(1);
		const { rows } = await db().query('select candidate_id, dots from public.votes where round_id = $1', [round]);
		expect(rows).toEqual([{ candidate_id: candidates[0], dots: 1 }]);
		expect((await rpc(p, 'withdraw_vote', { round, candidate: candidates[1] })).error?.hint).toBe('no-vote');
		expect((await rpc(p, 'cast_vote', { round, candidate: candidates[2] })).data).toBe(0);
		expect((await one('select used from public.ballots where round_id = $1', [round])).used).toBe(2);
	});
});

describe('scores and rankings', () => {
	it('a new score replaces the last', async () => {
		const w = await newWorkshop();
		const p = await member(w);
		const { round, candidates } = await openRound(w, { kind: 'scores', criteria: ['One', 'Two'] });
		expect((await rpc(p, 'cast_score', { round, candidate: candidates[0], criterion: 1, score: 2 })).error).toBeNull();
		expect((await rpc(p, 'cast_score', { round, candidate: candidates[0], criterion: 1, score: 5 })).error).toBeNull();
		const { rows } = await db().query('select candidate_id, criterion, score from public.scores where round_id = $1', [round]);
		expect(rows).toEqual([{ candidate_id: candidates[0], criterion: 1, score: 5 }]);
		expect((await rpc(p, 'my_ballot', { round })).data).toEqual({ dots: {}, scores: { [candidates[0]]: { '1': 5 } }, order: [] });
	});

	it('a ranking must be complete, and a new one replaces the last', async () => {
		const w = await newWorkshop();
		const p = await member(w);
		const { round, candidates: [a, b, c] } = await openRound(w, { kind: 'ranking' });
		expect((await rpc(p, 'cast_ranking', { round, candidates: [a, b] })).error?.hint).toBe('ranking-incomplete');
		expect((await rpc(p, 'cast_ranking', { round, candidates: [] })).error?.hint).toBe('ranking-incomplete');
		expect((await rpc(p, 'cast_ranking', { round, candidates: [a, b, c] })).error).toBeNull();
		expect((await rpc(p, 'cast_ranking', { round, candidates: [c, a, b] })).error).toBeNull();
		const { rows } = await db().query('select candidate_id, place from public.rankings where round_id = $1 order by place', [round]);
		expect(rows).toEqual([
			{ candidate_id: c, place: 1 },
			{ candidate_id: a, place: 2 },
			{ candidate_id: b, place: 3 }
		]);
		expect((await rpc(p, 'my_ballot', { round })).data).toEqual({ dots: {}, scores: {}, order: [c, a, b] });
	});
});

describe('who reads ballots and tallies, and the tallies by hand', () => {
	const TABLE = { dots: 'votes', scores: 'scores', ranking: 'rankings' } as const;

	/**
	 * Before reveal (open, then closed) a participant reads only their own rows of
	 * ballots and of the kind's table, and no tally; after reveal everyone's. The
	 * facilitator reads everything at any time. `expected` is the tally by hand.
	 */
	async function checkVisibility(w: Workshop, round: string, kind: keyof typeof TABLE, voters: Person[], expected: unknown) {
		const reader = voters[0];
		const rowsOf = async (p: Person, table: string) => {
			const { data, error } = await p.client.from(table).select('user_id').eq('round_id', round);
			expect(error).toBeNull();
			return new Set((data as { user_id: string }[]).map((r) => r.user_id));
		};
		const everyone = new Set(voters.map((v) => v.id));
		const hidden = async () => {
			for (const table of ['ballots', TABLE[kind]]) {
				expect(await rowsOf(reader, table)).toEqual(new Set([reader.id]));
				expect(await rowsOf(w.facilitator, table)).toEqual(everyone);
			}
			expect((await rpc(reader, 'round_tally', { round })).error?.hint).toBe('hidden');
			expect((await rpc(w.facilitator, 'round_tally', { round })).data).toEqual(expected);
		};
		await hidden();
		expect((await rpc(w.facilitator, 'close_round', { round })).error).toBeNull();
		await hidden();
		expect((await rpc(w.facilitator, 'reveal_round', { round })).error).toBeNull();
		for (const table of ['ballots', TABLE[kind]]) {
			expect(await rowsOf(reader, table)).toEqual(everyone);
			expect(await rowsOf(w.facilitator, table)).toEqual(everyone);
		}
		expect((await rpc(reader, 'round_tally', { round })).data).toEqual(expected);
		// An observer reads the revealed tally too; an outsider never.
		const observer = await member(w, 'observer');
		expect((await rpc(observer, 'round_tally', { round })).data).toEqual(expected);
		expect((await rpc(await person(), 'round_tally', { round })).error?.hint).toBe('hidden');
		expect((await one<{ t: unknown }>('select private.tally($1) as t', [round])).t).toEqual(expected);
	}

	it('dots: sums per candidate and stakeholder type', async () => {
		const w = await newWorkshop();
		const [city, citizen1, citizen2, company] = await Promise.all([
			member(w, 'participant', 'city'),
			member(w, 'participant', 'citizen'),
			member(w, 'participant', 'citizen'),
			member(w, 'participant', 'company')
		]);
		const { round, candidates: [a, b, c] } = await openRound(w, { budget: 3 });
		const cast = async (p: Person, ...targets: string[]) => {
			for (const candidate of targets) expect((await rpc(p, 'cast_vote', { round, candidate })).error).toBeNull();
		};
		await cast(city, a, a, b);
		await cast(citizen1, a, c);
		await cast(citizen2, c, c, c);
		await cast(company, b);
		expect((await rpc(citizen1, 'my_ballot', { round })).data).toEqual({ dots: { [a]: 1, [c]: 1 }, scores: {}, order: [] });
		await checkVisibility(w, round, 'dots', [city, citizen1, citizen2, company], {
			kind: 'dots',
			voters: { city: 1, citizen: 2, company: 1 },
			dots: { [a]: { city: 2, citizen: 1 }, [b]: { city: 1, company: 1 }, [c]: { citizen: 4 } }
		});
	});

	it('scores: a histogram of 1 to 5 per candidate, criterion and stakeholder type', async () => {
		const w = await newWorkshop();
		const [city, dev1, dev2] = await Promise.all([
			member(w, 'participant', 'city'),
			member(w, 'participant', 'developer'),
			member(w, 'participant', 'developer')
		]);
		const { round, candidates: [a, b, c] } = await openRound(w, { kind: 'scores', criteria: ['Scalability', 'Replicability'] });
		const score = async (p: Person, candidate: string, criterion: number, value: number) =>
			expect((await rpc(p, 'cast_score', { round, candidate, criterion, score: value })).error).toBeNull();
		await score(city, a, 0, 5);
		await score(city, a, 1, 1);
		await score(dev1, a, 0, 5);
		await score(dev2, a, 0, 3);
		await score(dev2, b, 1, 2);
		await checkVisibility(w, round, 'scores', [city, dev1, dev2], {
			kind: 'scores',
			voters: { city: 1, developer: 2 },
			scores: {
				[a]: [{ city: [0, 0, 0, 0, 1], developer: [0, 0, 1, 0, 1] }, { city: [1, 0, 0, 0, 0] }],
				[b]: [{}, { developer: [0, 1, 0, 0, 0] }],
				[c]: [{}, {}]
			}
		});
	});

	it('ranking: Borda points n - place per candidate and stakeholder type', async () => {
		const w = await newWorkshop();
		const [academia, other1, other2] = await Promise.all([
			member(w, 'participant', 'academia'),
			member(w, 'participant', 'other'),
			member(w, 'participant', 'other')
		]);
		const { round, candidates: [a, b, c, d] } = await openRound(w, { kind: 'ranking', labels: ['A', 'B', 'C', 'D'] });
		const rank = async (p: Person, order: string[]) => expect((await rpc(p, 'cast_ranking', { round, candidates: order })).error).toBeNull();
		await rank(academia, [a, b, c, d]); // a 3, b 2, c 1, d 0
		await rank(other1, [d, c, b, a]); // d 3, c 2, b 1, a 0
		await rank(other2, [c, a, d, b]); // c 3, a 2, d 1, b 0
		await checkVisibility(w, round, 'ranking', [academia, other1, other2], {
			kind: 'ranking',
			voters: { academia: 1, other: 2 },
			points: {
				[a]: { academia: 3, other: 2 },
				[b]: { academia: 2, other: 1 },
				[c]: { academia: 1, other: 5 },
				[d]: { academia: 0, other: 4 }
			}
		});
	});
});

describe('session functions', () => {
	/** The session row, with what is left measured on the database's clock. */
	const session = (workshop: string) =>
		one<{ duration: number | null; left: number | null; remaining: number | null; running: boolean }>(
			`select timer_duration_ms as duration, timer_remaining_ms as remaining, timer_ends_at is not null as running,
			        (extract(epoch from timer_ends_at - now()) * 1000)::int as left
			 from public.workshop_sessions where workshop_id = $1`,
			[workshop]
		);

	it('control_timer: start, pause keeps what is left, resume runs from it, add a minute, reset', async () => {
		const w = await newWorkshop();
		const timer = async (action: string, duration_ms: number | null = null) =>
			expect((await rpc(w.facilitator, 'control_timer', { workshop: w.id, action, duration_ms })).error).toBeNull();

		await timer('start', 120_000);
		let s = await session(w.id);
		expect(s).toMatchObject({ duration: 120_000, remaining: null, running: true });
		expect(s.left).toBeGreaterThan(118_000);
		expect(s.left).toBeLessThanOrEqual(120_000);

		await new Promise((ok) => setTimeout(ok, 300));
		await timer('pause');
		s = await session(w.id);
		expect(s).toMatchObject({ duration: 120_000, running: false, left: null });
		expect(s.remaining).toBeGreaterThan(110_000);
		expect(s.remaining).toBeLessThanOrEqual(119_700);
		const paused = s.remaining!;
		// Paused, nothing runs: what is left stays.
		await new Promise((ok) => setTimeout(ok, 300));
		expect((await session(w.id)).remaining).toBe(paused);

		await timer('add-minute');
		s = await session(w.id);
		expect(s).toMatchObject({ duration: 180_000, remaining: paused + 60_000, running: false });

		await timer('resume');
		s = await session(w.id);
		expect(s).toMatchObject({ remaining: null, running: true });
		expect(Math.abs(s.left! - (paused + 60_000))).toBeLessThan(2000);

		await timer('add-minute');
		const after = await session(w.id);
		expect(after.duration).toBe(240_000);
		expect(Math.abs(after.left! - (s.left! + 60_000))).toBeLessThan(2000);

		// Resume while running and pause while paused change nothing.
		const running = await one('select timer_ends_at from public.workshop_sessions where workshop_id = $1', [w.id]);
		await timer('resume');
		expect(await one('select timer_ends_at from public.workshop_sessions where workshop_id = $1', [w.id])).toEqual(running);

		await timer('reset');
		expect(await session(w.id)).toEqual({ duration: null, remaining: null, running: false, left: null });
	});

	it('summon and set_presenter change the session row for a facilitator', async () => {
		const w = await newWorkshop();
		expect((await rpc(w.facilitator, 'summon', { workshop: w.id, canvas: w.canvasId, note: 'n1' })).error).toBeNull();
		expect(await one('select summon_canvas_id, summon_note_id, summon_at is not null as at from public.workshop_sessions where workshop_id = $1', [w.id])).toEqual({
			summon_canvas_id: w.canvasId,
			summon_note_id: 'n1',
			at: true
		});
		expect((await rpc(w.facilitator, 'set_presenter', { workshop: w.id, presenting: true })).error).toBeNull();
		expect((await one('select presenter_id from public.workshop_sessions where workshop_id = $1', [w.id])).presenter_id).toBe(w.facilitator.id);
		expect((await rpc(w.facilitator, 'set_presenter', { workshop: w.id, presenting: false })).error).toBeNull();
		expect((await one('select presenter_id from public.workshop_sessions where workshop_id = $1', [w.id])).presenter_id).toBeNull();
	});
});

describe('agenda', () => {
	it('a new workshop has the six default phases', async () => {
		const w = await newWorkshop();
		const p = await member(w);
		const { data } = await p.client.from('agenda_phases').select('title, position').eq('workshop_id', w.id).order('position');
		expect(data).toEqual(['Welcome', 'Identify opportunities', 'Map value', 'Vote', 'Rank', 'Outcome'].map((title, position) => ({ title, position })));
	});

	it('participants cannot add, change or remove phases', async () => {
		const w = await newWorkshop();
		const p = await member(w);
		const before = await snapshot(w.id);
		const { data: phases } = await p.client.from('agenda_phases').select('id').eq('workshop_id', w.id);
		const inserted = await p.client.from('agenda_phases').insert({ workshop_id: w.id, position: 9, title: 'Mine' });
		expect(inserted.error?.code).toBe('42501');
		const updated = await p.client.from('agenda_phases').update({ title: 'Changed' }).eq('workshop_id', w.id).select();
		expect(updated.data).toEqual([]);
		const deleted = await p.client.from('agenda_phases').delete().eq('id', phases![0].id).select();
		expect(deleted.data).toEqual([]);
		expect(await snapshot(w.id)).toEqual(before);
		// The facilitator may (the same calls are not refused for everyone).
		expect((await w.facilitator.client.from('agenda_phases').update({ title: 'Changed' }).eq('id', phases![0].id).select()).data).toHaveLength(1);
	});

	it('set_phase with a round plan opens the round and summons everyone to its canvas', async () => {
		const w = await newWorkshop();
		const { data: vote } = await w.facilitator.client.from('agenda_phases').select('id').eq('workshop_id', w.id).eq('title', 'Vote').single();
		await db().query(
			`insert into public.canvas_notes (canvas_id, note_id, text, block, y) values ($1, 'n1', 'Bike lanes', 'ideas', 2), ($1, 'n2', 'Open data', 'ideas', 1), ($1, 'n3', 'Elsewhere', 'other', 0)`,
			[w.canvasId]
		);
		const plan = { kind: 'dots', block: 'ideas', budget: 4, cap: 2 };
		expect((await w.facilitator.client.from('agenda_phases').update({ canvas_id: w.canvasId, round_plan: plan }).eq('id', vote!.id)).error).toBeNull();
		expect((await rpc(w.facilitator, 'set_phase', { workshop: w.id, phase: vote!.id })).error).toBeNull();
		const s = await one('select phase_id, summon_canvas_id from public.workshop_sessions where workshop_id = $1', [w.id]);
		expect(s).toEqual({ phase_id: vote!.id, summon_canvas_id: w.canvasId });
		const round = await one('select kind, status, title, budget, cap, canvas_id, block from public.rounds where workshop_id = $1', [w.id]);
		expect(round).toEqual({ kind: 'dots', status: 'open', title: 'Vote', budget: 4, cap: 2, canvas_id: w.canvasId, block: 'ideas' });
		const { rows } = await db().query(
			'select c.label, c.note_id from public.round_candidates c join public.rounds r on r.id = c.round_id where r.workshop_id = $1 order by c.position',
			[w.id]
		);
		expect(rows).toEqual([
			{ label: 'Open data', note_id: 'n2' },
			{ label: 'Bike lanes', note_id: 'n1' }
		]);
		// Entering another phase while a round is open opens no second one.
		const { data: rank } = await w.facilitator.client.from('agenda_phases').select('id').eq('workshop_id', w.id).eq('title', 'Rank').single();
		await w.facilitator.client.from('agenda_phases').update({ round_plan: { kind: 'ranking' } }).eq('id', rank!.id);
		expect((await rpc(w.facilitator, 'set_phase', { workshop: w.id, phase: rank!.id })).error).toBeNull();
		expect((await one('select count(*)::int as n from public.rounds where workshop_id = $1', [w.id])).n).toBe(1);
	});
});
