/**
 * One realtime room in the browser: a Y.Doc kept in sync with the server over
 * y-websocket, with an IndexedDB copy so a canvas opens at once and keeps
 * working when the venue's wifi drops. Browser only: construct it in onMount
 * or an $effect, never during server rendering.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { IndexeddbPersistence, storeState } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CLOSE } from '../realtime/close-codes.ts';
import { COLLAB_PATH } from '../realtime/rooms.ts';
import { connectionStatus, OFFLINE_AFTER_MS, type ConnectionStatus } from './connection-status.ts';
import { renewSignIn } from './keepalive.ts';
import { ownAwarenessChange, type AwarenessChanges } from './own-awareness.ts';

export type { ConnectionStatus } from './connection-status.ts';

export interface RoomConnectionOptions {
	/** Keep an IndexedDB copy named 'civic-canvas:' + room (default true). */
	offline?: boolean;
	/** Defaults to the page's own origin (ws: or wss:) + COLLAB_PATH. */
	url?: string;
	/**
	 * Gets fresh access when the server closed the connection because its token
	 * expired (CLOSE.tokenExpired), before reconnecting. Resolves to a token to
	 * send as `?token=`, or to nothing when the session cookie carries it.
	 * Default: renew the session cookie (/auth/keepalive).
	 */
	renewAccess?: () => Promise<string | void>;
	/** A token to connect with (`?token=`), for a client without our session cookie. */
	token?: string;
}

/** Why the server ended the connection for good (close codes 4400-4499, e.g. 4403 no longer a member). */
export interface ClosedReason {
	code: number;
	reason: string;
}

/** y-websocket's backoff doubles per failed attempt; capped low so a group is back soon after the wifi is. */
export const MAX_BACKOFF_MS = 5000;
/** A slow or blocked IndexedDB must not keep the canvas from rendering. */
export const LOCAL_LOAD_TIMEOUT_MS = 3000;
export const LOCAL_DB_PREFIX = 'civic-canvas:';
/** More stored entries than this in the local copy are folded into one after opening. */
export const LOCAL_COPY_FOLD_AFTER = 20;
/** Folding waits this long, so it never competes with drawing the canvas. */
export const LOCAL_COPY_FOLD_DELAY_MS = 2000;

const MESSAGE_SYNC = 0;

export function defaultCollabUrl(): string {
	const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
	return `${scheme}//${location.host}${COLLAB_PATH}`;
}

function openLocalCopy(name: string, doc: Y.Doc): IndexeddbPersistence | null {
	// Some private modes have no IndexedDB at all, others refuse to open it (handled in whenLoaded).
	if (typeof indexedDB === 'undefined') return null;
	try {
		return new IndexeddbPersistence(name, doc);
	} catch {
		return null;
	}
}

export class RoomConnection {
	readonly doc: Y.Doc;
	readonly provider: WebsocketProvider;
	readonly awareness: Awareness;

	status: ConnectionStatus = $state('connecting');
	/** The IndexedDB copy is loaded and kept up to date. */
	savedLocally = $state(false);
	/** Edits made here while not live that the server has not yet confirmed. */
	pendingLocalEdits = $state(false);
	/** Set when the server refused this room for good; the connection then stays offline. */
	closed: ClosedReason | null = $state(null);

	readonly #persistence: IndexeddbPersistence | null;
	readonly #loaded: Promise<void>;
	#online = typeof navigator === 'undefined' ? true : navigator.onLine;
	#wasLive = false;
	/** When the connection last went down (or first failed), while it is still down. */
	#downSince: number | null = null;
	#downTimer: ReturnType<typeof setTimeout> | null = null;
	/** Counts local edits made while not live; a probe confirms the count it was sent at. */
	#unconfirmed = 0;
	#probe: number | null = null;
	#destroyed = false;
	readonly #renewAccess: () => Promise<string | void>;

