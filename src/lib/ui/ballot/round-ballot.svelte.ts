/**
 * One person's ballot in the open round, as the round screen shows it: their
 * dots, scores, order or drafts, loaded from the server (so a reload or a
 * reconnect shows them again) and changed one intent at a time. A change
 * shows at once and is rolled back if the database refuses it; the refusal's
 * message (written for people by the server) is kept beside what failed.
 */
import { canAddDot, dotsLeft, isCompleteRanking, moveInOrder, type AddDotCheck } from '$lib/domain/voting';
import type { OwnBallot, Round } from '$lib/domain/rounds';
import { ActionError, ballotAction, draftAction, OFFLINE_MESSAGE, ownBallot, ownDrafts, type Draft } from '$lib/session/actions';
import type { BallotRequest, DraftRequest } from '$lib/session/requests';

/** The server, as the ballot sees it (actions.ts in the browser; a stand-in in unit tests). */
export interface BallotApi {
	cast(request: BallotRequest): Promise<number | null>;
	own(kind: OwnBallot['kind']): Promise<OwnBallot>;
	drafts(): Promise<Draft[]>;
	draft(request: DraftRequest): Promise<Draft | null>;
}

export const ballotApi = (workshopId: string, roundId: string): BallotApi => ({
	cast: (request) => ballotAction(workshopId, roundId, request),
	own: (kind) => ownBallot(workshopId, roundId, kind),
	drafts: () => ownDrafts(workshopId, roundId),
	draft: (request) => draftAction(workshopId, roundId, request)
});

/** Where a refusal is shown: a candidate's id, a draft's id, or the part of the screen ('order', 'write', 'load'). */
export interface BallotProblem {
	at: string;
	message: string;
}

export type RoundBallotRound = Pick<Round, 'id' | 'kind' | 'budget' | 'cap' | 'criteria' | 'candidates'>;

const messageOf = (failure: unknown) => (failure instanceof ActionError ? failure.message : OFFLINE_MESSAGE);

export class RoundBallot {
	#dots = $state.raw<Record<string, number>>({});
	#scores = $state.raw<Record<string, (number | null)[]>>({});
	#order = $state.raw<string[]>([]);
	#savedOrder = $state.raw<string[] | null>(null);
	#drafts = $state.raw<Draft[]>([]);
	#loaded = $state(false);
	#pending = $state(0);
	#problem = $state.raw<BallotProblem | null>(null);

	constructor(
		readonly round: RoundBallotRound,
		private readonly api: BallotApi
	) {
		this.#order = round.candidates.map((c) => c.id);
	}

	/** The own ballot has been read from the server at least once. */
	get loaded() {
		return this.#loaded;
	}
	/** A change is on its way to the server. */
	get saving() {
		return this.#pending > 0;
	}
	get problem() {
		return this.#problem;
	}
	problemAt(at: string): string | null {
		return this.#problem?.at === at ? this.#problem.message : null;
	}

