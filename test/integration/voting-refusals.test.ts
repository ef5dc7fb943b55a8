/**
 * Every refusal of the voting and session functions, through supabase-js
 * against the real stack: the stable key in the error's hint, and not one row
 * changed in any facilitation table (read as the superuser).
 */
import type { PostgrestSingleResponse } from '@supabase/supabase-js';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDb, db, one } from './helpers';
import { member, newWorkshop, openRound, person, rpc, snapshot, type Person, type Workshop } from './voting-helpers';

afterAll(closeDb);

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
		'a cast in a round that does not exist': { hint: 'not-found', call: (w) => rpc(w.participant, 'cast_vote', { round: crypto.randomUUID(), candidate: w.dots.candidates[1] }) },
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
