/**
 * The ballot rules as the ballot screen mirrors them. The database is the
 * authority (its functions refuse what breaks these rules); these only decide
 * which buttons are enabled and what the screen says, so a refusal is rare.
 */
import type { Round } from './rounds.ts';

/** Dots a person still has to give; never below zero. */
export function dotsLeft(budget: number, ownDots: Readonly<Record<string, number>>): number {
	const given = Object.values(ownDots).reduce((sum, n) => sum + Math.max(0, n), 0);
	return Math.max(0, budget - given);
}

export type AddDotCheck = { ok: true } | { ok: false; reason: 'budget' | 'cap' };

/**
 * Whether one more dot may go on a candidate. The budget is checked first:
 * with no dots left, every candidate says so, whatever its cap.
 */
export function canAddDot(
	round: Pick<Round, 'budget' | 'cap'>,
	ownDots: Readonly<Record<string, number>>,
	candidateId: string
): AddDotCheck {
	if (dotsLeft(round.budget, ownDots) <= 0) return { ok: false, reason: 'budget' };
	if (round.cap !== null && (ownDots[candidateId] ?? 0) >= round.cap) return { ok: false, reason: 'cap' };
	return { ok: true };
}

/** Borda points for a 1-based place in a list of n: the first gets n - 1, the last 0. */
export function bordaPoints(place: number, n: number): number {
	if (!Number.isInteger(place) || !Number.isInteger(n) || place < 1 || place > n) {
		throw new RangeError(`place ${place} is not a place in a list of ${n}`);
	}
	return n - place;
}

/**
 * The order with one candidate moved by delta places (negative: up), stopping
 * at either end. An id not in the order leaves it as it was. Returns a new array.
 */
export function moveInOrder(order: readonly string[], id: string, delta: number): string[] {
	const next = [...order];
	const from = next.indexOf(id);
	if (from < 0 || !Number.isFinite(delta)) return next;
	const to = Math.min(next.length - 1, Math.max(0, from + Math.trunc(delta)));
	next.splice(from, 1);
	next.splice(to, 0, id);
	return next;
}

/** Whether an order places every candidate of the round exactly once, and nothing else. */
export function isCompleteRanking(round: Pick<Round, 'candidates'>, order: readonly string[]): boolean {
	const ids = new Set(round.candidates.map((c) => c.id));
	return order.length === ids.size && new Set(order).size === order.length && order.every((id) => ids.has(id));
}
