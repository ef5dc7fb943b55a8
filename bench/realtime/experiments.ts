/**
 * Candidate server changes, tried from the benchmark before anyone edits src/:
 * BENCH_EXPERIMENT=cork (comma-separated) patches our server's process only.
 * A measured win becomes a recommendation for src/, never a silent patch.
 */
import type { Socket } from 'node:net';
import { WebSocket } from 'ws';

/**
 * cork: hold each socket's writes until the end of this turn of the event loop
 * (setImmediate runs right after the poll phase), so every frame a connection
 * gets in one turn leaves in one writev instead of one syscall per frame.
 */
function cork() {
	const corked = new Set<Socket>();
	const release = () => {
		for (const socket of corked) socket.uncork();
		corked.clear();
	};
	const send = WebSocket.prototype.send;
	WebSocket.prototype.send = function (this: WebSocket & { _socket?: Socket }, ...args: Parameters<WebSocket['send']>) {
		const socket = this._socket;
		if (socket && !corked.has(socket)) {
			if (corked.size === 0) setImmediate(release);
			socket.cork();
			corked.add(socket);
		}
		return send.apply(this, args);
	} as WebSocket['send'];
}

export function applyExperiments(list: string) {
	for (const name of list.split(',').filter(Boolean)) {
		if (name === 'cork') cork();
		else throw new Error(`unknown experiment ${name}`);
		console.error(`[server-ours] experiment: ${name}`);
	}
}
