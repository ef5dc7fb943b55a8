/**
 * Why the server closes a realtime connection: WebSocket close codes, each
 * with the reason sent along. The stock y-websocket client reconnects after
 * any code except 4400-4499, which it takes as final (mirroring HTTP 4xx).
 */
export const CLOSE = {
	/** Text frames: the protocol is binary. */
	binaryOnly: { code: 1003, reason: 'binary messages only' },
	/** A message that does not decode; only this connection pays for it. */
	malformed: { code: 1007, reason: 'malformed message' },
	/** Over the rate limit (limits.ts); the reconnect's sync loses nothing. */
	tooManyMessages: { code: 1008, reason: 'too many messages' },
	/** Bigger than limits.maxMessageBytes (ws sends it itself). */
	tooBig: { code: 1009, reason: 'message too big' },
	/** The server is shutting down or restarting. */
	restarting: { code: 1012, reason: 'server restarting' },
	/** Its unsent output passed limits.maxBufferedBytes. */
	tooSlow: { code: 1013, reason: 'too slow to keep up' },
	/**
	 * The token the connection was admitted with has expired (at its `exp`).
	 * Outside 4400-4499 on purpose: the client reconnects at once with a fresh
	 * token or renewed session cookie, and its reconnect sync sends any edit the
	 * server had not received.
	 */
	tokenExpired: { code: 4001, reason: 'token expired' },
	/** Removed from the workshop: final. */
	notAMember: { code: 4403, reason: 'no longer a member' },
	/** The canvas was deleted: final. */
	canvasRemoved: { code: 4404, reason: 'canvas removed' }
} as const;

export type CloseCode = (typeof CLOSE)[keyof typeof CLOSE];
