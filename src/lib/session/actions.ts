/**
 * The browser's side of the session and ballot endpoints: one function per
 * request, each resolving with the result or throwing an ActionError whose
 * message the screen shows as it is (the server wrote it for people).
 */
import type { OwnBallot } from '../domain/rounds.ts';
import type { BallotRequest, DraftRequest, SessionRequest } from './requests.ts';

export class ActionError extends Error {
	constructor(
		message: string,
		readonly key: string,
		readonly status: number
	) {
		super(message);
	}
}

/** Shown when the request never got an answer. */
export const OFFLINE_MESSAGE = 'No connection to the server. Check your network and try again.';

async function send<T>(url: string, init?: RequestInit): Promise<T> {
	let response: Response;
	try {
		response = await fetch(url, { headers: { 'content-type': 'application/json' }, ...init });
	} catch {
		throw new ActionError(OFFLINE_MESSAGE, 'offline', 0);
	}
	const body = (await response.json().catch(() => null)) as { result?: T; error?: string; key?: string } | null;
	if (!response.ok || !body) throw new ActionError(body?.error ?? OFFLINE_MESSAGE, body?.key ?? 'failed', response.status);
	return body.result as T;
}

const post = <T>(url: string, body: unknown) => send<T>(url, { method: 'POST', body: JSON.stringify(body) });

export const sessionAction = (workshopId: string, request: SessionRequest) => post<unknown>(`/w/${workshopId}/session`, request);

/** Casts; for dots, resolves with the dots left. */
export const ballotAction = (workshopId: string, roundId: string, request: BallotRequest) =>
	post<number | null>(`/w/${workshopId}/rounds/${roundId}/ballot`, request);

export const ownBallot = (workshopId: string, roundId: string, kind: OwnBallot['kind']) =>
	send<OwnBallot>(`/w/${workshopId}/rounds/${roundId}/ballot?kind=${kind}`);

export interface Draft {
	id: string;
	text: string;
	created_at: string;
}

export const ownDrafts = (workshopId: string, roundId: string) => send<Draft[]>(`/w/${workshopId}/rounds/${roundId}/drafts`);
export const draftAction = (workshopId: string, roundId: string, request: DraftRequest) =>
	post<Draft | null>(`/w/${workshopId}/rounds/${roundId}/drafts`, request);

/** A few round trips to /api/clock, for the server's clock (see clock.ts). */
export async function sampleServerClock(count = 4) {
	const samples = [];
	for (let i = 0; i < count; i++) {
		const sentAt = performance.timeOrigin + performance.now();
		try {
			const response = await fetch('/api/clock', { cache: 'no-store' });
			const { now } = (await response.json()) as { now: number };
			samples.push({ sentAt, receivedAt: performance.timeOrigin + performance.now(), serverTime: now });
		} catch {
			// An unreachable server leaves the estimate as it was.
		}
	}
	return samples;
}
