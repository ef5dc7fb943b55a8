import type * as Y from 'yjs';
import { SESSION_LOCKS } from '../../session/document.ts';

/** Marks the server's own writes to a document (never a connection's). */
export const SERVER_ORIGIN = Symbol('server');

/** Sets one canvas's lock in the session document; null removes the canvas. Writes only a change. */
export function setLock(doc: Y.Doc, canvasId: string, locked: boolean | null) {
	const locks = doc.getMap<boolean>(SESSION_LOCKS);
	if (locked === null ? !locks.has(canvasId) : locks.get(canvasId) === locked) return;
	doc.transact(() => (locked === null ? locks.delete(canvasId) : locks.set(canvasId, locked)), SERVER_ORIGIN);
}

/** Makes the session document's locks equal the database's, when the room loads. */
export function syncLocks(doc: Y.Doc, canvases: { id: string; locked: boolean }[]) {
	const locks = doc.getMap<boolean>(SESSION_LOCKS);
	const current = new Set(canvases.map((c) => c.id));
	for (const id of [...locks.keys()]) if (!current.has(id)) setLock(doc, id, null);
	for (const { id, locked } of canvases) setLock(doc, id, locked);
}
