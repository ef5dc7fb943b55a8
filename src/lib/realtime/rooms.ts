/**
 * Realtime room names, shared by the server and the browser: `canvas:<canvas id>`
 * holds one canvas's Y.Doc, `session:<workshop id>` the workshop's session
 * document, `console:<workshop id>` its facilitators' part (live tallies; see
 * src/lib/session/document.ts), `outcome:<workshop id>` the workshop's outcome
 * (src/lib/outcome/document.ts). Built and read only here;
 * neither collab/ (browser) nor server/ but both import it.
 */
import { isUuid } from '../domain/ids.ts';

export const ROOM_KINDS = ['canvas', 'session', 'console', 'outcome'] as const;
export type RoomKind = (typeof ROOM_KINDS)[number];

/** A room name read into its parts: what the server keys rooms and access on. */
export interface RoomAddress {
	kind: RoomKind;
	/** The canvas id of a canvas room, the workshop id of a session, console or outcome room. */
	id: string;
	name: string;
}

export const roomName = (kind: RoomKind, id: string) => `${kind}:${id}`;
export const canvasRoom = (canvasId: string) => roomName('canvas', canvasId);
export const sessionRoom = (workshopId: string) => roomName('session', workshopId);
export const consoleRoom = (workshopId: string) => roomName('console', workshopId);
export const outcomeRoom = (workshopId: string) => roomName('outcome', workshopId);

export function parseRoom(name: string): RoomAddress | null {
	const colon = name.indexOf(':');
	const kind = name.slice(0, colon);
	const id = name.slice(colon + 1);
	if (colon < 0 || !(ROOM_KINDS as readonly string[]).includes(kind) || !isUuid(id)) return null;
	return { kind: kind as RoomKind, id, name };
}

/** The path the stock y-websocket client connects to: <origin>/collab/<room>. */
export const COLLAB_PATH = '/collab';
