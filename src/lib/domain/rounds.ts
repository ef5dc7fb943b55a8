/**
 * Rounds of a workshop: what a facilitator opens (a private writing round, or
 * a round of decision: dots, scores, ranking), and the tallies the server
 * writes from the database. Plain data shared by the database layer, the
 * session document, the ballot screen and the results charts.
 */
import type { Stakeholder } from './stakeholders.ts';

export const ROUND_KINDS = ['writing', 'dots', 'scores', 'ranking'] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];
export const isRoundKind = (value: unknown): value is RoundKind =>
	typeof value === 'string' && (ROUND_KINDS as readonly string[]).includes(value);

/** open: ballots (or drafts) accepted; closed: final, not shown; revealed: shown to everyone. */
export const ROUND_STATUSES = ['open', 'closed', 'revealed'] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const DEFAULT_BUDGET = 3;
export const MAX_BUDGET = 20;
export const MAX_CANDIDATES = 40;
export const MAX_CRITERIA = 8;
export const SCORE_MIN = 1;
export const SCORE_MAX = 5;

/** Criteria sets a scoring round starts from (the facilitator may type their own). */
export const CRITERIA_SETS = {
	oulu: ['Scalability', 'Replicability', 'Sustainability'],
	atos: ['Public interest', 'Public engagement', 'Business viability', 'Market opportunities']
} as const satisfies Record<string, readonly string[]>;
export type CriteriaSet = keyof typeof CRITERIA_SETS;

/** A note put to the vote: its id in the round, the canvas note it stands for, its text when the round opened. */
export interface Candidate {
	id: string;
	noteId: string | null;
	label: string;
}

/** A round as every member sees it (the session document's `rounds`). */
export interface Round {
	id: string;
	kind: RoundKind;
	status: RoundStatus;
	title: string;
	canvasId: string | null;
	/** Writing rounds: the block the notes go to at reveal. */
	block: string | null;
	/** Dots: how many each person may give. */
	budget: number;
	/** Dots: at most this many on one candidate; null for no cap. */
	cap: number | null;
	/** Scores: the criteria, each scored 1 to 5. */
	criteria: string[];
	/** Writing rounds: whether notes carry their authors' names at reveal. */
	showAuthors: boolean;
	candidates: Candidate[];
	/** How many have cast a ballot (or written a draft), and how many may. */
	voters: number;
	eligible: number;
	/** Milliseconds since the epoch (server clock). */
	openedAt: number;
}

/** A count per stakeholder type; a type nobody of counted is absent. */
export type ByStakeholder = Partial<Record<Stakeholder, number>>;

/** Five counts: how many gave a score of 1, 2, 3, 4, 5. */
export type Histogram = [number, number, number, number, number];

/**
 * A round's tally as the server writes it (aggregates only, never who cast what).
 * `voters`: people who cast a ballot, per stakeholder type.
 */
export type Tally =
	| { kind: 'dots'; voters: ByStakeholder; dots: Record<string, ByStakeholder> }
	/** scores[candidate id][criterion index] per stakeholder type. */
	| { kind: 'scores'; voters: ByStakeholder; scores: Record<string, Partial<Record<Stakeholder, Histogram>>[]> }
	/** Borda points per candidate and stakeholder type: n - place for a list of n. */
	| { kind: 'ranking'; voters: ByStakeholder; points: Record<string, ByStakeholder> };

/** One person's own ballot, as the ballot screen shows it after a reload. */
export type OwnBallot =
	| { kind: 'dots'; dots: Record<string, number> }
	| { kind: 'scores'; scores: Record<string, (number | null)[]> }
	| { kind: 'ranking'; order: string[] };
