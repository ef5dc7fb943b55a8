/**
 * Who else is on this canvas, where their cursor is, which note they are
 * editing and what part of the canvas they look at, over Yjs awareness.
 * Awareness states come from any peer unchecked (the server relays them as
 * bytes), so every field is validated before it reaches the UI.
 */
import type { Awareness } from 'y-protocols/awareness';
import { isColor } from '../canvas/schema.ts';
import { isStakeholder, STAKEHOLDER_COLORS, type Stakeholder } from '../domain/stakeholders.ts';
import { throttle, type Throttled } from './throttle.ts';

export interface PresenceUser {
	userId: string;
	name: string;
	stakeholder: Stakeholder;
	color: string;
}

export interface Point {
	x: number;
	y: number;
}

export interface View {
	x: number;
	y: number;
	zoom: number;
}

export interface PeerState extends PresenceUser {
	clientId: number;
	cursor: Point | null;
	editing: string | null;
	view: View | null;
}

/** What this module writes into the awareness state. */
interface LocalState {
	user: PresenceUser;
	cursor: Point | null;
	editing: string | null;
	view: View | null;
}

/** A pointer moves at 60 Hz; 80 ms keeps a cursor fluid for others at a sixth of the traffic. */
export const CURSOR_INTERVAL_MS = 80;
/** Follow-the-facilitator needs the view, not every frame of a pan. */
export const VIEW_INTERVAL_MS = 250;

const ID_MAX = 128;
const NAME_MAX = 80;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= ID_MAX;

function readPoint(v: unknown): Point | null {
	return isRecord(v) && isFiniteNumber(v.x) && isFiniteNumber(v.y) ? { x: v.x, y: v.y } : null;
}

function readView(v: unknown): View | null {
	if (!isRecord(v) || !isFiniteNumber(v.zoom) || v.zoom <= 0) return null;
	const point = readPoint(v);
	return point && { ...point, zoom: v.zoom };
}

/** Long names are cut, counted in code points so an emoji is never split. */
const clipName = (name: string): string => Array.from(name.trim()).slice(0, NAME_MAX).join('');

/**
 * A peer's awareness state as a PeerState, or null when it does not say who
 * the peer is (no user, a bad id or stakeholder): such a state is ignored.
 * A malformed cursor, editing id or view only drops that field, and a
 * color that is not #rrggbb falls back to the stakeholder's, as it ends up
 * in a style attribute.
 */
export function readPeer(clientId: number, state: unknown): PeerState | null {
	if (!Number.isSafeInteger(clientId) || clientId < 0 || !isRecord(state)) return null;
	const user = state.user;
	if (!isRecord(user) || !isId(user.userId) || typeof user.name !== 'string' || !isStakeholder(user.stakeholder))
		return null;
	const stakeholder = user.stakeholder;
	return {
		clientId,
		userId: user.userId,
		name: clipName(user.name),
		stakeholder,
		color: isColor(user.color) ? user.color.toLowerCase() : STAKEHOLDER_COLORS[stakeholder],
		cursor: readPoint(state.cursor),
		editing: isId(state.editing) ? state.editing : null,
		view: readView(state.view)
	};
}

const byName = (a: PeerState, b: PeerState): number => a.name.localeCompare(b.name) || a.clientId - b.clientId;

/** What `peers` shows of a peer: who they are and what they edit. A cursor or view change leaves it as it is. */
const sameRosterEntry = (a: PeerState, b: PeerState): boolean =>
	a.userId === b.userId && a.name === b.name && a.stakeholder === b.stakeholder && a.color === b.color && a.editing === b.editing;

const samePoint = (a: Point | null, b: Point | null): boolean => a === b || (!!a && !!b && a.x === b.x && a.y === b.y);
const sameView = (a: View | null, b: View | null): boolean => samePoint(a, b) && a?.zoom === b?.zoom;

/** What awareness's 'change' event says: the client ids whose states were added, changed or removed. */
export interface AwarenessChange {
	added: number[];
	updated: number[];
	removed: number[];
}

export class Presence {
	/**
	 * Other clients, one per person (the one heard from last), sorted by name.
	 * The list is replaced only when who is here, a name or colour, or who
	 * edits what changes; each entry is one record per client, kept for as long
	 * as the client is here, whose cursor and view are its own fine-grained
	 * state: a cursor move re-runs only what reads that peer's cursor.
	 */
	peers: PeerState[] = $state.raw([]);

