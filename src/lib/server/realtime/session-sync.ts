import { addNote } from '../../canvas/notes.ts';
import { listNotes } from '../../canvas/schema.ts';
import { freeSpotsInBlock } from '../../canvas/placement.ts';
import { isStakeholder } from '../../domain/stakeholders.ts';
import { isTemplateId, TEMPLATES } from '../../domain/templates.ts';
import { canvasRoom, consoleRoom, sessionRoom } from '../../realtime/rooms.ts';
import { writeConsoleRound, writeLocks, writeRound, writeRounds, writeSessionState } from '../../session/document.ts';
import type { RoomRegistry } from './registry.ts';
import type { Room } from './room.ts';
import type { SessionEvent } from './session-events.ts';
import * as reads from './session-reads.ts';

/** Marks the server's own writes to a document (never a connection's). */
export const SERVER_ORIGIN = Symbol('server');

/**
 * A refresh of the same thing runs again at most this often: ballots arriving
 * at 300 a second then cost the database ten reads of the tally a second, not
 * three hundred, and the last ballot still shows within this plus one read.
 */
export const REFRESH_GAP_MS = 100;

type Db = Parameters<typeof reads.readRounds>[0];

/**
 * Keeps the session and console documents equal to the database: a room is
 * filled when it opens (`prepare`), and each database event refreshes what it
 * touched. Refreshes of one thing never overlap: events that arrive during one
 * run it once more afterwards (at least REFRESH_GAP_MS after the last began),
 * so a burst of 2,500 ballots costs a handful of reads, and the last read
 * always follows the last event.
 *
 * It also puts a revealed writing round's drafts on its canvas.
 */
export class SessionSync {
	private running = new Map<string, Promise<void>>();
	private again = new Set<string>();

	constructor(
		private registry: Pick<RoomRegistry, 'get' | 'open' | 'release' | 'flusher' | 'values'>,
		private db: Db,
		private log: (line: string) => void
	) {}

	/** Fills a session or console room from the database, before anyone sees it. */
	async prepare(room: Room) {
		const workshopId = room.workshopId;
		if (room.kind === 'session') {
			const [locks, state, rounds] = await Promise.all([
				reads.readLocks(this.db, workshopId),
				reads.readSessionState(this.db, workshopId),
				reads.readRounds(this.db, workshopId)
			]);
			const results: Record<string, NonNullable<Awaited<ReturnType<typeof reads.readTally>>>> = {};
			for (const round of rounds) {
				if (round.status !== 'revealed' || round.kind === 'writing') continue;
				const tally = await reads.readTally(this.db, round.id);
				if (tally) results[round.id] = tally;
			}
			room.doc.transact(() => {
				writeLocks(room.doc, locks);
				writeSessionState(room.doc, state);
				writeRounds(room.doc, rounds, results);
			}, SERVER_ORIGIN);
			// Drafts a crash left unplaced after their reveal.
			for (const id of await reads.readRoundsWithDraftsToPlace(this.db, workshopId)) this.schedule(`place:${id}`, () => this.placeDrafts(workshopId, id));
		} else if (room.kind === 'console') {
			for (const round of await reads.readRounds(this.db, workshopId)) await this.writeConsole(room, round);
		}
	}

	/** A database event: refresh what it touched in the workshop's open rooms. */
	onEvent(event: SessionEvent) {
		const workshopId = event.workshop_id;
		const round = event.round_id;
		if (event.topic === 'round' && round) this.schedule(`place:${round}`, () => this.placeDrafts(workshopId, round));
		if (!this.open(workshopId)) return;
		if (event.topic === 'session' || event.topic === 'agenda') this.schedule(`state:${workshopId}`, () => this.refreshState(workshopId));
		else if (event.topic === 'members') this.schedule(`rounds:${workshopId}`, () => this.refreshRounds(workshopId));
		else if (round) this.schedule(`round:${round}`, () => this.refreshRound(workshopId, round));
	}

	/** After missed events (the listener reconnected): every open session and console room afresh. */
	refreshOpen() {
		for (const room of [...this.registry.values()]) {
			if (room.kind !== 'session' && room.kind !== 'console') continue;
			this.schedule(`prepare:${room.name}`, () => this.prepare(room));
		}
	}

	/** Waits for refreshes in flight (shutdown, tests). */
	async settle() {
		while (this.running.size) await Promise.all([...this.running.values()]);
	}

	private open(workshopId: string) {
		return this.registry.get(sessionRoom(workshopId)) ?? this.registry.get(consoleRoom(workshopId));
	}

