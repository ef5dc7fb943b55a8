/**
 * Links between notes: plain { id, from, to } objects in one Y.Array. Links
 * are undirected for duplicate checks, so A-B and B-A are the same link.
 */
import type * as Y from 'yjs';
import { CanvasError, linksArray, notesMap, requireNote, type Link } from './schema.ts';
import { checkId, newId } from './validate.ts';

const isLink = (value: unknown): value is Link => {
	if (typeof value !== 'object' || value === null) return false;
	const { id, from, to } = value as Record<string, unknown>;
	return typeof id === 'string' && typeof from === 'string' && typeof to === 'string';
};

const pairKey = (a: string, b: string): string => JSON.stringify(a < b ? [a, b] : [b, a]);

/**
 * The links to draw. The raw array can hold entries no peer would create on
 * its own: two peers linking the same pair at once, or a link added while
 * another peer deleted one of its notes. Every peer filters them the same
 * way, so they still agree on what is shown.
 */
export function listLinks(doc: Y.Doc): Link[] {
	const notes = notesMap(doc);
	const seen = new Set<string>();
	const links: Link[] = [];
	for (const entry of linksArray(doc).toArray()) {
		if (!isLink(entry) || entry.from === entry.to || !notes.has(entry.from) || !notes.has(entry.to)) continue;
		const key = pairKey(entry.from, entry.to);
		if (seen.has(key)) continue;
		seen.add(key);
		links.push({ id: entry.id, from: entry.from, to: entry.to });
	}
	return links;
}

export function addLink(doc: Y.Doc, from: string, to: string, origin?: unknown): string {
	checkId(from, 'Link start');
	checkId(to, 'Link end');
	if (from === to) throw new CanvasError('invalid-input', 'A note cannot be linked to itself.');
	requireNote(doc, from);
	requireNote(doc, to);
	const key = pairKey(from, to);
	if (linksArray(doc).toArray().some((l) => isLink(l) && pairKey(l.from, l.to) === key))
		throw new CanvasError('conflict', 'These two notes are already linked.');
	const id = newId();
	doc.transact(() => linksArray(doc).push([{ id, from, to }]), origin);
	return id;
}

export function removeLink(doc: Y.Doc, id: string, origin?: unknown): void {
	checkId(id, 'Link id');
	const links = linksArray(doc);
	const indexes = indexesWhere(links, (l) => l.id === id);
	if (indexes.length === 0) throw new CanvasError('unknown-link', `No link with id "${id}" on this canvas.`);
	doc.transact(() => deleteAt(links, indexes), origin);
}

/** Deletes every link touching a note; call inside the note's delete transaction. */
export function removeLinksOf(doc: Y.Doc, noteId: string): void {
	const links = linksArray(doc);
	deleteAt(links, indexesWhere(links, (l) => l.from === noteId || l.to === noteId));
}

function indexesWhere(links: Y.Array<Link>, match: (link: Link) => boolean): number[] {
	const indexes: number[] = [];
	links.toArray().forEach((entry, index) => {
		if (isLink(entry) && match(entry)) indexes.push(index);
	});
	return indexes;
}

/** From the end, so earlier indexes stay valid while deleting. */
function deleteAt(links: Y.Array<Link>, indexes: number[]): void {
	for (let i = indexes.length - 1; i >= 0; i--) links.delete(indexes[i], 1);
}