	constructor(room: string, options: RoomConnectionOptions = {}) {
		this.doc = new Y.Doc();
		this.#persistence = options.offline === false ? null : openLocalCopy(LOCAL_DB_PREFIX + room, this.doc);
		this.#loaded = this.#watchLocalCopy();
		this.#renewAccess = options.renewAccess ?? renewSignIn;
		this.provider = new WebsocketProvider(options.url ?? defaultCollabUrl(), room, this.doc, {
			connect: false,
			maxBackoffTime: MAX_BACKOFF_MS,
			params: options.token ? { token: options.token } : {},
			// An expired token is not final (unlike 4400-4499): #onClosedForGood renews access and reconnects.
			shouldReconnect: (event) => event.code !== CLOSE.tokenExpired.code && !(event.code >= 4400 && event.code < 4500)
		});
		this.awareness = this.provider.awareness;
		this.#wrapSyncHandler();
		this.#sendOnlyOwnAwareness();

		this.provider.on('status', this.#update);
		this.provider.on('sync', this.#onSync);
		this.provider.on('connection-close', this.#onClose);
		this.provider.on('closed', this.#onClosedForGood);
		this.doc.on('update', this.#onDocUpdate);
		window.addEventListener('online', this.#onOnline);
		window.addEventListener('offline', this.#onOffline);
		document.addEventListener('visibilitychange', this.#onVisible);
		// The socket waits for the local copy (LOCAL_LOAD_TIMEOUT_MS at most): its sync then carries
		// the state vector of what this device holds and the server answers with only what is
		// missing. Connected at once, both would deliver the whole canvas, decoded twice on opening.
		void this.#loaded.then(() => {
			if (!this.#destroyed && !this.closed && !this.provider.wsconnected && !this.provider.wsconnecting) this.provider.connect();
		});
		this.#update();
	}

	/** Resolves once the local copy is in the doc (or there is none): render from it before the network answers. */
	whenLoaded(): Promise<void> {
		return this.#loaded;
	}

	destroy(): void {
		if (this.#destroyed) return;
		this.#destroyed = true;
		this.#clearDownTimer();
		window.removeEventListener('online', this.#onOnline);
		window.removeEventListener('offline', this.#onOffline);
		document.removeEventListener('visibilitychange', this.#onVisible);
		this.doc.off('update', this.#onDocUpdate);
		// Say goodbye while the socket is still open, so cursors vanish at once for the others.
		this.awareness.setLocalState(null);
		if (this.#sendOwnAwareness) this.awareness.off('update', this.#sendOwnAwareness);
		this.provider.destroy();
		this.#persistence?.destroy().catch(() => undefined);
		this.doc.destroy();
	}

	/**
	 * y-websocket sends every awareness change back to the server, the others' cursors too:
	 * with 29 people at 10 Hz that is 290 messages a second encoded and sent for nothing (the
	 * server lets nobody speak for another client). Only this page's own state goes out.
	 */
	#sendOnlyOwnAwareness(): void {
		const send = this.provider._awarenessUpdateHandler;
		this.awareness.off('update', send);
		this.#sendOwnAwareness = (changes: AwarenessChanges, origin: unknown) => {
			const own = ownAwarenessChange(changes, this.doc.clientID);
			if (own) send(own, origin);
		};
		this.awareness.on('update', this.#sendOwnAwareness);
	}
	#sendOwnAwareness: ((changes: AwarenessChanges, origin: unknown) => void) | null = null;

	#watchLocalCopy(): Promise<void> {
		const persistence = this.#persistence;
		if (!persistence) return Promise.resolve();
		const loaded = persistence.whenSynced.then(() => {
			if (this.#destroyed) return;
			this.savedLocally = true;
			// y-indexeddb keeps every update (each remote edit is an entry) and folds them only at
			// 500, and an opening reads and applies each. Folded here, after the canvas is on
			// screen, so the next opening reads a few entries.
			if (persistence._dbsize > LOCAL_COPY_FOLD_AFTER)
				setTimeout(() => {
					if (!this.#destroyed) void storeState(persistence, true).catch(() => undefined);
				}, LOCAL_COPY_FOLD_DELAY_MS);
		});
		// An open that fails (private mode) never fires 'synced'; finish on the failure instead.
		const failed = persistence._db.then(
			() => new Promise<void>(() => undefined),
			() => undefined
		);
		const timeout = new Promise<void>((resolve) => setTimeout(resolve, LOCAL_LOAD_TIMEOUT_MS));
		return Promise.race([loaded, failed, timeout]);
	}

	#isLive(): boolean {
		return this.provider.wsconnected && this.provider.synced;
	}

	#update = (): void => {
		if (this.#destroyed) return;
		const next: ConnectionStatus = connectionStatus({
			online: this.#online,
			closedForGood: this.closed !== null,
			connected: this.provider.wsconnected,
			synced: this.provider.synced,
			wasLive: this.#wasLive,
			downForMs: this.#downSince === null ? null : Date.now() - this.#downSince
		});
		if (next !== this.status) this.status = next;
	};

	#onSync = (synced: boolean): void => {
		// Only here, not in #update: 'connection-close' fires while the provider still reads as live.
		if (synced && this.#isLive()) {
			this.#wasLive = true;
			this.#downSince = null;
			this.#clearDownTimer();
			if (this.pendingLocalEdits) this.#sendProbe();
		}
		this.#update();
	};

	#onClose = (): void => {
		if (this.#destroyed) return; // destroy() closes the socket itself
		this.#probe = null;
		if (this.#downSince === null) {
			this.#downSince = Date.now();
			this.#clearDownTimer();
			this.#downTimer = setTimeout(this.#update, OFFLINE_AFTER_MS);
		}
		this.#update();
	};

	#onClosedForGood = (event: ClosedReason): void => {
		if (event.code === CLOSE.tokenExpired.code) {
			void this.#reconnectWithFreshAccess();
			return;
		}
		this.closed = { code: event.code, reason: event.reason };
		this.#update();
	};

	/**
	 * The server ends a connection when its token expires. Renew access, then
	 * connect again at once: the reconnect's sync sends every edit the server
	 * had not received, including ones made while renewing. A failed renewal
	 * still reconnects (the keepalive may have renewed the cookie already); if
	 * the server refuses, y-websocket's backoff keeps trying.
	 */
	async #reconnectWithFreshAccess(): Promise<void> {
		try {
			const token = await this.#renewAccess();
			if (token) this.provider.params = { ...this.provider.params, token };
		} catch {
			// Reconnect anyway, see above.
		}
		// Offline meanwhile: #onOnline connects when the network is back.
		if (!this.#destroyed && !this.closed && this.#online) this.provider.connect();
	}

	#onOnline = (): void => {
		this.#online = true;
		// Skip the rest of the backoff: the network is back now.
		if (!this.closed) this.provider.connect();
		this.#update();
	};

	#onOffline = (): void => {
		this.#online = false;
		// The socket is dead or dying: stop sending into it and keep edits local
		// until 'online', when the reconnect's sync sends them all.
		this.provider.disconnect();
		this.#update();
	};

	/** A tablet waking from sleep may have missed the 'online' event. */
	#onVisible = (): void => {
		if (document.visibilityState === 'visible' && !this.closed) this.provider.connect();
	};

	#onDocUpdate = (_update: Uint8Array, origin: unknown): void => {
		// Updates from the server or another tab (origin: provider) and from the local copy are not edits made here.
		if (origin === this.provider || (this.#persistence !== null && origin === this.#persistence)) return;
		if (this.#isLive()) return;
		this.#unconfirmed++;
		if (!this.pendingLocalEdits) this.pendingLocalEdits = true;
	};

	#clearDownTimer(): void {
		if (this.#downTimer !== null) clearTimeout(this.#downTimer);
		this.#downTimer = null;
	}

	/**
	 * y-websocket reports synced on the server's answer to our first message,
	 * which the server computes before it reads the edits we send back. A
	 * second sync step 1 is answered only after those edits: its answer
	 * confirms the server has them.
	 */
	#sendProbe(): void {
		const ws = this.provider.ws;
		if (!ws || ws.readyState !== ws.OPEN) return;
		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, MESSAGE_SYNC);
		syncProtocol.writeSyncStep1(encoder, this.doc);
		ws.send(encoding.toUint8Array(encoder));
		this.#probe = this.#unconfirmed;
	}

	/** Watches for the probe's answer: a sync step 2 from the server once already synced. */
	#wrapSyncHandler(): void {
		const handlers = this.provider.messageHandlers;
		const original = handlers[MESSAGE_SYNC];
		handlers[MESSAGE_SYNC] = (encoder, decoder, provider, fromServer, messageType) => {
			const answersProbe =
				fromServer && provider.synced && decoding.peekVarUint(decoder) === syncProtocol.messageYjsSyncStep2;
			original(encoder, decoder, provider, fromServer, messageType);
			if (!answersProbe || this.#probe === null) return;
			if (this.#probe === this.#unconfirmed) {
				this.#probe = null;
				this.pendingLocalEdits = false;
			} else this.#sendProbe(); // More offline edits came in since; confirm those too.
		};
	}
}
