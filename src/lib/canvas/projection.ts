/**
 * Plain-JSON views of a canvas for search, export and outcomes (the realtime
 * server stores these in Postgres). No Yjs types leak out, and the output is
 * deterministic, so the server can skip a write when nothing changed.
 */
import type * as Y from 'yjs';
import type { Dimension } from '../domain/gassmann.ts';
import type { Stakeholder } from '../domain/stakeholders.ts';
import { listClusters, type ClusterWithNotes } from './clusters.ts';
import { listLinks } from './links.ts';
import { clustersMap, listNotes, type Link } from './schema.ts';

export interface NoteProjection {
	id: string;
	text: string;
	block: string | null;
	dimension: Dimension | null;
	author: string;
	stakeholder: Stakeholder;
	cluster: string | null;
	useCases: string[];
	x: number;
	y: number;
}

export interface CanvasProjection {
	notes: NoteProjection[];
	clusters: ClusterWithNotes[];
	links: Link[];
}

export function projectNotes(doc: Y.Doc): NoteProjection[] {
	const clusters = clustersMap(doc);
	return listNotes(doc).map((note) => ({
		id: note.id,
		text: note.text,
		block: note.block,
		dimension: note.dimension,
		author: note.author,
		stakeholder: note.stakeholder,
		// A cluster deleted concurrently with grouping leaves a dangling id: report ungrouped.
		cluster: note.cluster !== null && clusters.has(note.cluster) ? note.cluster : null,
		useCases: [...note.useCases],
		x: note.x,
		y: note.y
	}));
}

/** Notes, clusters and links together, as an export or an outcome needs them. */
export function projectCanvas(doc: Y.Doc): CanvasProjection {
	return { notes: projectNotes(doc), clusters: listClusters(doc), links: listLinks(doc) };
}
