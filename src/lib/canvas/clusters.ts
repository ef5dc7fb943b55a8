/**
 * Clusters group notes under a name. Membership lives on the note (its
 * `cluster` key), not in a list on the cluster: a note then belongs to at most
 * one cluster even when two peers group it at the same time (last write wins),
 * and deleting a note needs no clean-up here.
 */
import * as Y from 'yjs';
import { CanvasError, clustersMap, notesMap, requireNote, type Cluster, type YCluster } from './schema.ts';
import { checkClusterName, checkColor, checkId, newId } from './validate.ts';

/** Light tints, so the notes' own stakeholder colors stay readable on top. */
export const CLUSTER_COLORS = ['#dce6f2', '#fde5cc', '#dcedd8', '#fbf2cf', '#eadcea', '#e6e6e6'] as const;

export interface ClusterWithNotes extends Cluster {
	noteIds: string[];
}

function requireCluster(doc: Y.Doc, id: string): YCluster {
	const yCluster = typeof id === 'string' ? clustersMap(doc).get(id) : undefined;
	if (!(yCluster instanceof Y.Map))
		throw new CanvasError('unknown-cluster', `No cluster with id "${String(id)}" on this canvas.`);
	return yCluster;
}

/** Creates a cluster and moves the given notes into it (out of any cluster they were in). */
export function createCluster(
	doc: Y.Doc,
	name: string,
	noteIds: string[],
	color?: string,
	origin?: unknown
): string {
	const safeName = checkClusterName(name);
	const clusters = clustersMap(doc);
	const safeColor = color === undefined ? CLUSTER_COLORS[clusters.size % CLUSTER_COLORS.length] : checkColor(color);
	const members = [...new Set(noteIds)].map((noteId) => requireNote(doc, noteId));
	const id = newId();
	doc.transact(() => {
		const yCluster: YCluster = new Y.Map();
		clusters.set(id, yCluster);
		yCluster.set('name', safeName);
		yCluster.set('color', safeColor);
		for (const yNote of members) yNote.set('cluster', id);
	}, origin);
	return id;
}

export function renameCluster(doc: Y.Doc, id: string, name: string, origin?: unknown): void {
	const safeName = checkClusterName(name);
	const yCluster = requireCluster(doc, id);
	doc.transact(() => yCluster.set('name', safeName), origin);
}

export function setClusterColor(doc: Y.Doc, id: string, color: string, origin?: unknown): void {
	const safeColor = checkColor(color);
	const yCluster = requireCluster(doc, id);
	doc.transact(() => yCluster.set('color', safeColor), origin);
}

/** Puts one note into a cluster, or takes it out with null (dragging a note in or out of a group). */
export function setNoteCluster(doc: Y.Doc, noteId: string, clusterId: string | null, origin?: unknown): void {
	if (clusterId !== null) requireCluster(doc, checkId(clusterId, 'Cluster id'));
	const yNote = requireNote(doc, noteId);
	doc.transact(() => yNote.set('cluster', clusterId), origin);
}

/** Dissolves a cluster: its notes stay where they are, in no cluster. */
export function dissolveCluster(doc: Y.Doc, clusterId: string, origin?: unknown): void {
	requireCluster(doc, clusterId);
	doc.transact(() => {
		notesMap(doc).forEach((yNote) => {
			if (yNote instanceof Y.Map && yNote.get('cluster') === clusterId) yNote.set('cluster', null);
		});
		clustersMap(doc).delete(clusterId);
	}, origin);
}

/**
 * Clusters with their notes, by name. A note grouped by one peer while another
 * ungroups the same cluster can keep a dangling cluster id; it is simply not
 * listed under any cluster (and projectNotes reports it as ungrouped).
 */
export function listClusters(doc: Y.Doc): ClusterWithNotes[] {
	const members = new Map<string, string[]>();
	notesMap(doc).forEach((yNote, noteId) => {
		const cluster = yNote instanceof Y.Map ? yNote.get('cluster') : null;
		if (typeof cluster === 'string') members.set(cluster, [...(members.get(cluster) ?? []), noteId]);
	});
	const result: ClusterWithNotes[] = [];
	clustersMap(doc).forEach((yCluster, id) => {
		if (!(yCluster instanceof Y.Map)) return;
		const name = yCluster.get('name');
		const color = yCluster.get('color');
		result.push({
			id,
			name: typeof name === 'string' ? name : '',
			color: typeof color === 'string' ? color : CLUSTER_COLORS[0],
			noteIds: (members.get(id) ?? []).sort()
		});
	});
	return result.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
