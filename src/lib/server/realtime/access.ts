import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { canWrite, isWorkshopRole, type WorkshopRole } from '../../domain/access.ts';
import { parseRoom, type RoomAddress } from '../../realtime/rooms.ts';
import { readConfig } from '../config.ts';
import { verifyAccessToken } from '../jwt.ts';

export interface Admission {
	room: RoomAddress;
	userId: string;
	workshopId: string;
	role: WorkshopRole;
	locked: boolean;
	readOnly: boolean;
	/** When the token expires (ms since the epoch): the connection is closed then (CLOSE.tokenExpired). */
	expiresAt: number;
}

export type Refusal = { status: 401 | 403 | 404; reason: string };

export type Admit = (req: IncomingMessage, url: URL, roomName: string) => Promise<Admission | Refusal>;

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

interface AccessRow {
	workshop_id: string;
	locked: boolean;
	role: string;
}

/**
 * Decides once per connection, before the upgrade: a verified token, a member
 * of the room's workshop, and whether that member may write. Workshop, lock
 * and role come from one call to collab_access with the person's own token,
 * so RLS decides.
 *
 * The call is a plain HTTP request on one keep-alive agent, not fetch and not
 * a supabase-js client: a supabase-js client per connection cost more memory
 * than the rest of the admission together, and fetch's Request, Response and
 * stream objects were most of what was left (see bench/realtime).
 */
export function createAdmission(jwtSecret: string): { admit: Admit; close(): void } {
	let endpoint: { url: URL; anonKey: string } | null = null;
	const agents = { http: new HttpAgent({ keepAlive: true, maxSockets: 16 }), https: new HttpsAgent({ keepAlive: true, maxSockets: 16 }) };

	/** Read on first use: tests set the stack's variables after the server is built. */
	function target() {
		if (endpoint) return endpoint;
		const config = readConfig();
		// Local mode reaches PostgREST at its root; a hosted project serves it under /rest/v1.
		const base = config.restFetch ? config.supabaseUrl : `${config.supabaseUrl}/rest/v1`;
		endpoint = { url: new URL(`${base}/rpc/collab_access`), anonKey: config.anonKey };
		return endpoint;
	}

	function collabAccess(token: string, room: RoomAddress): Promise<AccessRow | undefined> {
		const { url, anonKey } = target();
		const body = JSON.stringify({ room_kind: room.kind, room_id: room.id });
		const https = url.protocol === 'https:';
		return new Promise((resolve, reject) => {
			const req = (https ? httpsRequest : httpRequest)(
				url,
				{
					method: 'POST',
					agent: https ? agents.https : agents.http,
					headers: {
						apikey: anonKey,
						Authorization: `Bearer ${token}`,
						'Content-Type': 'application/json',
						Accept: 'application/json',
						'Content-Length': Buffer.byteLength(body)
					}
				},
				(res) => {
					const chunks: Buffer[] = [];
					res.on('data', (chunk: Buffer) => chunks.push(chunk));
					res.on('end', () => {
						const text = Buffer.concat(chunks).toString('utf8');
						if (res.statusCode !== 200) return reject(new Error(`collab_access: HTTP ${res.statusCode} ${text}`));
						try {
							resolve((JSON.parse(text) as AccessRow[])[0]);
						} catch (error) {
							reject(error as Error);
						}
					});
					res.on('error', reject);
				}
			);
			req.on('error', reject);
			req.end(body);
		});
	}

	const admit: Admit = async (req, url, roomName) => {
		const room = parseRoom(roomName);
		if (!room) return { status: 404, reason: 'unknown room' };
		const token = tokenOf(req, url);
		if (!token) return { status: 401, reason: 'no token' };
		const claims = await verifyAccessToken(token, jwtSecret);
		if (!claims) return { status: 401, reason: 'invalid or expired token' };
		const access = await collabAccess(token, room);
		// Unknown and not-yours look the same from outside.
		if (!access || !isWorkshopRole(access.role)) return { status: 403, reason: 'not a member' };
		return {
			room,
			userId: claims.sub,
			workshopId: access.workshop_id,
			role: access.role,
			locked: access.locked,
			readOnly: !canWrite(room.kind, access.role, access.locked),
			expiresAt: claims.exp * 1000
		};
	};
	return {
		admit,
		close() {
			agents.http.destroy();
			agents.https.destroy();
		}
	};
}
