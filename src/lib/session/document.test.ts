import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Round, Tally } from '../domain/rounds';
import {
	latestRevealed,
	openRound,
	readConsole,
	readSession,
	SESSION_LOCKS,
	writeConsoleRound,
	writeLock,
	writeLocks,
	writeRound,
	writeRounds,
	writeSessionState
} from './document';

const counting = () => {
	const doc = new Y.Doc();
	const counter = { updates: 0 };
	doc.on('update', () => counter.updates++);
	return { doc, counter };
};

const round = (id: string, extra: Partial<Round> = {}): Round => ({
	id,
	kind: 'dots',
	status: 'open',
	title: 'Vote',
	canvasId: null,
	block: null,
	budget: 3,
	cap: null,
	criteria: [],
	showAuthors: true,
	candidates: [{ id: 'c1', noteId: 'n1', label: 'Bike lanes' }],
	voters: 0,
	eligible: 4,
	openedAt: 1000,
	...extra
});
const tally: Tally = { kind: 'dots', voters: { city: 1 }, dots: { c1: { city: 2 } } };

describe('session locks', () => {
	it('writes only changes', () => {
		const { doc, counter } = counting();
		writeLock(doc, 'a', true);
		writeLock(doc, 'a', true);
		expect(counter.updates).toBe(1);
		writeLock(doc, 'a', false);
		writeLock(doc, 'a', null);
		writeLock(doc, 'a', null);
		expect(counter.updates).toBe(3);
		expect(doc.getMap(SESSION_LOCKS).has('a')).toBe(false);
	});

	it('matches the database rows, dropping removed canvases', () => {
		const doc = new Y.Doc();
		writeLock(doc, 'gone', true);
		writeLock(doc, 'a', true);
		writeLocks(doc, { a: false, b: true });
		expect(readSession(doc).locks).toEqual({ a: false, b: true });
	});
});

describe('session state', () => {
	it('reads back what was written, and an unchanged refresh sends nothing', () => {
		const { doc, counter } = counting();
		const state = {
			agenda: [{ id: 'p1', title: 'Welcome', canvasId: null, roundPlan: null }],
			phaseId: 'p1',
			timer: { durationMs: 60_000, endsAt: 5000, remainingMs: null },
			summon: { canvasId: 'c', noteId: null, at: 10 },
			presenterId: null
		};
		writeSessionState(doc, state);
		const after = counter.updates;
		writeSessionState(doc, structuredClone(state));
		expect(counter.updates).toBe(after);
		const view = readSession(doc);
		expect(view.agenda).toEqual(state.agenda);
		expect(view.phaseId).toBe('p1');
		expect(view.timer).toEqual(state.timer);
		expect(view.summon).toEqual(state.summon);
		expect(view.presenterId).toBeNull();
		writeSessionState(doc, { ...state, timer: null, phaseId: null });
		expect(readSession(doc).timer).toBeNull();
		expect(readSession(doc).phaseId).toBeNull();
	});

	it('an empty document reads as a session with nothing going on', () => {
		const view = readSession(new Y.Doc());
		expect(view).toMatchObject({ agenda: [], phaseId: null, timer: null, summon: null, rounds: [], results: {} });
	});
});

describe('rounds', () => {
	it('keeps results of revealed rounds only', () => {
		const doc = new Y.Doc();
		writeRound(doc, round('r1'), tally);
		expect(readSession(doc).results).toEqual({});
		writeRound(doc, round('r1', { status: 'revealed' }), tally);
		expect(readSession(doc).results).toEqual({ r1: tally });
	});

	it('orders rounds by opening and finds the open and the latest revealed one', () => {
		const doc = new Y.Doc();
		writeRounds(doc, [round('b', { openedAt: 2000 }), round('a', { openedAt: 1000, status: 'revealed' })], { a: tally });
		const view = readSession(doc);
		expect(view.rounds.map((r) => r.id)).toEqual(['a', 'b']);
		expect(openRound(view)?.id).toBe('b');
		expect(latestRevealed(view)?.id).toBe('a');
		writeRounds(doc, [round('b', { openedAt: 2000, status: 'closed' })], {});
		expect(readSession(doc).rounds.map((r) => r.id)).toEqual(['b']);
		expect(openRound(readSession(doc))).toBeNull();
	});
});

describe('console', () => {
	it('holds live tallies, who voted and draft counts per round', () => {
		const doc = new Y.Doc();
		writeConsoleRound(doc, 'r1', { tally, voted: ['u1'], drafts: null });
		writeConsoleRound(doc, 'r2', { tally: null, voted: ['u2'], drafts: { u2: 3 } });
		expect(readConsole(doc)).toEqual({ tallies: { r1: tally }, voted: { r1: ['u1'], r2: ['u2'] }, drafts: { r2: { u2: 3 } } });
	});
});
