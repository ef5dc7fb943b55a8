/**
 * The baseline: a bare @y/websocket-server 0.1.1 (setupWSConnection), no
 * persistence, no auth, on the same ws 8 WebSocketServer our server uses, so
 * the comparison is of the room logic, not of the socket library.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupWSConnection, docs } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';
import { serve } from './ipc.ts';

const wss = new WebSocketServer({ noServer: true });
const http = createServer((_req, res) => {
	res.writeHead(200, { 'Content-Type': 'text/plain' });
	res.end('okay');
});
http.on('upgrade', (req, socket, head) => {
	wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req));
});

const started = new Promise<number>((ok) => http.listen(0, '127.0.0.1', () => ok((http.address() as AddressInfo).port)));
serve(
	{
		stats: () => ({ rooms: (docs as Map<string, unknown>).size, connections: wss.clients.size, memory: process.memoryUsage() }),
		flush: () => {},
		gc: () => (globalThis as { gc?: () => void }).gc?.(),
		close: async () => {
			for (const ws of wss.clients) ws.terminate();
			http.closeAllConnections();
			await new Promise((ok) => http.close(ok));
		}
	},
	async () => ({ pid: process.pid, port: await started })
);
