/**
 * What a round's tally means: candidates ranked, split by stakeholder type;
 * consensus and division between groups; score statistics; each group's top
 * three. Pure, from the round and the tally the server writes.
 */
import { STAKEHOLDERS, type Stakeholder } from './stakeholders.ts';
import { SCORE_MAX, type ByStakeholder, type Candidate, type Round, type Tally } from './rounds.ts';
import { addHistograms, emptyHistogram, histogramCount, histogramStats, histogramSum, type HistogramStats } from './histogram.ts';

export type ResultKind = Tally['kind'];

/** Float sums of shares and means compare equal within this. */
const EPSILON = 1e-9;
/** Scores: a group supports a candidate when its mean score is at least this. */
export const SCORE_SUPPORT = 3.5;
/** Scores: a candidate divides groups when their mean scores are at least this far apart. */
export const SCORE_DIVISION = 1;
/** How many divisive candidates to name, and how many places each group's top list has. */
export const DIVISION_LIMIT = 3;
export const TOP_LIMIT = 3;

const share = 'an equal share (what it gave in all, divided by the number of candidates)';
const groupsNote = 'Stakeholder groups with no voters are left out.';
/** The consensus rule per kind of round, as the results print it beside the chart. */
export const CONSENSUS_RULE: Record<ResultKind, string> = {
	dots: `Consensus: every stakeholder group that voted gave the candidate at least ${share} of its dots. ${groupsNote}`,
	ranking: `Consensus: every stakeholder group that voted gave the candidate at least ${share} of its Borda points, that is, ranked it at or above the middle place on average. ${groupsNote}`,
	scores: `Consensus: every stakeholder group that voted gave the candidate a mean score of at least ${SCORE_SUPPORT} of ${SCORE_MAX} over the criteria. ${groupsNote}`
};
const divisionNote = `At most ${DIVISION_LIMIT}, the widest gap first; with a single group there is no division.`;
/** The division rule per kind of round. */
export const DIVISION_RULE: Record<ResultKind, string> = {
	dots: `Division: candidates whose share of a group's dots differs between two groups by at least an equal share. ${divisionNote}`,
	ranking: `Division: candidates whose share of a group's Borda points differs between two groups by at least an equal share. ${divisionNote}`,
	scores: `Division: candidates whose mean score (over the criteria) differs between two groups by at least ${SCORE_DIVISION} point. ${divisionNote}`
};

export interface GroupPart {
	stakeholder: Stakeholder;
	value: number;
}

export interface RankedCandidate {
	candidate: Candidate;
	/** 1 + how many candidates have a higher total: tied candidates share a place. */
	place: number;
	/** Dots, Borda points, or mean score (the mean of the criteria's means). */
	total: number;
	/** Each voting group's part of the total, in STAKEHOLDERS order; the parts add up to the total. */
	parts: GroupPart[];
}

export interface Division {
	candidate: Candidate;
	gap: number;
	highest: GroupPart;
	lowest: GroupPart;
}

/** The groups with at least one voter, in STAKEHOLDERS order. Everything else leaves the others out. */
export const votingGroups = (tally: Tally): Stakeholder[] => STAKEHOLDERS.filter((s) => (tally.voters[s] ?? 0) > 0);

const histogramsOf = (tally: Tally & { kind: 'scores' }, candidateId: string) => tally.scores[candidateId] ?? [];

/**
 * Scores: each group's part of a candidate's mean score. A criterion's mean is
 * the sum of all its scores over their count, so a group's part of it is the
 * group's sum over that same count; the candidate's mean is the mean over the
 * criteria that have scores, and so are the parts.
 */
function scoreParts(round: Round, tally: Tally & { kind: 'scores' }, candidateId: string, groups: Stakeholder[]): number[] {
	const perCriterion = histogramsOf(tally, candidateId);
	const parts = groups.map(() => 0);
	let scored = 0;
	round.criteria.forEach((_, k) => {
		const byGroup = perCriterion[k] ?? {};
		const count = groups.reduce((n, g) => n + histogramCount(byGroup[g] ?? emptyHistogram()), 0);
		if (count === 0) return;
		scored++;
		groups.forEach((g, i) => (parts[i] += byGroup[g] ? histogramSum(byGroup[g]) / count : 0));
	});
	return scored === 0 ? parts : parts.map((p) => p / scored);
}

