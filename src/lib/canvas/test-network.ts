/**
 * Test support only (imported by *.test.ts, never by the app): peers that
 * exchange Yjs updates through queues the test drains when it likes, so it
 * can hold messages back to make edits concurrent, as a slow network would.
 */
import * as Y from 'yjs';

const REMOTE = Symbol('remote');

export class TestNetwork {
	readonly docs: Y.Doc[];
	/** queues[i] holds the updates peer i has not received yet. */
	readonly queues: Uint8Array[][];

	constructor(peers: number) {
		this.docs = [];
		this.queues = [];
		for (let i = 0; i < peers; i++) {
			const doc = new Y.Doc();
			// Fixed client ids make conflict winners, and so a failing seed, reproducible.
			doc.clientID = i + 1;
			this.docs.push(doc);
			this.queues.push([]);
			// Like a y-websocket server: a peer's own updates go to every other peer.
			doc.on('update', (update: Uint8Array, origin: unknown) => {
				if (origin === REMOTE) return;
				this.queues.forEach((queue, j) => {
					if (j !== i) queue.push(update);
				});
			});
		}
	}

	/** Delivers one pending update to a peer; `at` picks which, to deliver out of order. */
	deliverOne(peer: number, at = 0): boolean {
		const [update] = this.queues[peer].splice(at, 1);
		if (update === undefined) return false;
		Y.applyUpdate(this.docs[peer], update, REMOTE);
		return true;
	}

	deliver(peer: number): void {
		while (this.deliverOne(peer));
	}

	flush(): void {
		this.docs.forEach((_, peer) => this.deliver(peer));
	}

	pending(): number {
		return this.queues.reduce((sum, queue) => sum + queue.length, 0);
	}
}
