/**
 * The facilitator's view of a round while it is cast: a stock y-websocket
 * client on `console:<workshop>` reading the live tally
 * (`tallies`[round].dots, summed) and one on `session:<workshop>` reading
 * `rounds`[round].voters. Records when each first reaches its final value.
 */
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { COLLAB_PATH, sessionRoom } from '../../src/lib/realtime/rooms.ts';

export interface Watcher {
	/** performance.now() when the console's tally summed to the expected dots; null until then. */
	readonly consoleFinalAt: number | null;
	/** performance.now() when the session's round showed the expected voters; null until then. */
	readonly sessionFinalAt: number | null;
	/** Updates (and their bytes) each room sent the watcher since it synced: how often the server rewrote the round. */
	readonly received: { console: { updates: number; bytes: number }; session: { updates: number; bytes: number } };
	/** What each room showed last: for a run whose watcher never got there. */
	last(): { dots: number | null; voters: number | null };
	/** Resolves when both are final, or after `timeoutMs`. */
	done(timeoutMs: number): Promise<void>;
	close(): void;
}

const asJson = (value: unknown): unknown => (value instanceof Y.AbstractType ? value.toJSON() : value);

/** Sum of every candidate's dots over every stakeholder type of a dots tally. */
function sumDots(tally: unknown): number | null {
	const dots = (asJson(tally) as { dots?: Record<string, Record<string, number>> } | undefined)?.dots;
	if (!dots) return null;
	let n = 0;
	for (const groups of Object.values(dots)) for (const count of Object.values(groups)) n += count;
	return n;
}

function connect(origin: string, room: string, token: string) {
	const doc = new Y.Doc();
	const provider = new WebsocketProvider(origin.replace(/^http/, 'ws') + COLLAB_PATH, room, doc, {
		WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
		params: { token },
		disableBc: true
	});
	const synced = new Promise<void>((ok, fail) => {
		const timer = setTimeout(() => fail(new Error(`the watcher did not sync ${room} in 5 s`)), 5_000);
		provider.once('sync', () => (clearTimeout(timer), ok()));
	});
	return { doc, provider, synced };
}

export async function watchRound(origin: string, workshopId: string, token: string, roundId: string, expected: { dots: number; voters: number }): Promise<Watcher> {
	// The console room's name is built here until rooms.ts knows the kind (it comes with the session sync).
	const consoleRoom = connect(origin, `console:${workshopId}`, token);
	const session = connect(origin, sessionRoom(workshopId), token);
	let consoleFinalAt: number | null = null;
	let sessionFinalAt: number | null = null;
	let wake = () => {};
	const dotsNow = () => sumDots(consoleRoom.doc.getMap('tallies').get(roundId));
	const votersNow = () => {
		const round = asJson(session.doc.getMap('rounds').get(roundId)) as { voters?: number } | undefined;
		return typeof round?.voters === 'number' ? round.voters : null;
	};
	const check = () => {
		const now = performance.now();
		if (consoleFinalAt === null && dotsNow() === expected.dots) consoleFinalAt = now;
		if (sessionFinalAt === null && votersNow() === expected.voters) sessionFinalAt = now;
		if (consoleFinalAt !== null && sessionFinalAt !== null) wake();
	};
	const received = { console: { updates: 0, bytes: 0 }, session: { updates: 0, bytes: 0 } };
	let counting = false;
	const count = (into: { updates: number; bytes: number }) => (update: Uint8Array) => {
		if (!counting) return;
		into.updates++;
		into.bytes += update.length;
	};
	consoleRoom.doc.on('update', count(received.console));
	session.doc.on('update', count(received.session));
	consoleRoom.doc.on('update', check);
	session.doc.on('update', check);
	const close = () => {
		for (const room of [consoleRoom, session]) {
			room.provider.destroy();
			room.doc.destroy();
		}
	};
	try {
		await Promise.all([consoleRoom.synced, session.synced]);
	} catch (error) {
		close();
		throw error;
	}
	check();
	counting = true;
	return {
		received,
		get consoleFinalAt() {
			return consoleFinalAt;
		},
		get sessionFinalAt() {
			return sessionFinalAt;
		},
		last: () => ({ dots: dotsNow(), voters: votersNow() }),
		done: (timeoutMs) =>
			new Promise<void>((ok) => {
				if (consoleFinalAt !== null && sessionFinalAt !== null) return ok();
				const timer = setTimeout(ok, timeoutMs);
				wake = () => (clearTimeout(timer), ok());
			}),
		close
	};
}