/** Candidates by total, highest first; equal totals keep the round's candidate order. */
export function rankCandidates(round: Round, tally: Tally): RankedCandidate[] {
	const groups = votingGroups(tally);
	const rows = round.candidates.map((candidate, index) => {
		const values =
			tally.kind === 'scores'
				? scoreParts(round, tally, candidate.id, groups)
				: groups.map((g) => (tally.kind === 'dots' ? tally.dots : tally.points)[candidate.id]?.[g] ?? 0);
		const parts = groups.map((stakeholder, i) => ({ stakeholder, value: values[i] }));
		return { candidate, index, parts, total: values.reduce((a, b) => a + b, 0) };
	});
	rows.sort((a, b) => (Math.abs(b.total - a.total) > EPSILON ? b.total - a.total : a.index - b.index));
	return rows.map(({ candidate, parts, total }) => ({
		candidate,
		parts,
		total,
		place: 1 + rows.filter((r) => r.total - total > EPSILON).length
	}));
}

/**
 * A group's support for each candidate, normalised so that groups of any size
 * compare: its share of the group's dots or Borda points, or its mean score
 * over the criteria (null where the group scored it on nothing). A group that
 * gave nothing at all is left out.
 */
export function groupSupport(round: Round, tally: Tally): Map<Stakeholder, Map<string, number | null>> {
	const support = new Map<Stakeholder, Map<string, number | null>>();
	for (const g of votingGroups(tally)) {
		const values = new Map<string, number | null>();
		if (tally.kind === 'scores') {
			for (const c of round.candidates) values.set(c.id, groupMeanScore(round, tally, c.id, g));
			if ([...values.values()].every((v) => v === null)) continue;
		} else {
			const given = tally.kind === 'dots' ? tally.dots : tally.points;
			const all = round.candidates.reduce((sum, c) => sum + (given[c.id]?.[g] ?? 0), 0);
			if (all <= 0) continue;
			for (const c of round.candidates) values.set(c.id, (given[c.id]?.[g] ?? 0) / all);
		}
		support.set(g, values);
	}
	return support;
}

/** A group's mean score for a candidate: the mean of its means on each criterion it scored. */
function groupMeanScore(round: Round, tally: Tally & { kind: 'scores' }, candidateId: string, g: Stakeholder): number | null {
	const means = round.criteria
		.map((_, k) => histogramStats(histogramsOf(tally, candidateId)[k]?.[g] ?? emptyHistogram()).mean)
		.filter((m): m is number => m !== null);
	return means.length ? means.reduce((a, b) => a + b, 0) / means.length : null;
}

/** Candidates every voting group supports (see CONSENSUS_RULE), in ranked order. */
export function consensus(round: Round, tally: Tally, ranked = rankCandidates(round, tally)): Candidate[] {
	const support = [...groupSupport(round, tally).values()];
	if (support.length === 0) return [];
	const threshold = tally.kind === 'scores' ? SCORE_SUPPORT : 1 / round.candidates.length;
	return ranked
		.map((r) => r.candidate)
		.filter((c) => support.every((values) => (values.get(c.id) ?? -Infinity) >= threshold - EPSILON));
}

/** Candidates whose support differs most between two groups (see DIVISION_RULE). */
export function division(round: Round, tally: Tally): Division[] {
	const support = groupSupport(round, tally);
	if (support.size < 2) return [];
	const threshold = tally.kind === 'scores' ? SCORE_DIVISION : 1 / round.candidates.length;
	const found: (Division & { index: number })[] = [];
	round.candidates.forEach((candidate, index) => {
		const parts: GroupPart[] = [];
		for (const [stakeholder, values] of support) {
			const value = values.get(candidate.id);
			if (value !== null && value !== undefined) parts.push({ stakeholder, value });
		}
		if (parts.length < 2) return;
		// First of the highest and first of the lowest, in STAKEHOLDERS order.
		const highest = parts.reduce((a, b) => (b.value > a.value + EPSILON ? b : a));
		const lowest = parts.reduce((a, b) => (b.value < a.value - EPSILON ? b : a));
		const gap = highest.value - lowest.value;
		if (gap >= threshold - EPSILON) found.push({ candidate, gap, highest, lowest, index });
	});
	found.sort((a, b) => (Math.abs(b.gap - a.gap) > EPSILON ? b.gap - a.gap : a.index - b.index));
	return found.slice(0, DIVISION_LIMIT).map(({ candidate, gap, highest, lowest }) => ({ candidate, gap, highest, lowest }));
}

export interface CriterionResult {
	criterion: string;
	/** Everyone's scores on this criterion. */
	all: HistogramStats;
	/** Each voting group's scores (mean and the rest null where it gave none), in STAKEHOLDERS order. */
	byGroup: ({ stakeholder: Stakeholder } & HistogramStats)[];
}

