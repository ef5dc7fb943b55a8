/** For tests: a revealed round with these candidates (no canvas, no cap), changed by `extra`. */
import type { Candidate, Round } from './rounds.ts';

export const testRound = (kind: Round['kind'], candidates: Omit<Candidate, 'noteId'>[], extra: Partial<Round> = {}): Round => ({
	id: 'r1',
	kind,
	status: 'revealed',
	title: 'Which service first?',
	canvasId: null,
	block: null,
	budget: 3,
	cap: null,
	criteria: [],
	showAuthors: false,
	candidates: candidates.map((c) => ({ ...c, noteId: null })),
	voters: 3,
	eligible: 4,
	openedAt: 0,
	...extra
});
