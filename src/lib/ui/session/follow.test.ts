import { describe, expect, it } from 'vitest';
import { arrive, FRESH_SUMMON_MS, jumpBack, NOT_FOLLOWING, seeSummon, shown, stepAway, type FollowState } from './follow';

const NOW = 1_800_000_000_000;
const summon = (at = NOW - 1000, noteId: string | null = 'n1') => ({ canvasId: 'A', noteId, at });
const following = (): FollowState => shown(seeSummon(NOT_FOLLOWING, summon(), NOW));

describe('summon and follow', () => {
	it('a new summon takes the person to its canvas and note', () => {
		const state = seeSummon(NOT_FOLLOWING, summon(), NOW);
		expect(state.pending).toEqual({ canvasId: 'A', noteId: 'n1' });
		expect(state.away).toBe(false);
	});

	it('the same summon read again (every session update) is not acted on twice', () => {
		const state = following();
		expect(seeSummon(state, summon(), NOW + 5000)).toBe(state);
		expect(seeSummon(state, summon(), NOW).pending).toBeNull();
	});

	it('a later summon moves a person who had stepped away', () => {
		const away = stepAway(following());
		expect(away.away).toBe(true);
		const next = seeSummon(away, summon(NOW, 'n2'), NOW);
		expect(next).toMatchObject({ away: false, pending: { canvasId: 'A', noteId: 'n2' } });
	});

	it('a summon first seen long after it was made does not pull the person; they can jump to it', () => {
		const late = seeSummon(NOT_FOLLOWING, summon(NOW - FRESH_SUMMON_MS - 1), NOW);
		expect(late.pending).toBeNull();
		expect(late.away).toBe(true);
		expect(jumpBack(late).pending).toEqual({ canvasId: 'A', noteId: 'n1' });
	});

	it('moving the view or opening another page steps away; the summoned canvas does not', () => {
		expect(stepAway(following()).away).toBe(true);
		expect(arrive(following(), 'B').away).toBe(true);
		expect(arrive(following(), null).away).toBe(true);
		expect(arrive(following(), 'A').away).toBe(false);
	});

	it('nothing steps away while the page is still on its way to the destination', () => {
		const onTheWay = seeSummon(NOT_FOLLOWING, summon(), NOW);
		expect(stepAway(onTheWay).away).toBe(false);
		expect(arrive(onTheWay, null).away).toBe(false);
	});

	it('with no summon, moving around is just moving around', () => {
		expect(stepAway(NOT_FOLLOWING)).toBe(NOT_FOLLOWING);
		expect(arrive(NOT_FOLLOWING, 'B')).toBe(NOT_FOLLOWING);
		expect(jumpBack(NOT_FOLLOWING)).toBe(NOT_FOLLOWING);
	});

	it('jumping back returns to the summoned note and follows again', () => {
		const back = jumpBack(stepAway(following()));
		expect(back).toMatchObject({ away: false, pending: { canvasId: 'A', noteId: 'n1' } });
		expect(shown(back).pending).toBeNull();
	});

	it('a summon withdrawn ends following and the jump-back offer', () => {
		const ended = seeSummon(stepAway(following()), null, NOW);
		expect(ended).toMatchObject({ target: null, away: false, pending: null });
	});
});