export interface CandidateScores {
	candidate: Candidate;
	criteria: CriterionResult[];
}

/** Per candidate (in the round's order) and criterion: mean, median, spread, and each group's mean. */
export function scoreResults(round: Round, tally: Tally & { kind: 'scores' }): CandidateScores[] {
	const groups = votingGroups(tally);
	return round.candidates.map((candidate) => ({
		candidate,
		criteria: round.criteria.map((criterion, k) => {
			const byGroup = histogramsOf(tally, candidate.id)[k] ?? {};
			const all = groups.reduce((sum, g) => addHistograms(sum, byGroup[g] ?? emptyHistogram()), emptyHistogram());
			return {
				criterion,
				all: histogramStats(all),
				byGroup: groups.map((stakeholder) => ({ stakeholder, ...histogramStats(byGroup[stakeholder] ?? emptyHistogram()) }))
			};
		})
	}));
}

export interface Disagreement {
	candidate: Candidate;
	criterion: string;
	gap: number;
	highest: { stakeholder: Stakeholder; mean: number };
	lowest: { stakeholder: Stakeholder; mean: number };
}

/** Where groups' mean scores on one criterion lie furthest apart, widest first (ties: candidate, then criterion order). */
export function scoreDisagreements(scores: CandidateScores[], limit = DIVISION_LIMIT): Disagreement[] {
	const found: Disagreement[] = [];
	for (const { candidate, criteria } of scores) {
		for (const { criterion, byGroup } of criteria) {
			const means = byGroup.filter((g): g is typeof g & { mean: number } => g.mean !== null);
			if (means.length < 2) continue;
			const highest = means.reduce((a, b) => (b.mean > a.mean + EPSILON ? b : a));
			const lowest = means.reduce((a, b) => (b.mean < a.mean - EPSILON ? b : a));
			const gap = highest.mean - lowest.mean;
			if (gap > EPSILON) {
				found.push({ candidate, criterion, gap, highest: { stakeholder: highest.stakeholder, mean: highest.mean }, lowest: { stakeholder: lowest.stakeholder, mean: lowest.mean } });
			}
		}
	}
	// A stable sort keeps candidate, then criterion order among equal gaps.
	return found.sort((a, b) => (Math.abs(b.gap - a.gap) > EPSILON ? b.gap - a.gap : 0)).slice(0, limit);
}

export interface GroupTop {
	stakeholder: Stakeholder;
	top: { candidate: Candidate; value: number }[];
}

/**
 * Each voting group's first candidates by its own dots, Borda points or mean
 * score, ties in the round's candidate order; candidates the group gave
 * nothing to (or did not score) are not listed.
 */
export function groupTops(round: Round, tally: Tally, limit = TOP_LIMIT): GroupTop[] {
	return votingGroups(tally).map((stakeholder) => {
		const rows = round.candidates.map((candidate, index) => {
			const value =
				tally.kind === 'scores'
					? groupMeanScore(round, tally, candidate.id, stakeholder)
					: (tally.kind === 'dots' ? tally.dots : tally.points)[candidate.id]?.[stakeholder] ?? 0;
			return { candidate, index, value };
		});
		const given = rows.filter((r): r is typeof r & { value: number } => r.value !== null && (tally.kind === 'scores' || r.value > 0));
		given.sort((a, b) => (Math.abs(b.value - a.value) > EPSILON ? b.value - a.value : a.index - b.index));
		return { stakeholder, top: given.slice(0, limit).map(({ candidate, value }) => ({ candidate, value })) };
	});
}

/** Everything the results show for one round. */
export interface RoundResults {
	kind: ResultKind;
	groups: Stakeholder[];
	voters: ByStakeholder;
	ranked: RankedCandidate[];
	consensus: Candidate[];
	division: Division[];
	/** Scores rounds only; empty otherwise. */
	scores: CandidateScores[];
	disagreements: Disagreement[];
	tops: GroupTop[];
}

export function roundResults(round: Round, tally: Tally): RoundResults {
	const ranked = rankCandidates(round, tally);
	const scores = tally.kind === 'scores' ? scoreResults(round, tally) : [];
	return {
		kind: tally.kind,
		groups: votingGroups(tally),
		voters: tally.voters,
		ranked,
		consensus: consensus(round, tally, ranked),
		division: division(round, tally),
		scores,
		disagreements: scoreDisagreements(scores),
		tops: groupTops(round, tally)
	};
}
