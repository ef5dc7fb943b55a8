import { describe, expect, it } from 'vitest';
import type { OwnBallot } from '$lib/domain/rounds';
import { ActionError, type Draft } from '$lib/session/actions';
import type { BallotRequest, DraftRequest } from '$lib/session/requests';
import { RoundBallot, type BallotApi, type RoundBallotRound } from './round-ballot.svelte';

const A = '00000000-0000-4000-8000-00000000000a';
const B = '00000000-0000-4000-8000-00000000000b';
const C = '00000000-0000-4000-8000-00000000000c';

const round = (over: Partial<RoundBallotRound> = {}): RoundBallotRound => ({
	id: '00000000-0000-4000-8000-000000000001',
	kind: 'dots',
	budget: 3,
	cap: null,
	criteria: [],
	candidates: [
		{ id: A, noteId: null, label: 'Open data' },
		{ id: B, noteId: null, label: 'Parking app' },
		{ id: C, noteId: null, label: 'Sensors' }
	],
	...over
});

/** A stand-in server: records requests; refuses those `refuse` picks, with a message as the endpoints send it. */
function server(own: OwnBallot, refuse: (r: BallotRequest | DraftRequest) => string | null = () => null) {
	const sent: (BallotRequest | DraftRequest)[] = [];
	let next = 0;
	const drafts: Draft[] = [];
	let release: () => void = () => {};
	const gate = { held: false };
	const api: BallotApi = {
		async cast(request) {
			sent.push(request);
			if (gate.held) await new Promise<void>((done) => (release = done));
			const refusal = refuse(request);
			if (refusal) throw new ActionError(refusal, 'budget', 409);
			return null;
		},
		own: async () => own,
		drafts: async () => [...drafts],
		async draft(request) {
			sent.push(request);
			const refusal = refuse(request);
			if (refusal) throw new ActionError(refusal, 'round-closed', 409);
			if (request.action === 'write') {
				const draft = { id: `d${++next}`, text: request.text, created_at: '2026-12-01T10:00:00Z' };
				drafts.push(draft);
				return draft;
			}
			return null;
		}
	};
	return { api, sent, gate, release: () => release() };
}

describe('RoundBallot: dots', () => {
	it('shows the own ballot after loading (a reload or reconnect)', async () => {
		const ballot = new RoundBallot(round(), server({ kind: 'dots', dots: { [A]: 2 } }).api);
		expect(ballot.loaded).toBe(false);
		await ballot.load();
		expect(ballot.loaded).toBe(true);
		expect(ballot.dotsOn(A)).toBe(2);
		expect(ballot.dotsLeft).toBe(1);
	});

	it('adds and takes back dots through the server, and stops at the budget without asking it', async () => {
		const s = server({ kind: 'dots', dots: {} });
		const ballot = new RoundBallot(round({ budget: 2 }), s.api);
		await ballot.load();
		await ballot.addDot(A);
		await ballot.addDot(B);
		expect(ballot.dotsLeft).toBe(0);
		expect(ballot.canAdd(C)).toEqual({ ok: false, reason: 'budget' });
		await ballot.addDot(C);
		expect(s.sent).toEqual([
			{ action: 'vote', candidate: A },
			{ action: 'vote', candidate: B }
		]);
		await ballot.removeDot(A);
		expect(ballot.dotsOn(A)).toBe(0);
		expect(ballot.canRemove(A)).toBe(false);
		expect(s.sent.at(-1)).toEqual({ action: 'withdraw', candidate: A });
	});

	it('respects a cap per candidate', async () => {
		const ballot = new RoundBallot(round({ cap: 1 }), server({ kind: 'dots', dots: {} }).api);
		await ballot.addDot(A);
		expect(ballot.canAdd(A)).toEqual({ ok: false, reason: 'cap' });
		expect(ballot.canAdd(B)).toEqual({ ok: true });
	});

	it('shows a dot at once, rolls it back when refused, and keeps the refusal beside that candidate', async () => {
		const s = server({ kind: 'dots', dots: {} }, (r) => (r.action === 'vote' ? 'You have no dots left.' : null));
		s.gate.held = true;
		const ballot = new RoundBallot(round(), s.api);
		const cast = ballot.addDot(B);
		expect(ballot.dotsOn(B)).toBe(1);
		expect(ballot.saving).toBe(true);
		s.release();
		await cast;
		expect(ballot.dotsOn(B)).toBe(0);
		expect(ballot.saving).toBe(false);
		expect(ballot.problemAt(B)).toBe('You have no dots left.');
		expect(ballot.problemAt(A)).toBeNull();
	});
});

