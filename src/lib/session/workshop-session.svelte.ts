/**
 * The one class every workshop page reads the session through: the session
 * room (and, for facilitators, the console room), who is online, and the
 * server's clock. Pages never read the documents inline; they read `view`,
 * `console`, `online` and `remaining`, and act through actions.ts.
 */
import { Presence, type PeerState, type PresenceUser } from '../collab/presence.svelte.ts';
import { RoomConnection } from '../collab/room-connection.svelte.ts';
import type { WorkshopRole } from '../domain/access.ts';
import type { Round } from '../domain/rounds.ts';
import { consoleRoom, sessionRoom } from '../realtime/rooms.ts';
import { sampleServerClock } from './actions.ts';
import { clockOffset } from './clock.ts';
import { EMPTY_SESSION, latestRevealed, openRound, readConsole, readSession, type ConsoleView, type SessionView } from './document.ts';
import { remainingMs, timerPhase, untilNextSecond } from './timer.ts';

export interface SessionMember extends PresenceUser {
	role: WorkshopRole;
}

/** Re-estimate the clock now and then: devices drift, and tabs sleep. */
const CLOCK_EVERY_MS = 60_000;

export class WorkshopSession {
	#view = $state.raw<SessionView>(EMPTY_SESSION);
	#console = $state.raw<ConsoleView | null>(null);
	#offset = $state(0);
	#now = $state(Date.now());

	readonly session: RoomConnection;
	readonly presence: Presence;
	#consoleConnection: RoomConnection | null = null;
	#timers: ReturnType<typeof setTimeout>[] = [];
	#tick: ReturnType<typeof setTimeout> | null = null;
	#destroyed = false;

	constructor(
		readonly workshopId: string,
		readonly me: SessionMember
	) {
		this.session = new RoomConnection(sessionRoom(workshopId), { offline: false });
		this.presence = new Presence(this.session.awareness, { userId: me.userId, name: me.name, stakeholder: me.stakeholder, color: me.color });
		const read = () => (this.#view = readSession(this.session.doc));
		this.session.doc.on('update', read);
		read();
		if (me.role === 'facilitator') {
			const room = new RoomConnection(consoleRoom(workshopId), { offline: false });
			this.#consoleConnection = room;
			room.doc.on('update', () => (this.#console = readConsole(room.doc)));
		}
		void this.#syncClock();
		this.#timers.push(setInterval(() => void this.#syncClock(), CLOCK_EVERY_MS));
		this.#schedule();
	}

	/** The session as the server wrote it: agenda, phase, timer, summon, rounds, revealed results. */
	get view(): SessionView {
		return this.#view;
	}

	/** Facilitators only: live tallies, who has voted, draft counts; null for everyone else. */
	get console(): ConsoleView | null {
		return this.#console;
	}

	/** The session room's connection: connecting, connected, offline, ... */
	get status() {
		return this.session.status;
	}

	/** Everyone else with a workshop page open, one entry per person. */
	get peers(): PeerState[] {
		return this.presence.peers;
	}

	/** User ids of everyone online, this person included. */
	get online(): Set<string> {
		return new Set([this.me.userId, ...this.presence.peers.map((p) => p.userId)]);
	}

	get phase() {
		return this.#view.agenda.find((p) => p.id === this.#view.phaseId) ?? null;
	}

	get openRound(): Round | null {
		return openRound(this.#view);
	}

	get revealed(): Round | null {
		return latestRevealed(this.#view);
	}

	/** The server's time now, as this device estimates it (updated every second boundary of the timer). */
	get serverNow(): number {
		return this.#now + this.#offset;
	}

	/** Milliseconds left on the workshop's timer, the same second on every screen; null with no timer. */
	get remaining(): number | null {
		return remainingMs(this.#view.timer, this.serverNow);
	}

	get timerPhase() {
		return timerPhase(this.#view.timer, this.serverNow);
	}

	destroy() {
		this.#destroyed = true;
		for (const t of this.#timers) clearInterval(t);
		if (this.#tick) clearTimeout(this.#tick);
		this.presence.destroy();
		this.session.destroy();
		this.#consoleConnection?.destroy();
	}

	async #syncClock() {
		const samples = await sampleServerClock();
		if (samples.length && !this.#destroyed) this.#offset = clockOffset(samples);
	}

	/** Wakes on each second boundary of the timer (server time), so every screen turns the second together. */
	#schedule() {
		if (this.#destroyed) return;
		this.#now = Date.now();
		const left = this.remaining;
		const wait = left !== null && left > 0 && this.#view.timer?.endsAt != null ? untilNextSecond(left) : 1000;
		this.#tick = setTimeout(() => this.#schedule(), Math.max(16, wait));
	}
}
