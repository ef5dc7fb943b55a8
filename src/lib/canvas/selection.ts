/**
 * What the selection panel shows about the selected notes: what they share (a
 * dimension, a color, a cluster) and, for two notes, whether a link joins them.
 */
import type { Dimension } from '../domain/gassmann.ts';
import type { Link, Note } from './schema.ts';

export interface SelectionSummary {
	/** The dimension every selected note has, or null (none, or they differ). */
	dimension: Dimension | null;
	color: string | null;
	/** Exactly two notes: whether they are linked. */
	pair: { linked: boolean } | null;
	/** The cluster every selected note is in, if it still exists. */
	cluster: { id: string; name: string } | null;
}

/** The link between two notes, whichever way it was drawn. */
export function findLink(links: readonly Link[], a: string, b: string): Link | undefined {
	return links.find((l) => (l.from === a && l.to === b) || (l.from === b && l.to === a));
}

function shared<T>(notes: readonly Note[], field: (note: Note) => T | null): T | null {
	const first = notes.length > 0 ? field(notes[0]) : null;
	return notes.every((n) => field(n) === first) ? first : null;
}

export function summarizeSelection(
	notes: readonly Note[],
	links: readonly Link[],
	clusterNames: ReadonlyMap<string, string>
): SelectionSummary {
	const clusterId = shared(notes, (n) => n.cluster);
	const name = clusterId === null ? undefined : clusterNames.get(clusterId);
	return {
		dimension: shared(notes, (n) => n.dimension),
		color: shared(notes, (n) => n.color),
		pair: notes.length === 2 ? { linked: findLink(links, notes[0].id, notes[1].id) !== undefined } : null,
		cluster: clusterId === null || name === undefined ? null : { id: clusterId, name }
	};
}
