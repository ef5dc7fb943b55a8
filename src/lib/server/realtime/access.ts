import type { IncomingMessage } from 'node:http';
import { parseRoom, type Room as RoomName } from '../../collab/rooms.ts';
import { canWrite, isWorkshopRole, type WorkshopRole } from '../../domain/access.ts';
import { verifyAccessToken } from '../jwt.ts';
import { readConfig } from '../config.ts';

export interface Admission {
	room: RoomName;
	userId: string;
	workshopId: string;
	role: WorkshopRole;
	locked: boolean;
	readOnly: boolean;
}

export type Refusal = { status: 401 | 403 | 404; reason: string };

const ACCESS_COOKIE = 'cc_access';

/** The token: `?token=` for any client, else the session cookie of a browser on our origin. */
export function tokenOf(req: IncomingMessage, url: URL): string | null {
	const fromQuery = url.searchParams.get('token');
	if (fromQuery) return fromQuery;
	// A cookie rides along on any page's WebSocket: take it only from our own origin.
	const origin = req.headers.origin;
	if (origin && safeHost(origin) !== req.headers.host) return null;
	for (const part of (req.headers.cookie ?? '').split(';')) {
		const [name, ...value] = part.trim().split('=');
		if (name === ACCESS_COOKIE) return decodeURIComponent(value.join('='));
	}
	return null;
}

function safeHost(origin: string): string | null {
	try {
		return new URL(origin).host;
	} catch {
		return null;
	}
}

/**
 * Decides once per connection, before the upgrade: a verified token, a member
 * of the room's workshop, and whether that member may write. Workshop, lock
 * and role come from one call to collab_access with the person's own token,
 * so RLS decides. A plain fetch, not a supabase-js client: building one per
 * connection cost more memory than the rest of the admission together.
 */
export async function admit(req: IncomingMessage, url: URL, roomName: string, jwtSecret: string): Promise<Admission | Refusal> {
	const room = parseRoom(roomName);
	if (!room) return { status: 404, reason: 'unknown room' };
	const token = tokenOf(req, url);
	if (!token) return { status: 401, reason: 'no token' };
	const claims = await verifyAccessToken(token, jwtSecret);
	if (!claims) return { status: 401, reason: 'invalid or expired token' };

	const config = readConfig();
	const response = await (config.restFetch ?? fetch)(`${config.supabaseUrl}/rest/v1/rpc/collab_access`, {
		method: 'POST',
		headers: { apikey: config.anonKey, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
		body: JSON.stringify({ room_kind: room.kind, room_id: room.id })
	});
	if (!response.ok) throw new Error(`collab_access: HTTP ${response.status} ${await response.text()}`);
	const [access] = (await response.json()) as { workshop_id: string; locked: boolean; role: string }[];
	// Unknown and not-yours look the same from outside.
	if (!access || !isWorkshopRole(access.role)) return { status: 403, reason: 'not a member' };
	return {
		room,
		userId: claims.sub,
		workshopId: access.workshop_id,
		role: access.role,
		locked: access.locked,
		readOnly: !canWrite(room.kind, access.role, access.locked)
	};
}
