/**
 * Realtime room names: `canvas:<canvas id>` holds one canvas's Y.Doc,
 * `session:<workshop id>` the workshop's session state (phase, timer, locks).
 */
export type RoomKind = 'canvas' | 'session';

export interface Room {
	kind: RoomKind;
	id: string;
	name: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function parseRoom(name: string): Room | null {
	const match = /^(canvas|session):(.+)$/.exec(name);
	if (!match || !UUID.test(match[2])) return null;
	return { kind: match[1] as RoomKind, id: match[2], name };
}

export const canvasRoom = (canvasId: string) => `canvas:${canvasId}`;
export const sessionRoom = (workshopId: string) => `session:${workshopId}`;

/** The path the stock y-websocket client connects to: <origin>/collab/<room>. */
export const COLLAB_PATH = '/collab';

/**
 * In a session room's document: canvas id -> locked. Written only by the
 * server (from the database), so every open canvas page learns of a lock at once.
 */
export const SESSION_LOCKS = 'locks';
