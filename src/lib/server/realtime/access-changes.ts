import { canWrite, mayOpen, type WorkshopRole } from '../../domain/access.ts';
import { CLOSE } from '../../realtime/close-codes.ts';
import { sessionRoom } from '../../realtime/rooms.ts';
import type { Connection } from './connection.ts';
import { encodeSyncStep1 } from './protocol.ts';
import type { RoomRegistry } from './registry.ts';
import type { Room } from './room.ts';
import { writeLock } from '../../session/document.ts';
import { SERVER_ORIGIN } from './session-sync.ts';

/** A change to who may write, from the database (see listen.ts). */
export type AccessChange =
	| { kind: 'canvas'; canvas_id: string; workshop_id: string; locked: boolean | null }
	| { kind: 'member'; workshop_id: string; user_id: string; role: WorkshopRole | null };

/**
 * Applies a lock or role change to open rooms at once: the session document's
 * locks, read-only per connection, and closing the connections of a removed
 * member or on a deleted canvas.
 */
export function applyAccessChange(registry: RoomRegistry, change: AccessChange) {
	registry.accessVersion++;
	if (change.kind === 'canvas') {
		const session = registry.get(sessionRoom(change.workshop_id));
		if (session) session.doc.transact(() => writeLock(session.doc, change.canvas_id, change.locked), SERVER_ORIGIN);
	}
	for (const room of registry.values()) {
		if (room.workshopId !== change.workshop_id) continue;
		if (change.kind === 'canvas') {
			if (room.kind !== 'canvas' || room.id !== change.canvas_id) continue;
			if (change.locked === null) {
				for (const c of room.connections) c.close(CLOSE.canvasRemoved.code, CLOSE.canvasRemoved.reason);
				continue;
			}
			room.locked = change.locked;
			for (const c of room.connections) setReadOnly(room, c);
		} else {
			for (const c of room.connections) {
				if (c.userId !== change.user_id) continue;
				// Removed, or no longer allowed in this kind of room (a facilitator made participant leaves the console).
				if (change.role === null || !mayOpen(room.kind, change.role)) c.close(CLOSE.notAMember.code, CLOSE.notAMember.reason);
				else {
					c.role = change.role;
					setReadOnly(room, c);
				}
			}
		}
	}
}

function setReadOnly(room: Room, c: Connection) {
	const readOnly = !canWrite(room.kind, c.role, room.locked);
	// Regaining write access: ask for what the client has that the server lacks,
	// or its next edits wait forever behind the ones dropped while read-only.
	if (c.readOnly && !readOnly) c.send(encodeSyncStep1(room.doc));
	c.readOnly = readOnly;
}
