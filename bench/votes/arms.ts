/**
 * One arm of a scenario: `people` x `perPerson` calls, sent all at once (burst)
 * or evenly over a window (spread), person by person in turn so each person's
 * calls are far apart. Every call's latency is from the moment it was handed
 * to supabase-js to its answer, on this process's clock.
 */
import { sleep } from '../realtime/stats.ts';

export type Shape = 'burst' | 'spread';

/** What one call returned: ok, or refused with the error's hint (or status/message when it has none). */
export interface Outcome {
	ok: boolean;
	refusal?: string;
}

export interface ArmRun {
	calls: number;
	latencies: number[];
	ok: number;
	/** Refusals by hint (or error text), e.g. { budget: 500 }. */
	refused: Record<string, number>;
	/** performance.now() of the first send and of the last answer. */
	firstSentAt: number;
	lastAnsweredAt: number;
	/** performance.now() of the last successful answer: when the final count was known to a caster. */
	lastOkAt: number;
}

export async function runArm(
	people: number,
	perPerson: number,
	shape: Shape,
	spreadMs: number,
	send: (person: number, index: number) => Promise<Outcome>
): Promise<ArmRun> {
	const total = people * perPerson;
	const latencies: number[] = [];
	const refused: Record<string, number> = {};
	let ok = 0;
	let lastAnsweredAt = 0;
	let lastOkAt = 0;
	const inFlight: Promise<void>[] = [];
	const fire = (k: number) => {
		const person = k % people;
		const index = Math.floor(k / people);
		const t = performance.now();
		inFlight.push(
			send(person, index).then(
				(outcome) => {
					lastAnsweredAt = performance.now();
					latencies.push(lastAnsweredAt - t);
					if (outcome.ok) {
						ok++;
						lastOkAt = lastAnsweredAt;
					} else refused[outcome.refusal ?? '?'] = (refused[outcome.refusal ?? '?'] ?? 0) + 1;
				},
				(error: Error) => {
					lastAnsweredAt = performance.now();
					refused[`thrown: ${error.message}`] = (refused[`thrown: ${error.message}`] ?? 0) + 1;
				}
			)
		);
	};
	const firstSentAt = performance.now();
	if (shape === 'burst') {
		for (let k = 0; k < total; k++) fire(k);
	} else {
		// Call k is due at k * spreadMs / total; each wake-up sends every call due by then.
		let k = 0;
		while (k < total) {
			const elapsed = performance.now() - firstSentAt;
			while (k < total && (k * spreadMs) / total <= elapsed) fire(k++);
			if (k < total) await sleep(Math.max(0, (k * spreadMs) / total - (performance.now() - firstSentAt)));
		}
	}
	await Promise.all(inFlight);
	return { calls: total, latencies, ok, refused, firstSentAt, lastAnsweredAt, lastOkAt };
}