	private schedule(key: string, run: () => Promise<void>) {
		if (this.running.has(key)) {
			this.again.add(key);
			return;
		}
		const task = (async () => {
			do {
				this.again.delete(key);
				const started = Date.now();
				await run().catch((error: Error) => this.log(`realtime: session refresh ${key} failed: ${error.message}`));
				const rest = REFRESH_GAP_MS - (Date.now() - started);
				if (this.again.has(key) && rest > 0) await new Promise((ok) => setTimeout(ok, rest));
			} while (this.again.has(key));
		})().finally(() => this.running.delete(key));
		this.running.set(key, task);
	}

	private async refreshState(workshopId: string) {
		const state = await reads.readSessionState(this.db, workshopId);
		const session = this.registry.get(sessionRoom(workshopId));
		session?.doc.transact(() => writeSessionState(session.doc, state), SERVER_ORIGIN);
	}

	/** Every round (members joined or left: each round's count of who may vote). */
	private async refreshRounds(workshopId: string) {
		for (const round of await reads.readRounds(this.db, workshopId)) await this.refreshRound(workshopId, round.id);
	}

	private async refreshRound(workshopId: string, roundId: string) {
		const [round] = await reads.readRounds(this.db, workshopId, roundId);
		if (!round) return;
		const consoleOpen = !!this.registry.get(consoleRoom(workshopId));
		const tally = round.kind !== 'writing' && (consoleOpen || round.status === 'revealed') ? await reads.readTally(this.db, round.id) : null;
		const session = this.registry.get(sessionRoom(workshopId));
		session?.doc.transact(() => writeRound(session.doc, round, tally), SERVER_ORIGIN);
		const console = this.registry.get(consoleRoom(workshopId));
		if (console) await this.writeConsole(console, round, tally);
	}

	private async writeConsole(room: Room, round: Awaited<ReturnType<typeof reads.readRounds>>[number], known?: Awaited<ReturnType<typeof reads.readTally>>) {
		const [tally, participation] = await Promise.all([
			known !== undefined || round.kind === 'writing' ? (known ?? null) : reads.readTally(this.db, round.id),
			reads.readParticipation(this.db, round)
		]);
		room.doc.transact(() => writeConsoleRound(room.doc, round.id, { tally, ...participation }), SERVER_ORIGIN);
	}

	/**
	 * A revealed writing round's drafts become notes in its block, each on a
	 * free spot, then are marked placed. A draft's note keeps the draft's id,
	 * so placing twice (a crash between the two steps) adds nothing.
	 */
	private async placeDrafts(workshopId: string, roundId: string) {
		const drafts = await reads.readDraftsToPlace(this.db, roundId);
		if (!drafts.length) return;
		const [round] = await reads.readRounds(this.db, workshopId, roundId);
		const canvas = round?.canvasId ? await reads.readCanvas(this.db, round.canvasId) : null;
		if (!round?.canvasId || !canvas || !isTemplateId(canvas.template)) return;
		const template = TEMPLATES[canvas.template];
		const block = template.blocks.find((b) => b.id === round.block) ?? { id: null, dimension: null, x: 0, y: 0, w: template.width, h: template.height };
		const room = await this.registry.open({ kind: 'canvas', id: round.canvasId, name: canvasRoom(round.canvasId) }, canvas.workshop_id, canvas.locked);
		try {
			const existing = listNotes(room.doc);
			const known = new Set(existing.map((n) => n.id));
			const fresh = drafts.filter((d) => !known.has(d.id));
			// A full block's overflow goes below it, never onto another block.
			const others = block.id === null ? [] : template.blocks.filter((b) => b.id !== block.id);
			const spots = freeSpotsInBlock(block, existing, fresh.length, others);
			room.doc.transact(() => {
				fresh.forEach((draft, i) =>
					addNote(
						room.doc,
						{
							id: draft.id,
							text: draft.text,
							...spots[i],
							block: block.id,
							dimension: block.dimension,
							// Without names: the round stands in as author; the stakeholder type stays (results are split by it).
							author: round.showAuthors ? draft.userId : round.id,
							stakeholder: isStakeholder(draft.stakeholder) ? draft.stakeholder : 'other'
						},
						SERVER_ORIGIN
					)
				);
			}, SERVER_ORIGIN);
			await this.registry.flusher.flush();
			await reads.markDraftsPlaced(this.db, drafts.map((d) => d.id));
		} finally {
			this.registry.release(room);
		}
	}
}
