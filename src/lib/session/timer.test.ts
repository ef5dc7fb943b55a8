import { describe, expect, it } from 'vitest';
import { clockOffset } from './clock';
import { formatRemaining, remainingMs, timerPhase, untilNextSecond } from './timer';

describe('the timer on the server clock', () => {
	const running = { durationMs: 300_000, endsAt: 1_000_000, remainingMs: null };
	const paused = { durationMs: 300_000, endsAt: null, remainingMs: 42_500 };

	it('counts down to the end instant and stops at zero', () => {
		expect(remainingMs(running, 1_000_000 - 61_000)).toBe(61_000);
		expect(remainingMs(running, 1_000_000 + 5)).toBe(0);
		expect(timerPhase(running, 900_000)).toBe('running');
		expect(timerPhase(running, 1_000_000)).toBe('done');
	});

	it('holds what was left while paused, whatever the time', () => {
		expect(remainingMs(paused, 0)).toBe(42_500);
		expect(remainingMs(paused, 9e12)).toBe(42_500);
		expect(timerPhase(paused, 5)).toBe('paused');
	});

	it('is idle when no timer is set', () => {
		expect(remainingMs(null, 5)).toBeNull();
		expect(timerPhase(null, 5)).toBe('idle');
	});

	it('shows whole seconds rounded up, with hours when needed', () => {
		expect(formatRemaining(61_000)).toBe('1:01');
		expect(formatRemaining(60_001)).toBe('1:01');
		expect(formatRemaining(999)).toBe('0:01');
		expect(formatRemaining(0)).toBe('0:00');
		expect(formatRemaining(3_600_000 + 5_000)).toBe('1:00:05');
		expect(untilNextSecond(61_250)).toBe(250);
		expect(untilNextSecond(61_000)).toBe(1000);
	});
});

describe('the server clock estimate', () => {
	it('takes the midpoint of the shortest round trip', () => {
		const offset = clockOffset([
			{ sentAt: 1000, receivedAt: 1400, serverTime: 6300 }, // slow trip, misleading
			{ sentAt: 2000, receivedAt: 2020, serverTime: 7010 }, // server is 5000 ahead
			{ sentAt: 3000, receivedAt: 3100, serverTime: 8000 }
		]);
		expect(offset).toBe(5000);
	});

	it('is zero without a usable sample', () => {
		expect(clockOffset([])).toBe(0);
		expect(clockOffset([{ sentAt: 5, receivedAt: 1, serverTime: 9 }])).toBe(0);
	});
});
