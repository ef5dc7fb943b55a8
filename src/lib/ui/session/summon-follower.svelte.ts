/**
 * A participant's following of the facilitator's summons (rules in follow.ts),
 * one per workshop session, so it outlives the page: the workshop page hands
 * it to the canvas page it navigates to. Pages wire it with `followSummons`.
 */
import { untrack } from 'svelte';
import { goto } from '$app/navigation';
import type { SessionHolder } from '$lib/session/context.svelte';
import * as follow from './follow';

export class SummonFollower {
	#state = $state.raw<follow.FollowState>(follow.NOT_FOLLOWING);

	/** The person stepped away from a summon still in force: offer "Jump back". */
	get canJumpBack(): boolean {
		return this.#state.target !== null && this.#state.away;
	}

	/** Where the page should take the person now, if anywhere. */
	get pending() {
		return this.#state.pending;
	}

	see(summon: Parameters<typeof follow.seeSummon>[1], serverNow: number) {
		this.#state = follow.seeSummon(this.#state, summon, serverNow);
	}

	stepAway() {
		const next = follow.stepAway(this.#state);
		if (next !== this.#state) this.#state = next;
	}

	arrive(canvasId: string | null) {
		this.#state = follow.arrive(this.#state, canvasId);
	}

	jumpBack() {
		this.#state = follow.jumpBack(this.#state);
	}

	shown() {
		this.#state = follow.shown(this.#state);
	}
}

const followers = new WeakMap<SessionHolder, SummonFollower>();

export function summonFollower(holder: SessionHolder): SummonFollower {
	let follower = followers.get(holder);
	if (!follower) followers.set(holder, (follower = new SummonFollower()));
	return follower;
}

/**
 * Call while a workshop page initialises. `canvasId`: the canvas the page shows
 * (null for the workshop page). `ready`: the page can show a note now (its
 * board is there); `show`: centres the board on the note (or fits the canvas).
 * Facilitators are not moved: for them this does nothing.
 */
export function followSummons(
	holder: SessionHolder,
	page: { canvasId: () => string | null; ready?: () => boolean; show?: (noteId: string | null) => void }
): SummonFollower {
	const follower = summonFollower(holder);
	if (holder.me.role === 'facilitator') return follower;

	$effect(() => {
		const session = holder.session;
		if (!session) return;
		const summon = session.view.summon;
		untrack(() => follower.see(summon, session.serverNow));
	});

	$effect(() => {
		const here = page.canvasId();
		untrack(() => follower.arrive(here));
	});

	$effect(() => {
		const next = follower.pending;
		const here = page.canvasId();
		const ready = page.ready?.() ?? false;
		if (!next) return;
		untrack(() => {
			if (next.canvasId !== here) void goto(`/w/${holder.workshopId}/c/${next.canvasId}`);
			else if (ready) {
				page.show?.(next.noteId);
				follower.shown();
			}
		});
	});

	return follower;
}
