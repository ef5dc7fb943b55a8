/**
 * The dots each note of a canvas received in the latest revealed dot-voting
 * round on it, for the badges on the notes. A plain Map (note id -> dots), so
 * a note card receives a number and re-renders only when its count changes.
 */
import type { SessionView } from '../../session/document.ts';

export function dotCounts(view: Pick<SessionView, 'rounds' | 'results'>, canvasId: string): Map<string, number> {
	const counts = new Map<string, number>();
	const round = view.rounds.findLast((r) => r.kind === 'dots' && r.status === 'revealed' && r.canvasId === canvasId);
	const tally = round && view.results[round.id];
	if (!round || tally?.kind !== 'dots') return counts;
	for (const candidate of round.candidates) {
		if (candidate.noteId === null) continue;
		const byStakeholder = tally.dots[candidate.id] ?? {};
		const total = Object.values(byStakeholder).reduce((sum, n) => sum + (n ?? 0), 0);
		counts.set(candidate.noteId, (counts.get(candidate.noteId) ?? 0) + total);
	}
	return counts;
}

/** Whether two counts say the same (the session view changes with every ballot cast; the badges need not). */
export function sameCounts(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): boolean {
	if (a.size !== b.size) return false;
	for (const [id, n] of a) if (b.get(id) !== n) return false;
	return true;
}
