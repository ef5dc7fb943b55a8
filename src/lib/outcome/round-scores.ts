/**
 * Scalability / replicability / sustainability from a revealed scoring round:
 * which of the round's criteria stands for which (by name where they match,
 * else the facilitator says), and the chosen candidate's mean score on each,
 * rounded to a whole 1 to 5 as the outcome holds it.
 */
import type { Round, Tally } from '../domain/rounds.ts';
import { rankCandidates, scoreResults } from '../domain/results.ts';
import { SRS, type SrsCriterion } from '../domain/use-cases.ts';

/** Criterion index per S/R/S, or null where the round has none for it. */
export type CriterionMap = Record<SrsCriterion, number | null>;

const normal = (name: string) => name.trim().toLowerCase();

/** Criteria named Scalability, Replicability, Sustainability (any case) map to themselves. */
export function matchCriteria(criteria: readonly string[]): CriterionMap {
	const found = (c: SrsCriterion) => {
		const index = criteria.findIndex((name) => normal(name) === c);
		return index < 0 ? null : index;
	};
	return { scalability: found('scalability'), replicability: found('replicability'), sustainability: found('sustainability') };
}

/** True when every criterion found a match by name: the page then need not ask. */
export const matchedAll = (map: CriterionMap) => SRS.every((c) => map[c] !== null);

/** The candidate the scores are taken for by default: the first place of the round. */
export function topCandidate(round: Round, tally: Tally): string | null {
	return rankCandidates(round, tally)[0]?.candidate.id ?? null;
}

/** The candidate's mean on each mapped criterion, rounded half up and kept within 1 to 5; null where none. */
export function scoresFromRound(round: Round, tally: Tally, candidateId: string, map: CriterionMap): Record<SrsCriterion, number | null> {
	const result = tally.kind === 'scores' ? scoreResults(round, tally).find((s) => s.candidate.id === candidateId) : undefined;
	const score = (c: SrsCriterion) => {
		const index = map[c];
		const mean = index === null ? null : (result?.criteria[index]?.all.mean ?? null);
		return mean === null ? null : Math.min(5, Math.max(1, Math.floor(mean + 0.5)));
	};
	return { scalability: score('scalability'), replicability: score('replicability'), sustainability: score('sustainability') };
}

/** Revealed scoring rounds that have results: the ones scores can be taken from. */
export function scoringRounds(rounds: readonly Round[], results: Readonly<Record<string, Tally>>): { round: Round; tally: Tally }[] {
	return rounds.flatMap((round) => {
		const tally = results[round.id];
		return round.kind === 'scores' && round.status === 'revealed' && tally?.kind === 'scores' ? [{ round, tally }] : [];
	});
}
