/** What an awareness 'update' event reports: the client ids whose state came, changed or went. */
export interface AwarenessChanges {
	added: number[];
	updated: number[];
	removed: number[];
}

/**
 * The part of an awareness change that is this client's own, or null when
 * there is none: a page speaks only for itself, the others' states reach
 * everyone from the server.
 */
export function ownAwarenessChange(changes: AwarenessChanges, clientId: number): AwarenessChanges | null {
	const only = (ids: number[]) => (ids.includes(clientId) ? [clientId] : []);
	const own = { added: only(changes.added), updated: only(changes.updated), removed: only(changes.removed) };
	return own.added.length + own.updated.length + own.removed.length > 0 ? own : null;
}
