/**
 * The workshop's one timer, read on the server's clock: every screen computes
 * the same second from the end instant the server wrote and its own estimate
 * of the server's time (clock.ts), never by counting on its own.
 */
import type { TimerState } from './document.ts';

export type TimerPhase = 'idle' | 'running' | 'paused' | 'done';

/** Milliseconds left at `serverNow`; null when no timer is set. */
export function remainingMs(timer: TimerState | null, serverNow: number): number | null {
	if (!timer) return null;
	if (timer.endsAt !== null) return Math.max(0, timer.endsAt - serverNow);
	return Math.max(0, timer.remainingMs ?? timer.durationMs);
}

export function timerPhase(timer: TimerState | null, serverNow: number): TimerPhase {
	if (!timer) return 'idle';
	const left = remainingMs(timer, serverNow) ?? 0;
	if (left === 0) return 'done';
	return timer.endsAt !== null ? 'running' : 'paused';
}

/** "m:ss" (or "h:mm:ss"), rounding up: a timer shows 0:00 only when it has run out. */
export function formatRemaining(ms: number): string {
	const total = Math.ceil(Math.max(0, ms) / 1000);
	const h = Math.floor(total / 3600);
	const m = Math.floor((total % 3600) / 60);
	const s = total % 60;
	const ss = String(s).padStart(2, '0');
	return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Milliseconds until the shown second changes, so a screen redraws on the second boundary. */
export function untilNextSecond(ms: number): number {
	const rest = ms % 1000;
	return rest === 0 ? 1000 : rest;
}
