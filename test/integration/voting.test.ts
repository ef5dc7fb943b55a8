/**
 * Integrity of voting, through supabase-js against the real stack: every
 * refusal with its stable hint and nothing changed, budgets under concurrent
 * casts, closing while casts are in flight, who reads which ballots when, the
 * tallies by hand, the session functions and the agenda.
 */
import type { PostgrestSingleResponse } from '@supabase/supabase-js';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, db, one } from './helpers';
import { member, newWorkshop, openRound, person, snapshot, type Person, type Workshop } from './voting-helpers';

afterAll(closeDb);

const rpc = (p: Person, fn: string, args: Record<string, unknown>) => p.client.rpc(fn, args) as unknown as Promise<PostgrestSingleResponse<unknown>>;

describe('refusals', () => {
	interface World {
		workshop: Workshop;
		scoresWorkshop: Workshop;
		rankingWorkshop: Workshop;
		f: Person;
		participant: Person;
		observer: Person;
		outsider: Person;
		removed: Person;
		dots: { round: string; candidates: string[] };
		scores: { round: string; candidates: string[] };
		ranking: { round: string; candidates: string[] };
	}
	/** A refused call: `prepare` sets the scene (not checked), then `call` must change no row. */
	interface Case {
		hint: string;
		prepare?: (w: World) => Promise<unknown>;
		call: (w: World) => Promise<PostgrestSingleResponse<unknown>>;
	}

	/**
	 * Only one round may be open per workshop, so the scoring and ranking rounds
	 * are in workshops of their own, with the same participant and observer.
	 */
	async function world(): Promise<World> {
		const workshop = await newWorkshop();
		const participant = await member(workshop);
		const observer = await member(workshop, 'observer');
		const removed = await member(workshop);
		const outsider = await person();
		const dots = await openRound(workshop, { budget: 2, cap: 1 });
		// One dot spent on the first candidate, so the cap has something to hit.
		expect((await rpc(participant, 'cast_vote', { round: dots.round, candidate: dots.candidates[0] })).data).toBe(1);
		await db().query('delete from public.workshop_members where workshop_id = $1 and user_id = $2', [workshop.id, removed.id]);
		const join = (w: Workshop, p: Person, role: string) =>
			db().query(`insert into public.workshop_members (workshop_id, user_id, role, stakeholder, display_name) values ($1, $2, $3, 'citizen', 'x')`, [
				w.id,
				p.id,
				role
			]);
		const scoresWorkshop = await newWorkshop();
		const rankingWorkshop = await newWorkshop();
		for (const w of [scoresWorkshop, rankingWorkshop]) {
			await join(w, participant, 'participant');
			await join(w, observer, 'observer');
		}
		const scores = await openRound(scoresWorkshop, { kind: 'scores', criteria: ['One', 'Two'] });
		const ranking = await openRound(rankingWorkshop, { kind: 'ranking' });
		return { workshop, scoresWorkshop, rankingWorkshop, f: workshop.facilitator, participant, observer, outsider, removed, dots, scores, ranking };
	}

	const openArgs = (w: World, extra: Record<string, unknown>) => ({
		workshop: w.workshop.id,
		kind: 'dots',
		title: 'x',
		canvas: null,
		block: null,
		budget: 3,
		cap: null,
		criteria: [],
		show_authors: true,
		candidates: [{ label: 'a' }, { label: 'b' }],
		...extra
	});
	const closeDots = (w: World) => rpc(w.f, 'close_round', { round: w.dots.round });
	const closeAll = async (w: World) => {
		await closeDots(w);
		await rpc(w.scoresWorkshop.facilitator, 'close_round', { round: w.scores.round });
		await rpc(w.rankingWorkshop.facilitator, 'close_round', { round: w.ranking.round });
	};
	const vote = (p: Person, w: World, i = 1) => rpc(p, 'cast_vote', { round: w.dots.round, candidate: w.dots.candidates[i] });
	const score = (p: Person, w: World, criterion: number, value: number, candidate = w.scores.candidates[0]) =>
		rpc(p, 'cast_score', { round: w.scores.round, candidate, criterion, score: value });

	const cases: Record<string, Case> = {
		'an outsider casts': { hint: 'not-member', call: (w) => vote(w.outsider, w) },
		'a removed member casts': { hint: 'not-member', call: (w) => vote(w.removed, w) },
		'a removed member withdraws': { hint: 'not-member', call: (w) => rpc(w.removed, 'withdraw_vote', { round: w.dots.round, candidate: w.dots.candidates[0] }) },
		'an observer casts a dot': { hint: 'observer', call: (w) => vote(w.observer, w) },
		'an observer scores': { hint: 'observer', call: (w) => score(w.observer, w, 0, 3) },
		'an observer ranks': { hint: 'observer', call: (w) => rpc(w.observer, 'cast_ranking', { round: w.ranking.round, candidates: w.ranking.candidates }) },
		'a dot in a scoring round': { hint: 'round-kind', call: (w) => rpc(w.participant, 'cast_vote', { round: w.scores.round, candidate: w.scores.candidates[0] }) },
		'a score in a dot round': {
			hint: 'round-kind',
			call: (w) => rpc(w.participant, 'cast_score', { round: w.dots.round, candidate: w.dots.candidates[0], criterion: 0, score: 3 })
		},
		'a ranking in a dot round': { hint: 'round-kind', call: (w) => rpc(w.participant, 'cast_ranking', { round: w.dots.round, candidates: w.dots.candidates }) },
		'a round of an unknown kind': { hint: 'round-kind', prepare: closeDots, call: (w) => rpc(w.f, 'open_round', openArgs(w, { kind: 'lottery' })) },
		'a dot in a closed round': { hint: 'round-closed', prepare: closeAll, call: (w) => vote(w.participant, w) },
		'a withdrawal in a closed round': {
			hint: 'round-closed',
			prepare: closeAll,
			call: (w) => rpc(w.participant, 'withdraw_vote', { round: w.dots.round, candidate: w.dots.candidates[0] })
		},
		'a score in a closed round': { hint: 'round-closed', prepare: closeAll, call: (w) => score(w.participant, w, 0, 4) },
		'a ranking in a closed round': {
			hint: 'round-closed',
			prepare: closeAll,
			call: (w) => rpc(w.participant, 'cast_ranking', { round: w.ranking.round, candidates: w.ranking.candidates })
		},
		'a dot in a revealed round': { hint: 'round-closed', prepare: (w) => rpc(w.f, 'reveal_round', { round: w.dots.round }), call: (w) => vote(w.participant, w) },
		'a dot over the budget': { hint: 'budget', prepare: (w) => vote(w.participant, w, 1), call: (w) => vote(w.participant, w, 2) },
		'a second dot on a capped note': { hint: 'cap', call: (w) => vote(w.participant, w, 0) },
		'a candidate of another round': { hint: 'not-candidate', call: (w) => rpc(w.participant, 'cast_vote', { round: w.dots.round, candidate: w.scores.candidates[0] }) },
		'withdrawing from a candidate of another round': {
			hint: 'not-candidate',
			call: (w) => rpc(w.participant, 'withdraw_vote', { round: w.dots.round, candidate: w.scores.candidates[0] })
		},
		'a score for a candidate of another round': { hint: 'not-candidate', call: (w) => score(w.participant, w, 0, 3, w.dots.candidates[0]) },
		'withdrawing a dot never given': { hint: 'no-vote', call: (w) => rpc(w.participant, 'withdraw_vote', { round: w.dots.round, candidate: w.dots.candidates[1] }) },
		'a criterion past the last': { hint: 'not-criterion', call: (w) => score(w.participant, w, 2, 3) },
		'a negative criterion': { hint: 'not-criterion', call: (w) => score(w.participant, w, -1, 3) },
		'a score of 0': { hint: 'score-range', call: (w) => score(w.participant, w, 0, 0) },
		'a score of 6': { hint: 'score-range', call: (w) => score(w.participant, w, 1, 6) },
		'a ranking missing a candidate': {
			hint: 'ranking-incomplete',
			call: (w) => rpc(w.participant, 'cast_ranking', { round: w.ranking.round, candidates: w.ranking.candidates.slice(0, 2) })
		},
		'a ranking listing one twice': {
			hint: 'ranking-incomplete',
			call: (w) => {
				const [a, b] = w.ranking.candidates;
				return rpc(w.participant, 'cast_ranking', { round: w.ranking.round, candidates: [a, a, b] });
			}
		},
		'a ranking with a stranger': {
			hint: 'ranking-incomplete',
			call: (w) => {
				const [a, b] = w.ranking.candidates;
				return rpc(w.participant, 'cast_ranking', { round: w.ranking.round, candidates: [a, b, w.dots.candidates[0]] });
			}
		},
		'a participant reads the tally before reveal': { hint: 'hidden', call: (w) => rpc(w.participant, 'round_tally', { round: w.dots.round }) },
		'a participant reads the tally of a closed round': { hint: 'hidden', prepare: closeDots, call: (w) => rpc(w.participant, 'round_tally', { round: w.dots.round }) },
		'an outsider reads the tally': { hint: 'hidden', call: (w) => rpc(w.outsider, 'round_tally', { round: w.dots.round }) },
		'a participant opens a round': { hint: 'not-facilitator', prepare: closeDots, call: (w) => rpc(w.participant, 'open_round', openArgs(w, {})) },
		'a participant closes the round': { hint: 'not-facilitator', call: (w) => rpc(w.participant, 'close_round', { round: w.dots.round }) },
		'a participant reveals the round': { hint: 'not-facilitator', call: (w) => rpc(w.participant, 'reveal_round', { round: w.dots.round }) },
		'an observer closes the round': { hint: 'not-facilitator', call: (w) => rpc(w.observer, 'close_round', { round: w.dots.round }) },
		'a facilitator of another workshop closes the round': { hint: 'not-facilitator', call: (w) => rpc(w.scoresWorkshop.facilitator, 'close_round', { round: w.dots.round }) },
		'a second open round': { hint: 'round-open', call: (w) => rpc(w.f, 'open_round', openArgs(w, {})) },
		'a round of decision with one candidate': {
			hint: 'round-candidates',
			prepare: closeDots,
			call: (w) => rpc(w.f, 'open_round', openArgs(w, { candidates: [{ label: 'only' }, { label: '  ' }] }))
		},
		'a writing round without a block': {
			hint: 'round-block',
			prepare: closeDots,
			call: (w) => rpc(w.f, 'open_round', openArgs(w, { kind: 'writing', canvas: w.workshop.canvasId, block: '', candidates: null }))
		},
		'a scoring round without criteria': { hint: 'round-criteria', prepare: closeDots, call: (w) => rpc(w.f, 'open_round', openArgs(w, { kind: 'scores' })) },
		'a participant starts the timer': { hint: 'not-facilitator', call: (w) => rpc(w.participant, 'control_timer', { workshop: w.workshop.id, action: 'start', duration_ms: 60000 }) },
		'an observer starts the timer': { hint: 'not-facilitator', call: (w) => rpc(w.observer, 'control_timer', { workshop: w.workshop.id, action: 'start', duration_ms: 60000 }) },
		'an outsider resets the timer': { hint: 'not-facilitator', call: (w) => rpc(w.outsider, 'control_timer', { workshop: w.workshop.id, action: 'reset', duration_ms: null }) },
		'a participant sets the phase': { hint: 'not-facilitator', call: (w) => rpc(w.participant, 'set_phase', { workshop: w.workshop.id, phase: null }) },
		'a participant summons': { hint: 'not-facilitator', call: (w) => rpc(w.participant, 'summon', { workshop: w.workshop.id, canvas: w.workshop.canvasId, note: null }) },
		'a participant presents': { hint: 'not-facilitator', call: (w) => rpc(w.participant, 'set_presenter', { workshop: w.workshop.id, presenting: true }) },
		'a timer of half a second': { hint: 'timer-duration', call: (w) => rpc(w.f, 'control_timer', { workshop: w.workshop.id, action: 'start', duration_ms: 500 }) },
		'an unknown timer action': { hint: 'timer-action', call: (w) => rpc(w.f, 'control_timer', { workshop: w.workshop.id, action: 'rewind', duration_ms: null }) },
		'a phase of another workshop': {
			hint: 'not-found',
			call: async (w) => {
				const other = await one<{ id: string }>('select id from public.agenda_phases where workshop_id = $1 limit 1', [w.scoresWorkshop.id]);
				return rpc(w.f, 'set_phase', { workshop: w.workshop.id, phase: other.id });
			}
		},
		'summoning to a canvas of another workshop': {
			hint: 'not-found',
			call: (w) => rpc(w.f, 'summon', { workshop: w.workshop.id, canvas: w.scoresWorkshop.canvasId, note: null })
		}
	};

	const everything = (w: World) => Promise.all([w.workshop, w.scoresWorkshop, w.rankingWorkshop].map((x) => snapshot(x.id)));

	it.each(Object.entries(cases))('%s: refused and nothing changed', async (_name, { hint, prepare, call }) => {
		const w = await world();
		if (prepare) await prepare(w);
		const before = await everything(w);
		const result = await call(w);
		expect(result.error?.hint).toBe(hint);
		expect(result.data).toBeNull();
		expect(await everything(w)).toEqual(before);
	});
});

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
			const closer = async () => {
				await new Promise((ok) => setTimeout(ok, 40 + attempt * 15));
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
