/**
 * Whether the canvas page offers editing. The load decides it with canWrite (the
 * rule the realtime server enforces); while the page is open, the facilitator's live
 * lock from the session document goes through the same rule, never a copy of it.
 */
import { canWrite, type WorkshopRole } from '../domain/access.ts';

/** `liveLock` is the lock the session document last reported, undefined until it has. */
export function canvasReadOnly(role: WorkshopRole, loadedReadOnly: boolean, liveLock: boolean | undefined): boolean {
	return liveLock === undefined ? loadedReadOnly : !canWrite('canvas', role, liveLock);
}

/** Which read-only notice the page shows, if any. A facilitator is told a canvas is locked for the others. */
export type ReadOnlyNotice = 'observer' | 'locked' | 'lockedFacilitator';

export function readOnlyNotice(role: WorkshopRole, locked: boolean): ReadOnlyNotice | null {
	if (role === 'observer') return 'observer';
	if (!locked) return null;
	return role === 'facilitator' ? 'lockedFacilitator' : 'locked';
}
