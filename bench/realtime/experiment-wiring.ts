/**
 * Experiments light-admit, token-only-admit, no-projection (BENCH_EXPERIMENT).
 * light-admit: the same admission decision as src/.../access.ts
 * (verified token, canvas and membership read from PostgREST with the
 * person's own token, so RLS decides), but with two plain fetches instead of
 * building a whole supabase-js client (auth, realtime, storage, functions) per
 * connection. Wired exactly as attachRealtime wires the real one.
 */
import type { IncomingMessage, Server } from 'node:http';
import pg from 'pg';
import { parseRoom } from '../../src/lib/collab/rooms.ts';
import { canWrite, isWorkshopRole } from '../../src/lib/domain/access.ts';
import { readConfig } from '../../src/lib/server/config.ts';
import { verifyAccessToken } from '../../src/lib/server/jwt.ts';
import { admit, tokenOf, type Admission, type Refusal } from '../../src/lib/server/realtime/access.ts';
import { listenForAccessChanges } from '../../src/lib/server/realtime/listen.ts';
import { PostgresStore } from '../../src/lib/server/realtime/persistence.ts';
import { notesProjector } from '../../src/lib/server/realtime/projection.ts';
import { createRealtimeServer, type RealtimeOptions } from '../../src/lib/server/realtime/server.ts';

async function rows(path: string, token: string): Promise<Record<string, unknown>[]> {
	const config = readConfig();
	const response = await (config.restFetch ?? fetch)(`${config.supabaseUrl}/rest/v1/${path}`, {
		headers: { apikey: config.anonKey, Authorization: `Bearer ${token}`, Accept: 'application/json' }
	});
	if (!response.ok) throw new Error(`PostgREST ${response.status}: ${await response.text()}`);
	return (await response.json()) as Record<string, unknown>[];
}

export async function lightAdmit(req: IncomingMessage, url: URL, roomName: string, jwtSecret: string): Promise<Admission | Refusal> {
	const room = parseRoom(roomName);
	if (!room) return { status: 404, reason: 'unknown room' };
	const token = tokenOf(req, url);
	if (!token) return { status: 401, reason: 'no token' };
	const claims = await verifyAccessToken(token, jwtSecret);
	if (!claims) return { status: 401, reason: 'invalid or expired token' };
	let workshopId = room.id;
	let locked = false;
	if (room.kind === 'canvas') {
		const [canvas] = await rows(`canvases?select=workshop_id,locked&id=eq.${room.id}`, token);
		if (!canvas) return { status: 403, reason: 'not a member' };
		workshopId = canvas.workshop_id as string;
		locked = canvas.locked as boolean;
	}
	const [member] = await rows(`workshop_members?select=role&workshop_id=eq.${encodeURIComponent(workshopId)}&user_id=eq.${encodeURIComponent(claims.sub)}`, token);
	if (!member || !isWorkshopRole(member.role)) return { status: 403, reason: 'not a member' };
	return { room, userId: claims.sub, workshopId, role: member.role, locked, readOnly: !canWrite(room.kind, member.role, locked) };
}

/** Diagnosis only, never a recommendation: the token checked, membership assumed (no PostgREST round trip). */
async function tokenOnlyAdmit(req: IncomingMessage, url: URL, roomName: string, jwtSecret: string): Promise<Admission | Refusal> {
	const room = parseRoom(roomName);
	const token = tokenOf(req, url);
	const claims = room && token ? await verifyAccessToken(token, jwtSecret) : null;
	if (!room || !claims) return { status: 401, reason: 'no' };
	return { room, userId: claims.sub, workshopId: room.id, role: 'participant', locked: false, readOnly: false };
}

export interface Variant {
	admit: 'src' | 'light' | 'token-only';
	/** false: no notes projection (to measure what the projection costs). */
	project: boolean;
}

/** attachRealtime from src/lib/server/realtime/index.ts, with the admission and projection of the variant. */
export async function attachVariant(
	httpServer: Server,
	config: { databaseUrl: string; jwtSecret: string },
	options: Pick<RealtimeOptions, 'limits' | 'log'>,
	variant: Variant
) {
	const admitOne = { src: admit, light: lightAdmit, 'token-only': tokenOnlyAdmit }[variant.admit];
	const log = options.log ?? (() => {});
	const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 4 });
	pool.on('error', (error) => log(`realtime: database connection lost: ${error.message}`));
	const realtime = createRealtimeServer({
		store: new PostgresStore(pool),
		admit: (req, url, room) => admitOne(req, url, room, config.jwtSecret),
		project: variant.project ? notesProjector(pool) : undefined,
		limits: options.limits,
		log
	});
	const listener = listenForAccessChanges(config.databaseUrl, (change) => realtime.applyAccessChange(change), log);
	await listener.ready;
	const onUpgrade = (req: IncomingMessage, socket: import('node:stream').Duplex, head: Buffer) => realtime.handleUpgrade(req, socket, head);
	httpServer.on('upgrade', onUpgrade);
	return {
		realtime,
		async close() {
			httpServer.off('upgrade', onUpgrade);
			await realtime.close();
			await listener.stop();
			await pool.end();
		}
	};
}