	/** Every valid peer client by client id, the ones hidden behind a newer client of the same person too. */
	readonly #records = new Map<number, PeerState>();
	readonly #moved = new Set<() => void>();
	readonly #awareness: Awareness;
	readonly #cursor: Throttled<Point | null>;
	readonly #view: Throttled<View | null>;

	constructor(awareness: Awareness, me: PresenceUser) {
		this.#awareness = awareness;
		const initial: LocalState = { user: { ...me }, cursor: null, editing: null, view: null };
		// Merged, not replaced: other modules may keep their own fields in the same state.
		awareness.setLocalState({ ...awareness.getLocalState(), ...initial });
		this.#cursor = throttle(CURSOR_INTERVAL_MS, (point) => awareness.setLocalStateField('cursor', point));
		this.#view = throttle(VIEW_INTERVAL_MS, (view) => awareness.setLocalStateField('view', view));
		awareness.on('change', this.#changed);
		this.#changed({ added: [...awareness.getStates().keys()], updated: [], removed: [] });
	}

	/** World coordinates; null when the pointer leaves the canvas. */
	setCursor(point: Point | null): void {
		this.#cursor.push(point && isFiniteNumber(point.x) && isFiniteNumber(point.y) ? { x: point.x, y: point.y } : null);
	}

	/** Sent at once: others must see a note is taken before they start typing in it. */
	setEditing(noteId: string | null): void {
		this.#awareness.setLocalStateField('editing', isId(noteId) ? noteId : null);
	}

	setView(view: View | null): void {
		this.#view.push(view && readView(view));
	}

	/**
	 * Calls `listener` after any peer's cursor moved (outside of Svelte's
	 * reactivity: the board draws cursors in its frame loop). Returns its removal.
	 */
	onCursorMove(listener: () => void): () => void {
		this.#moved.add(listener);
		return () => this.#moved.delete(listener);
	}

	/** Stops sending and tells the others this person has left. */
	destroy(): void {
		this.#cursor.cancel();
		this.#view.cancel();
		this.#moved.clear();
		this.#awareness.off('change', this.#changed);
		this.#awareness.setLocalState(null);
	}

	/** Only the clients the event names are read; the list is rebuilt only when the roster changed. */
	#changed = ({ added, updated, removed }: AwarenessChange): void => {
		let roster = false;
		let moved = false;
		for (const clientId of removed) roster = this.#records.delete(clientId) || roster;
		for (const clientId of [...added, ...updated]) {
			if (clientId === this.#awareness.clientID) continue;
			const next = readPeer(clientId, this.#awareness.getStates().get(clientId));
			const record = this.#records.get(clientId);
			if (!next) {
				roster = this.#records.delete(clientId) || roster;
				continue;
			}
			if (!record) {
				this.#records.set(clientId, peerRecord(next));
				roster = true;
				moved ||= next.cursor !== null;
				continue;
			}
			// A hidden older client of the same person that speaks again is the one heard from last now.
			if (!sameRosterEntry(record, next) || !this.peers.includes(record)) roster = true;
			if (!samePoint(record.cursor, next.cursor)) {
				record.cursor = next.cursor;
				moved = true;
			}
			if (!sameView(record.view, next.view)) record.view = next.view;
			Object.assign(record, { userId: next.userId, name: next.name, stakeholder: next.stakeholder, color: next.color, editing: next.editing });
		}
		if (roster) this.peers = this.#roster();
		if (moved || roster) for (const listener of this.#moved) listener();
	};

	#roster(): PeerState[] {
		const latest = new Map<string, { peer: PeerState; heard: number }>();
		for (const peer of this.#records.values()) {
			// A reload leaves the old client's state behind until it times out; keep the newest per person.
			const heard = this.#awareness.meta.get(peer.clientId)?.lastUpdated ?? 0;
			const current = latest.get(peer.userId);
			if (!current || heard > current.heard || (heard === current.heard && peer.clientId > current.peer.clientId)) latest.set(peer.userId, { peer, heard });
		}
		return [...latest.values()].map(({ peer }) => peer).sort(byName);
	}
}

/** A peer as reactive state: each field signals on its own, so readers of one field do not re-run for another. */
function peerRecord(peer: PeerState): PeerState {
	const record = $state(peer);
	return record;
}
