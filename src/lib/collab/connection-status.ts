/** What a participant is told about the connection to the workshop's server. */
export type ConnectionStatus = 'connecting' | 'live' | 'reconnecting' | 'offline';

/** A drop shorter than this shows as reconnecting, not offline: a wifi hiccup should not alarm anyone. */
export const OFFLINE_AFTER_MS = 2000;

export interface ConnectionFacts {
	/** navigator.onLine */
	online: boolean;
	/** The server refused the room for good (no longer a member, canvas removed). */
	closedForGood: boolean;
	/** The socket is open. */
	connected: boolean;
	/** The first sync exchange on this socket has finished. */
	synced: boolean;
	/** This session has been live at least once. */
	wasLive: boolean;
	/** How long the connection has been down (or failing, if never live); null while it is not. */
	downForMs: number | null;
}

export function connectionStatus(facts: ConnectionFacts): ConnectionStatus {
	if (!facts.online || facts.closedForGood) return 'offline';
	if (facts.connected && facts.synced) return 'live';
	// An open socket still syncing is about to be live, however long the drop before it was.
	const longDown = !facts.connected && facts.downForMs !== null && facts.downForMs >= OFFLINE_AFTER_MS;
	if (longDown) return 'offline';
	return facts.wasLive ? 'reconnecting' : 'connecting';
}
