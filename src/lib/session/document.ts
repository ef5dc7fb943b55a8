/**
 * The workshop's session documents, written only by the realtime server from
 * the database (src/lib/server/realtime/session-sync.ts), read by every
 * workshop page through one client class (workshop-session.svelte.ts):
 *
 * - room `session:<workshop id>`, for every member: locks, agenda, phase,
 *   timer, summon, presenter, rounds (public part) and revealed results;
 * - room `console:<workshop id>`, for facilitators only: live tallies, who has
 *   voted, how many drafts each person has written.
 *
 * Values are plain JSON under fixed keys; the write functions store a value
 * only when it changed, so a refresh that finds nothing new sends nothing.
 */
import type * as Y from 'yjs';
import type { Round, Tally } from '../domain/rounds.ts';

/** Canvas id -> locked. */
export const SESSION_LOCKS = 'locks';
/** Keys of STATE: agenda, phase, timer, summon, presenter. */
export const SESSION_STATE = 'state';
/** Round id -> Round. */
export const SESSION_ROUNDS = 'rounds';
/** Round id -> Tally, for revealed rounds only. */
export const SESSION_RESULTS = 'results';

/** Console: round id -> Tally, live. */
export const CONSOLE_TALLIES = 'tallies';
/** Console: round id -> user ids who have cast a ballot (or written a draft). */
export const CONSOLE_VOTED = 'voted';
/** Console: round id -> { user id: number of drafts }. */
export const CONSOLE_DRAFTS = 'drafts';

export interface Phase {
	id: string;
	title: string;
	canvasId: string | null;
	/** A round opened on entering the phase, if any. */
	roundPlan: RoundPlan | null;
}

export interface RoundPlan {
	kind: Round['kind'];
	title?: string;
	block?: string;
	budget?: number;
	cap?: number | null;
	criteria?: string[];
	show_authors?: boolean;
}

/**
 * The workshop's one timer, in server time (ms since the epoch). Running:
 * `endsAt` set. Paused: `remainingMs` set. Never counted on a client's clock.
 */
export interface TimerState {
	durationMs: number;
	endsAt: number | null;
	remainingMs: number | null;
}

/** Everyone is brought to a canvas, or to one note on it; `at` tells a new summon from an old one. */
export interface Summon {
	canvasId: string;
	noteId: string | null;
	at: number;
}

export interface SessionView {
	locks: Record<string, boolean>;
	agenda: Phase[];
	phaseId: string | null;
	timer: TimerState | null;
	summon: Summon | null;
	/** When set, only this person's pointer is shown on canvases. */
	presenterId: string | null;
	/** Every round of the workshop, oldest first. */
	rounds: Round[];
	results: Record<string, Tally>;
}

/** A session with nothing going on (before the room has synced). */
export const EMPTY_SESSION: SessionView = {
	locks: {},
	agenda: [],
	phaseId: null,
	timer: null,
	summon: null,
	presenterId: null,
	rounds: [],
	results: {}
};

export interface ConsoleView {
	tallies: Record<string, Tally>;
	voted: Record<string, string[]>;
	drafts: Record<string, Record<string, number>>;
}

/** The scalar parts of the session, as the server reads them from the database. */
export interface SessionState {
	agenda: Phase[];
	phaseId: string | null;
	timer: TimerState | null;
	summon: Summon | null;
	presenterId: string | null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Sets one key to a JSON value unless it already holds an equal one. */
function put(map: Y.Map<unknown>, key: string, value: unknown) {
	if (value === undefined || value === null) {
		if (map.has(key)) map.delete(key);
	} else if (!same(map.get(key), value)) map.set(key, value);
}

/** Makes a map hold exactly these entries. */
function putAll(map: Y.Map<unknown>, entries: Record<string, unknown>) {
	for (const key of [...map.keys()]) if (!(key in entries)) map.delete(key);
	for (const [key, value] of Object.entries(entries)) put(map, key, value);
}

export function writeSessionState(doc: Y.Doc, state: SessionState) {
	const map = doc.getMap<unknown>(SESSION_STATE);
	put(map, 'agenda', state.agenda);
	put(map, 'phase', state.phaseId);
	put(map, 'timer', state.timer);
	put(map, 'summon', state.summon);
	put(map, 'presenter', state.presenterId);
}

/** All rounds of the workshop, and the tallies of those revealed. */
export function writeRounds(doc: Y.Doc, rounds: Round[], results: Record<string, Tally>) {
	putAll(doc.getMap(SESSION_ROUNDS), Object.fromEntries(rounds.map((r) => [r.id, r])));
	putAll(doc.getMap(SESSION_RESULTS), results);
}

/** One round's public part (e.g. its count of voters after a cast). */
export function writeRound(doc: Y.Doc, round: Round, result: Tally | null) {
	put(doc.getMap(SESSION_ROUNDS), round.id, round);
	put(doc.getMap(SESSION_RESULTS), round.id, round.status === 'revealed' ? result : null);
}

export function writeLock(doc: Y.Doc, canvasId: string, locked: boolean | null) {
	put(doc.getMap(SESSION_LOCKS), canvasId, locked);
}

export function writeLocks(doc: Y.Doc, locks: Record<string, boolean>) {
	putAll(doc.getMap(SESSION_LOCKS), locks);
}

/** The console's part for one round. */
export function writeConsoleRound(doc: Y.Doc, roundId: string, part: { tally: Tally | null; voted: string[]; drafts: Record<string, number> | null }) {
	put(doc.getMap(CONSOLE_TALLIES), roundId, part.tally);
	put(doc.getMap(CONSOLE_VOTED), roundId, part.voted);
	put(doc.getMap(CONSOLE_DRAFTS), roundId, part.drafts);
}

const entries = <T>(doc: Y.Doc, name: string) => doc.getMap<T>(name).toJSON() as Record<string, T>;

export function readSession(doc: Y.Doc): SessionView {
	const state = doc.getMap<unknown>(SESSION_STATE);
	const rounds = Object.values(entries<Round>(doc, SESSION_ROUNDS)).sort((a, b) => a.openedAt - b.openedAt);
	return {
		locks: entries<boolean>(doc, SESSION_LOCKS),
		agenda: (state.get('agenda') as Phase[] | undefined) ?? [],
		phaseId: (state.get('phase') as string | undefined) ?? null,
		timer: (state.get('timer') as TimerState | undefined) ?? null,
		summon: (state.get('summon') as Summon | undefined) ?? null,
		presenterId: (state.get('presenter') as string | undefined) ?? null,
		rounds,
		results: entries<Tally>(doc, SESSION_RESULTS)
	};
}

export function readConsole(doc: Y.Doc): ConsoleView {
	return {
		tallies: entries<Tally>(doc, CONSOLE_TALLIES),
		voted: entries<string[]>(doc, CONSOLE_VOTED),
		drafts: entries<Record<string, number>>(doc, CONSOLE_DRAFTS)
	};
}

/** The round ballots go to now: the open one, if any. */
export const openRound = (view: SessionView): Round | null => view.rounds.find((r) => r.status === 'open') ?? null;

/** The round whose results are shown: the latest revealed one. */
export const latestRevealed = (view: SessionView): Round | null =>
	[...view.rounds].reverse().find((r) => r.status === 'revealed') ?? null;
