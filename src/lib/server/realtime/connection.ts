import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import type { WorkshopRole } from '../../domain/access.ts';
import type { Limits } from './limits.ts';

/** One client's socket, with who it is and what it may do, decided by the server. */
export class Connection {
	/** Awareness client ids this connection has announced; removed when it goes. */
	readonly awarenessClients = new Set<number>();
	private tokens: number;
	private refilledAt = performance.now();

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
			this.close(1013, 'too slow to keep up');
			return;
		}
		corkForThisTurn(this.socket);
		this.ws.send(message, { binary: true });
	}

	close(code: number, reason: string) {
		if (this.ws.readyState === this.ws.OPEN || this.ws.readyState === this.ws.CONNECTING) this.ws.close(code, reason);
	}
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
