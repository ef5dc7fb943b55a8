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

export class Presence {
	/** Other clients, one per person (the one heard from last), sorted by name. */
	peers: PeerState[] = $state.raw([]);

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
		awareness.on('change', this.#refresh);
		this.#refresh();
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

	/** Stops sending and tells the others this person has left. */
	destroy(): void {
		this.#cursor.cancel();
		this.#view.cancel();
		this.#awareness.off('change', this.#refresh);
		this.#awareness.setLocalState(null);
	}

	#refresh = (): void => {
		const latest = new Map<string, { peer: PeerState; heard: number }>();
		this.#awareness.getStates().forEach((state, clientId) => {
			if (clientId === this.#awareness.clientID) return;
			const peer = readPeer(clientId, state);
			if (!peer) return;
			// A reload leaves the old client's state behind until it times out; keep the newest per person.
			const heard = this.#awareness.meta.get(clientId)?.lastUpdated ?? 0;
			const current = latest.get(peer.userId);
			if (!current || heard > current.heard || (heard === current.heard && clientId > current.peer.clientId))
				latest.set(peer.userId, { peer, heard });
		});
		this.peers = [...latest.values()].map(({ peer }) => peer).sort(byName);
	};
}
