/**
 * End-of-run checks per room: the real clients hold the same document (same
 * state vector, same content), every client's own edits are in it (its
 * clientID's clock is covered), and, for our server, what Postgres stored is
 * that same document.
 */
import * as Y from 'yjs';
import type { RoomFinal } from './generator.ts';

export interface RoomCheck {
	name: string;
	/** Real clients agree with each other and hold every client's edits. */
	converged: boolean;
	/** Clients some of whose edits are missing from the real clients' documents. */
	clientsMissingEdits: number;
	/** Postgres holds exactly the real clients' document; null when not checked. */
	stored: boolean | null;
	notes: number;
	problem?: string;
}

/** JSON with sorted keys: two peers may have received map keys in different orders. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
		return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
	}
	return JSON.stringify(value);
}

const plain = (doc: Y.Doc) => ({ notes: doc.getMap('notes').toJSON(), bench: doc.getMap('bench').toJSON() });
function content(doc: Y.Doc): string {
	return canonical(plain(doc));
}

/** The first path where two plain values differ, with both values: enough to tell a lost write from noise. */
function firstDifference(a: unknown, b: unknown, path = ''): string | null {
	if (canonical(a) === canonical(b)) return null;
	if (a && b && typeof a === 'object' && typeof b === 'object') {
		const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
		for (const key of [...keys].sort()) {
			const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}/${key}`);
			if (found) return found;
		}
	}
	return `${path}: clients ${canonical(a)?.slice(0, 80)}, stored ${canonical(b)?.slice(0, 80)}`;
}

function sameVector(a: Map<number, number>, b: Map<number, number>): boolean {
	if (a.size !== b.size) return false;
	for (const [client, clock] of a) if (b.get(client) !== clock) return false;
	return true;
}

/** "client 123: 40 in the clients, 38 stored" for every client whose clocks differ. */
function vectorDiff(clients: Map<number, number>, stored: Map<number, number>, labels: Map<number, string>): string {
	const ids = new Set([...clients.keys(), ...stored.keys()]);
	return [...ids]
		.filter((id) => clients.get(id) !== stored.get(id))
		.map((id) => `client ${labels.get(id) ?? id}: ${clients.get(id) ?? 0} in the clients, ${stored.get(id) ?? 0} stored`)
		.join('; ');
}

function docOf(state: Uint8Array): Y.Doc {
	const doc = new Y.Doc();
	Y.applyUpdate(doc, state);
	return doc;
}

/** `parts`: what each generator reported for this room; `stored`: the room as Postgres has it. */
export function checkRoom(parts: RoomFinal[], stored?: Uint8Array | null): RoomCheck {
	const name = parts[0].name;
	const docs = parts.flatMap((p) => p.real).map((s) => docOf(Buffer.from(s, 'base64')));
	const own = parts.flatMap((p) => p.own);
	if (docs.length === 0) return { name, converged: false, clientsMissingEdits: own.length, stored: null, notes: 0, problem: 'no real client' };
	const vector = Y.decodeStateVector(Y.encodeStateVector(docs[0]));
	const text = content(docs[0]);
	let problem: string | undefined;
	for (const doc of docs.slice(1)) {
		if (!sameVector(vector, Y.decodeStateVector(Y.encodeStateVector(doc)))) problem ??= 'real clients differ (state vector)';
		else if (content(doc) !== text) problem ??= 'real clients differ (content)';
	}
	const clientsMissingEdits = own.filter(([client, clock]) => clock > 0 && (vector.get(client) ?? 0) < clock).length;
	if (clientsMissingEdits) problem ??= `${clientsMissingEdits} clients' edits missing`;
	let storedOk: boolean | null = null;
	if (stored !== undefined) {
		const storedVector = stored ? Y.decodeStateVector(Y.encodeStateVectorFromUpdate(stored)) : new Map<number, number>();
		// A room nobody edited yet (opened just before the end) is rightly never stored.
		storedOk = stored === null ? vector.size === 0 : sameVector(vector, storedVector) && content(docOf(stored)) === text;
		const labels = new Map(own.map(([client, , label]) => [client, label]));
		const diff = () => (stored ? firstDifference(plain(docs[0]), plain(docOf(stored))) : 'nothing stored');
		if (!storedOk) problem ??= `stored state differs: ${vectorDiff(vector, storedVector, labels) || `same state vector, content differs at ${diff()}`}`;
	}
	const notes = docs[0].getMap('notes').size;
	for (const doc of docs) doc.destroy();
	return { name, converged: problem === undefined || problem === 'stored state differs', clientsMissingEdits, stored: storedOk, notes, problem };
}
