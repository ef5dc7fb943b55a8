/**
 * Summon and follow, as plain rules: when the facilitator brings everyone to a
 * canvas (or a note on it), a participant's pages go there and stay with it
 * until the person steps away (moves the view themselves, or goes elsewhere);
 * then they can jump back. Facilitators are never moved (their pages do not
 * call these). The state lives in summon-follower.svelte.ts.
 */
import type { Summon } from '../../session/document.ts';

/**
 * A summon first seen this long after it was made does not move anyone: the
 * person opened the workshop later, on their own (a reload, a second device,
 * a late arrival), and gets the jump-back button instead of being pulled.
 */
export const FRESH_SUMMON_MS = 2 * 60_000;

export interface FollowState {
	/** The summon now in force, if any. */
	target: Summon | null;
	/** The `at` of the last summon acted on: the same summon is never acted on twice. */
	handledAt: number | null;
	/** The person stepped away from the target. */
	away: boolean;
	/** Where the page should take the person next (a page takes it and clears it). */
	pending: { canvasId: string; noteId: string | null } | null;
}

export const NOT_FOLLOWING: FollowState = { target: null, handledAt: null, away: false, pending: null };

const destination = (summon: Summon) => ({ canvasId: summon.canvasId, noteId: summon.noteId });

/** The session's summon as read now (`serverNow`: the server's clock, as this device estimates it). */
export function seeSummon(state: FollowState, summon: Summon | null, serverNow: number): FollowState {
	if (!summon) return state.target || state.pending ? { ...state, target: null, away: false, pending: null } : state;
	if (summon.at === state.handledAt) return state;
	const fresh = serverNow - summon.at <= FRESH_SUMMON_MS;
	return { target: summon, handledAt: summon.at, away: !fresh, pending: fresh ? destination(summon) : null };
}

/** The person moved the view by themselves. */
export function stepAway(state: FollowState): FollowState {
	return state.target && !state.away && !state.pending ? { ...state, away: true } : state;
}

/** A page opened: on the target canvas it keeps following; anywhere else it has stepped away. */
export function arrive(state: FollowState, canvasId: string | null): FollowState {
	if (!state.target || state.pending || state.away || canvasId === state.target.canvasId) return state;
	return { ...state, away: true };
}

/** "Jump back": to the summoned canvas and note again. */
export function jumpBack(state: FollowState): FollowState {
	return state.target ? { ...state, away: false, pending: destination(state.target) } : state;
}

/** The page has shown the destination. */
export function shown(state: FollowState): FollowState {
	return state.pending ? { ...state, pending: null } : state;
}
