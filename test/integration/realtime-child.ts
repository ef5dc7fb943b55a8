/**
 * A realtime server in its own process, for the kill-and-restart test
 * (realtime-restart.test.ts): an HTTP server with attachRealtime, against the
 * database named by the LOCAL_* variables. Prints {"port":…} once listening.
 * Limits come as JSON in REALTIME_LIMITS.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readConfig } from '../../src/lib/server/config.ts';
import { attachRealtime } from '../../src/lib/server/realtime/index.ts';

const config = readConfig();
const http = createServer((_req, res) => {
	res.writeHead(404);
	res.end();
});
await attachRealtime(
	http,
	{ databaseUrl: config.databaseUrl, jwtSecret: config.jwtSecret },
	{ limits: JSON.parse(process.env.REALTIME_LIMITS ?? '{}'), log: (line) => console.error(line) }
);
http.listen(0, '127.0.0.1', () => {
	console.log(JSON.stringify({ port: (http.address() as AddressInfo).port }));
});
