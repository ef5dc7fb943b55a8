import pg from 'pg';
import type { AccessChange } from './access-changes.ts';
import { isSessionEvent, type SessionEvent } from './session-events.ts';

/** What each LISTEN channel carries (triggers in the workshops and facilitation migrations). */
export interface DatabaseEvents {
	/** Lock and role changes. */
	access(change: AccessChange): void;
	/** Agenda, session, round, ballot, draft and member changes. */
	session(event: SessionEvent): void;
}

const CHANNELS = { collab_access: 'access', collab_session: 'session' } as const;

/**
 * LISTENs for database events and hands them, parsed, to the server.
 * Reconnects if the connection drops (and says so: the server then refreshes
 * what it holds, since events sent meanwhile are lost).
 */
export function listenForDatabaseEvents(
	databaseUrl: string,
	handlers: DatabaseEvents & { reconnected?(): void },
	log: (line: string) => void
) {
	let client: pg.Client | null = null;
	let stopped = false;
	let retry: NodeJS.Timeout | null = null;
	let connectedBefore = false;

	const connect = async () => {
		const next = new pg.Client({ connectionString: databaseUrl });
		next.on('error', (error) => {
			log(`realtime: database events connection lost: ${error.message}`);
			if (!stopped) retry = setTimeout(() => void connect(), 1000);
		});
		next.on('notification', (message) => {
			const kind = CHANNELS[message.channel as keyof typeof CHANNELS];
			if (!kind || !message.payload) return;
			try {
				const payload: unknown = JSON.parse(message.payload);
				if (kind === 'access') handlers.access(payload as AccessChange);
				else if (isSessionEvent(payload)) handlers.session(payload);
				else log('realtime: ignored a malformed session event');
			} catch {
				log(`realtime: ignored a malformed ${kind} event`);
			}
		});
		try {
			await next.connect();
			await next.query(Object.keys(CHANNELS).map((channel) => `listen ${channel}`).join(';'));
			client = next;
			if (connectedBefore) handlers.reconnected?.();
			connectedBefore = true;
		} catch (error) {
			log(`realtime: cannot listen for database events: ${(error as Error).message}`);
			await next.end().catch(() => {});
			if (!stopped) retry = setTimeout(() => void connect(), 1000);
		}
	};
	const ready = connect();

	return {
		ready,
		async stop() {
			stopped = true;
			if (retry) clearTimeout(retry);
			await client?.end().catch(() => {});
		}
	};
}