describe('RoundBallot: scores', () => {
	it('sets a score, and restores the earlier one when refused', async () => {
		let refuse = false;
		const s = server({ kind: 'scores', scores: { [A]: [4, null] } }, () => (refuse ? 'This round is closed.' : null));
		const ballot = new RoundBallot(round({ kind: 'scores', criteria: ['Scalability', 'Replicability'] }), s.api);
		await ballot.load();
		expect(ballot.scoreOf(A, 0)).toBe(4);
		expect(ballot.scoreOf(A, 1)).toBeNull();
		await ballot.score(A, 1, 2);
		expect(ballot.scoreOf(A, 1)).toBe(2);
		expect(ballot.scoresGiven).toBe(2);
		refuse = true;
		await ballot.score(A, 0, 5);
		expect(ballot.scoreOf(A, 0)).toBe(4);
		expect(ballot.problemAt(`${A}:0`)).toBe('This round is closed.');
		expect(s.sent).toEqual([
			{ action: 'score', candidate: A, criterion: 1, score: 2 },
			{ action: 'score', candidate: A, criterion: 0, score: 5 }
		]);
	});
});

describe('RoundBallot: ranking', () => {
	it('starts in the round order, loads a saved order, moves and saves the whole order', async () => {
		const s = server({ kind: 'ranking', order: [C, A, B] });
		const ballot = new RoundBallot(round({ kind: 'ranking' }), s.api);
		expect(ballot.order).toEqual([A, B, C]);
		await ballot.load();
		expect(ballot.order).toEqual([C, A, B]);
		expect(ballot.orderSaved).toBe(true);
		ballot.move(B, -2);
		expect(ballot.order).toEqual([B, C, A]);
		expect(ballot.orderSaved).toBe(false);
		ballot.moveTo(A, 0);
		expect(ballot.order).toEqual([A, B, C]);
		await ballot.saveOrder();
		expect(s.sent).toEqual([{ action: 'rank', order: [A, B, C] }]);
		expect(ballot.orderSaved).toBe(true);
	});

	it('ignores an incomplete saved order (nothing saved yet) and keeps an unsaved order unsaved when refused', async () => {
		const s = server({ kind: 'ranking', order: [] }, () => 'This round is closed.');
		const ballot = new RoundBallot(round({ kind: 'ranking' }), s.api);
		await ballot.load();
		expect(ballot.order).toEqual([A, B, C]);
		expect(ballot.everSaved).toBe(false);
		await ballot.saveOrder();
		expect(ballot.everSaved).toBe(false);
		expect(ballot.problemAt('order')).toBe('This round is closed.');
	});
});

describe('RoundBallot: private writing', () => {
	it('writes, changes and removes own drafts; a refusal leaves them as they were', async () => {
		let refuse = false;
		const s = server({ kind: 'dots', dots: {} }, () => (refuse ? 'This round is closed.' : null));
		const ballot = new RoundBallot(round({ kind: 'writing', candidates: [] }), s.api);
		await ballot.load();
		expect(ballot.drafts).toEqual([]);
		expect(await ballot.writeDraft('   ')).toBe(false);
		expect(await ballot.writeDraft(' Bike lanes data ')).toBe(true);
		expect(await ballot.writeDraft('Open parking API')).toBe(true);
		expect(ballot.drafts.map((d) => d.text)).toEqual(['Bike lanes data', 'Open parking API']);
		await ballot.changeDraft('d1', 'Bike lane counts');
		expect(ballot.drafts[0].text).toBe('Bike lane counts');
		refuse = true;
		expect(await ballot.removeDraft('d2')).toBe(false);
		expect(ballot.drafts).toHaveLength(2);
		expect(ballot.problemAt('d2')).toBe('This round is closed.');
		refuse = false;
		expect(await ballot.removeDraft('d2')).toBe(true);
		expect(ballot.drafts.map((d) => d.id)).toEqual(['d1']);
		expect(ballot.problem).toBeNull();
	});
});
