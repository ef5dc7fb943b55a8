import type { RoomKind } from '../realtime/rooms.ts';

export const WORKSHOP_ROLES = ['facilitator', 'participant', 'observer'] as const;
export type WorkshopRole = (typeof WORKSHOP_ROLES)[number];

export const isWorkshopRole = (value: unknown): value is WorkshopRole =>
	typeof value === 'string' && (WORKSHOP_ROLES as readonly string[]).includes(value);

/**
 * Who may change a room's document. The session and console documents nobody:
 * the server alone writes them, from the database. The outcome: facilitators
 * only (participants and observers read it). A canvas: never observers; when
 * locked, only facilitators.
 */
export function canWrite(room: RoomKind, role: WorkshopRole, locked: boolean): boolean {
	if (room === 'outcome') return role === 'facilitator';
	if (room !== 'canvas') return false;
	if (role === 'facilitator') return true;
	if (role === 'observer') return false;
	return !locked;
}

/** Who may open a room at all (the database's collab_access decides; this mirrors it for rooms by kind). */
export const mayOpen = (room: RoomKind, role: WorkshopRole): boolean => room !== 'console' || role === 'facilitator';
