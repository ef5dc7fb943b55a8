import pg from 'pg';
import type { AccessChange } from './access-changes.ts';

/**
 * LISTENs for lock and role changes (triggers in the workshops migration) and
 * hands them to the server. Reconnects if the connection drops.
 */
export function listenForAccessChanges(databaseUrl: string, onChange: (change: AccessChange) => void, log: (line: string) => void) {
	let client: pg.Client | null = null;
	let stopped = false;
	let retry: NodeJS.Timeout | null = null;

	const connect = async () => {
		const next = new pg.Client({ connectionString: databaseUrl });
		next.on('error', (error) => {
			log(`realtime: database events connection lost: ${error.message}`);
			if (!stopped) retry = setTimeout(() => void connect(), 1000);
		});
		next.on('notification', (message) => {
			if (message.channel !== 'collab_access' || !message.payload) return;
			try {
				onChange(JSON.parse(message.payload) as AccessChange);
			} catch {
				log('realtime: ignored a malformed access change');
			}
		});
		try {
			await next.connect();
			await next.query('listen collab_access');
			client = next;
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