	// Dots
	dotsOn(candidateId: string): number {
		return this.#dots[candidateId] ?? 0;
	}
	get dotsLeft(): number {
		return dotsLeft(this.round.budget, this.#dots);
	}
	canAdd(candidateId: string): AddDotCheck {
		return canAddDot(this.round, this.#dots, candidateId);
	}
	canRemove(candidateId: string): boolean {
		return this.dotsOn(candidateId) > 0;
	}

	// Scores
	scoreOf(candidateId: string, criterion: number): number | null {
		return this.#scores[candidateId]?.[criterion] ?? null;
	}
	/** How many of the candidate x criterion scores this person has given. */
	get scoresGiven(): number {
		return Object.values(this.#scores).reduce((n, list) => n + list.filter((s) => s !== null && s !== undefined).length, 0);
	}

	// Ranking
	get order(): readonly string[] {
		return this.#order;
	}
	/** The order shown equals the one last saved. */
	get orderSaved(): boolean {
		return this.#savedOrder !== null && this.#savedOrder.join() === this.#order.join();
	}
	get everSaved(): boolean {
		return this.#savedOrder !== null;
	}

	// Drafts
	get drafts(): readonly Draft[] {
		return this.#drafts;
	}

	/** Reads this person's ballot (or drafts) from the server: on opening the screen and after each reconnect. */
	async load(): Promise<void> {
		try {
			if (this.round.kind === 'writing') {
				this.#drafts = await this.api.drafts();
			} else {
				const own = await this.api.own(this.round.kind);
				if (this.#pending > 0) return; // A change in flight is newer than what was read.
				if (own.kind === 'dots') this.#dots = own.dots;
				else if (own.kind === 'scores') this.#scores = own.scores;
				else if (isCompleteRanking(this.round, own.order)) {
					this.#order = [...own.order];
					this.#savedOrder = [...own.order];
				}
			}
			this.#loaded = true;
			if (this.#problem?.at === 'load') this.#problem = null;
		} catch (failure) {
			this.#problem = { at: 'load', message: messageOf(failure) };
		}
	}

	async addDot(candidateId: string): Promise<void> {
		if (!this.canAdd(candidateId).ok) return;
		await this.#change(candidateId, () => this.#shiftDots(candidateId, 1), { action: 'vote', candidate: candidateId });
	}

	async removeDot(candidateId: string): Promise<void> {
		if (!this.canRemove(candidateId)) return;
		await this.#change(candidateId, () => this.#shiftDots(candidateId, -1), { action: 'withdraw', candidate: candidateId });
	}

	async score(candidateId: string, criterion: number, score: number): Promise<void> {
		const before = this.scoreOf(candidateId, criterion);
		if (before === score) return;
		const set = (value: number | null) => {
			const list = [...(this.#scores[candidateId] ?? [])];
			while (list.length <= criterion) list.push(null);
			list[criterion] = value;
			this.#scores = { ...this.#scores, [candidateId]: list };
		};
		const apply = () => {
			set(score);
			return () => set(before);
		};
		await this.#change(`${candidateId}:${criterion}`, apply, { action: 'score', candidate: candidateId, criterion, score });
	}

	/** Moves a candidate by delta places in the shown order (not saved until saveOrder). */
	move(candidateId: string, delta: number): void {
		this.#order = moveInOrder(this.#order, candidateId, delta);
	}

	/** Moves a candidate to a place (0-based), for dragging. */
	moveTo(candidateId: string, index: number): void {
		this.move(candidateId, index - this.#order.indexOf(candidateId));
	}

	async saveOrder(): Promise<void> {
		const order = [...this.#order];
		await this.#change('order', () => () => {}, { action: 'rank', order });
		if (this.#problem?.at !== 'order') this.#savedOrder = order;
	}

	async writeDraft(text: string): Promise<boolean> {
		const clean = text.trim();
		if (!clean) return false;
		return this.#draft('write', { action: 'write', text: clean }, (draft) => {
			if (draft) this.#drafts = [...this.#drafts, draft];
		});
	}

	async changeDraft(id: string, text: string): Promise<boolean> {
		const clean = text.trim();
		if (!clean) return false;
		return this.#draft(id, { action: 'change', draft: id, text: clean }, () => {
			this.#drafts = this.#drafts.map((d) => (d.id === id ? { ...d, text: clean } : d));
		});
	}

	async removeDraft(id: string): Promise<boolean> {
		return this.#draft(id, { action: 'remove', draft: id }, () => {
			this.#drafts = this.#drafts.filter((d) => d.id !== id);
		});
	}

	dismissProblem(): void {
		this.#problem = null;
	}

	/** Applies a change now (it returns its undo), sends it, and undoes it if refused. */
	async #change(at: string, apply: () => () => void, request: BallotRequest): Promise<void> {
		if (this.#problem?.at === at) this.#problem = null;
		const undo = apply();
		this.#pending++;
		try {
			await this.api.cast(request);
		} catch (failure) {
			undo();
			this.#problem = { at, message: messageOf(failure) };
			// The refusal may mean this screen was behind (dots given from another device): catch up.
			if (request.action === 'vote') void this.#reloadAfter();
		} finally {
			this.#pending--;
		}
	}

	async #reloadAfter() {
		const problem = this.#problem;
		await this.load();
		this.#problem = problem;
	}

	#shiftDots(candidateId: string, by: number): () => void {
		const shift = (n: number) => (this.#dots = { ...this.#dots, [candidateId]: Math.max(0, this.dotsOn(candidateId) + n) });
		shift(by);
		return () => shift(-by);
	}

	/** Drafts are shown once the server has them (a draft needs the id it gives). */
	async #draft(at: string, request: DraftRequest, done: (draft: Draft | null) => void): Promise<boolean> {
		if (this.#problem?.at === at) this.#problem = null;
		this.#pending++;
		try {
			done(await this.api.draft(request));
			return true;
		} catch (failure) {
			this.#problem = { at, message: messageOf(failure) };
			return false;
		} finally {
			this.#pending--;
		}
	}
}
