import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { RawData, WebSocket, WebSocketServer } from 'ws';
import { CLOSE } from '../../realtime/close-codes.ts';
import { COLLAB_PATH } from '../../realtime/rooms.ts';
import type { Admission, Admit } from './access.ts';
import { Connection } from './connection.ts';
import type { Limits } from './limits.ts';
import type { RoomRegistry } from './registry.ts';
import type { Room } from './room.ts';

export interface UpgradeContext {
	admit: Admit;
	registry: RoomRegistry;
	wss: WebSocketServer;
	limits: Limits;
	log(line: string): void;
	/** True once the server is shutting down: new connections are refused (503). */
	closing(): boolean;
}

const STATUS_TEXT = { 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 500: 'Internal Server Error', 503: 'Service Unavailable' };

/** Answers an upgrade with a plain HTTP refusal; the client never gets a socket. */
export function refuse(socket: Duplex, status: keyof typeof STATUS_TEXT, reason: string) {
	socket.end(`HTTP/1.1 ${status} ${STATUS_TEXT[status]}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${reason.length}\r\n\r\n${reason}`);
}

/** The room name of an upgrade to /collab/<room>, or null for any other path. */
export function roomNameOf(url: URL): string | null {
	if (!url.pathname.startsWith(COLLAB_PATH + '/')) return null;
	return decodeURIComponent(url.pathname.slice(COLLAB_PATH.length + 1));
}

/**
 * The upgrade path: admit (token, membership, role), open the room, and only
 * then accept the WebSocket and attach it. An access change that arrived
 * while admitting may postdate what admission read: then it decides again.
 */
export async function admitAndAttach(context: UpgradeContext, req: IncomingMessage, socket: Duplex, head: Buffer, url: URL, name: string) {
	const { registry, log } = context;
	let admission;
	let room: Room;
	for (let attempt = 1; ; attempt++) {
		const version = registry.accessVersion;
		try {
			admission = await context.admit(req, url, name);
		} catch (error) {
			log(`realtime: admission failed: ${(error as Error).message}`);
			return refuse(socket, 503, 'try again');
		}
		if ('status' in admission) return refuse(socket, admission.status, admission.reason);
		try {
			room = await registry.open(admission.room, admission.workshopId, admission.locked);
		} catch (error) {
			log(`realtime: loading ${name} failed: ${(error as Error).message}`);
			return refuse(socket, 503, 'could not load the document');
		}
		if (version === registry.accessVersion) break;
		if (attempt === 5) return refuse(socket, 503, 'try again');
	}
	if (context.closing()) return refuse(socket, 503, 'shutting down');
	room.locked = admission.locked;
	const admitted = admission;
	context.wss.handleUpgrade(req, socket, head, (ws) => attach(context, ws, socket, room, admitted));
}

/** Wires an accepted socket to its room: rate limit, binary only, malformed closes, token expiry. */
function attach(context: UpgradeContext, ws: WebSocket, socket: Duplex, room: Room, admission: Admission) {
	const connection = new Connection(ws, socket, admission.userId, admission.role, admission.readOnly, context.limits);
	connection.expireAt(admission.expiresAt);
	ws.on('error', (error) => context.log(`realtime: socket error in ${room.name}: ${error.message}`));
	ws.on('message', (data: RawData, isBinary: boolean) => {
		if (!connection.takeToken()) return connection.close(CLOSE.tooManyMessages.code, CLOSE.tooManyMessages.reason);
		if (!isBinary) return connection.close(CLOSE.binaryOnly.code, CLOSE.binaryOnly.reason);
		try {
			room.receive(connection, toBytes(data));
		} catch {
			// Only this connection pays for a malformed message.
			connection.close(CLOSE.malformed.code, CLOSE.malformed.reason);
		}
	});
	ws.on('close', () => {
		connection.clearExpiry();
		room.leave(connection);
	});
	room.join(connection);
}

function toBytes(data: RawData): Uint8Array {
	if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
	return data instanceof ArrayBuffer ? new Uint8Array(data) : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
