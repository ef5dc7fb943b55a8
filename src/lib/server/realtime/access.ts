import type { IncomingMessage } from 'node:http';
import { parseRoom, type Room as RoomName } from '../../collab/rooms.ts';
import { canWrite, isWorkshopRole, type WorkshopRole } from '../../domain/access.ts';
import { verifyAccessToken } from '../jwt.ts';
import { createUserClient } from '../supabase.ts';

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
 * of the room's workshop, and whether that member may write. The membership
 * is read through supabase-js with the person's own token, so RLS decides.
 */
export async function admit(req: IncomingMessage, url: URL, roomName: string, jwtSecret: string): Promise<Admission | Refusal> {
	const room = parseRoom(roomName);
	if (!room) return { status: 404, reason: 'unknown room' };
	const token = tokenOf(req, url);
	if (!token) return { status: 401, reason: 'no token' };
	const claims = await verifyAccessToken(token, jwtSecret);
	if (!claims) return { status: 401, reason: 'invalid or expired token' };

	const db = createUserClient(token);
	let workshopId = room.id;
	let locked = false;
	if (room.kind === 'canvas') {
		const { data: canvas, error } = await db.from('canvases').select('workshop_id, locked').eq('id', room.id).maybeSingle();
		if (error) throw new Error(error.message);
		// Unknown and not-yours look the same from outside.
		if (!canvas) return { status: 403, reason: 'not a member' };
		workshopId = canvas.workshop_id as string;
		locked = canvas.locked as boolean;
	}
	const { data: member, error } = await db
		.from('workshop_members')
		.select('role')
		.eq('workshop_id', workshopId)
		.eq('user_id', claims.sub)
		.maybeSingle();
	if (error) throw new Error(error.message);
	if (!member || !isWorkshopRole(member.role)) return { status: 403, reason: 'not a member' };
	return {
		room,
		userId: claims.sub,
		workshopId,
		role: member.role,
		locked,
		readOnly: !canWrite(room.kind, member.role, locked)
	};
}
