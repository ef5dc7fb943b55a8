import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import type { WorkshopRole } from '../../domain/access.ts';
import { CLOSE } from '../../realtime/close-codes.ts';
import type { Limits } from './limits.ts';

/** setTimeout's longest delay (about 24.8 days); a later expiry is re-armed when it fires. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/** One client's socket, with who it is and what it may do, decided by the server. */
export class Connection {
	/** Awareness client ids this connection has announced; removed when it goes. */
	readonly awarenessClients = new Set<number>();
	private tokens: number;
	private refilledAt = performance.now();
	private expiryTimer: NodeJS.Timeout | null = null;

	constructor(
		readonly ws: WebSocket,
		/** The socket under ws, corked per event-loop turn (see send). */
		private socket: Duplex,
		readonly userId: string,
		public role: WorkshopRole,
		public readOnly: boolean,
		private limits: Pick<Limits, 'messagesPerSecond' | 'messageBurst' | 'maxBufferedBytes'>
	) {
		this.tokens = limits.messageBurst;
	}

	/**
	 * Closes the connection when the token it was admitted with expires
	 * (`expiresAt`, ms since the epoch): admission is decided once, so an open
	 * socket must not outlive the token that let it in.
	 */
	expireAt(expiresAt: number) {
		this.clearExpiry();
		const delay = expiresAt - Date.now();
		// A shared function with arguments, not a closure per connection.
		this.expiryTimer = setTimeout(expire, Math.max(0, Math.min(delay, MAX_TIMER_MS)), this, expiresAt);
	}

	/** Called by the expiry timer (see expire). */
	onExpiry(expiresAt: number) {
		this.expiryTimer = null;
		if (Date.now() < expiresAt) return this.expireAt(expiresAt);
		this.close(CLOSE.tokenExpired.code, CLOSE.tokenExpired.reason);
	}

	/** The socket is gone: nothing of it may stay scheduled. */
	clearExpiry() {
		if (this.expiryTimer) clearTimeout(this.expiryTimer);
		this.expiryTimer = null;
	}

	/** Token bucket: false when this message is over the connection's rate. */
	takeToken(): boolean {
		const now = performance.now();
		this.tokens = Math.min(this.limits.messageBurst, this.tokens + ((now - this.refilledAt) / 1000) * this.limits.messagesPerSecond);
		this.refilledAt = now;
		if (this.tokens < 1) return false;
		this.tokens -= 1;
		return true;
	}

	send(message: Uint8Array) {
		if (this.ws.readyState !== this.ws.OPEN) return;
		if (this.ws.bufferedAmount > this.limits.maxBufferedBytes) {
			this.close(CLOSE.tooSlow.code, CLOSE.tooSlow.reason);
			return;
		}
		corkForThisTurn(this.socket);
		this.ws.send(message, { binary: true });
	}

	close(code: number, reason: string) {
		if (this.ws.readyState === this.ws.OPEN || this.ws.readyState === this.ws.CONNECTING) this.ws.close(code, reason);
	}
}

function expire(connection: Connection, expiresAt: number) {
	connection.onExpiry(expiresAt);
}

const corked = new Set<Duplex>();

/**
 * Holds a socket's writes until this turn of the event loop ends (setImmediate
 * runs right after the poll phase), so every frame a connection gets in one
 * turn leaves in one writev instead of one syscall each: under load the
 * per-frame writes were a third of the server's CPU.
 */
function corkForThisTurn(socket: Duplex) {
	if (corked.has(socket)) return;
	if (corked.size === 0) setImmediate(uncorkAll);
	socket.cork();
	corked.add(socket);
}

function uncorkAll() {
	for (const socket of corked) socket.uncork();
	corked.clear();
}
