import type { RoomKind } from '../realtime/rooms.ts';

export const WORKSHOP_ROLES = ['facilitator', 'participant', 'observer'] as const;
export type WorkshopRole = (typeof WORKSHOP_ROLES)[number];

export const isWorkshopRole = (value: unknown): value is WorkshopRole =>
	typeof value === 'string' && (WORKSHOP_ROLES as readonly string[]).includes(value);

/**
 * Who may change a room's document. Observers never; on a locked canvas only
 * facilitators; the session document (phase, timer, locks) only facilitators.
 */
export function canWrite(room: RoomKind, role: WorkshopRole, locked: boolean): boolean {
	if (role === 'facilitator') return true;
	if (role === 'observer' || room === 'session') return false;
	return !locked;
}
