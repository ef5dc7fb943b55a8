/**
 * How far the server's clock is from this device's: from a few request round
 * trips, the one with the shortest trip wins (its midpoint is the best guess
 * of when the server read its clock), as NTP does.
 */
export interface ClockSample {
	/** Local time (ms) the request was sent and the answer received. */
	sentAt: number;
	receivedAt: number;
	/** The server's clock (ms since the epoch) in the answer. */
	serverTime: number;
}

/** Server time minus local time, in ms; 0 with no sample. */
export function clockOffset(samples: ClockSample[]): number {
	const valid = samples.filter((s) => s.receivedAt >= s.sentAt && Number.isFinite(s.serverTime));
	if (!valid.length) return 0;
	const best = valid.reduce((a, b) => (b.receivedAt - b.sentAt < a.receivedAt - a.sentAt ? b : a));
	return Math.round(best.serverTime - (best.sentAt + best.receivedAt) / 2);
}
