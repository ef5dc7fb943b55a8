import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	CLUSTER_COLORS,
	createCluster,
	listClusters,
	renameCluster,
	setClusterColor,
	setNoteCluster,
	dissolveCluster
} from './clusters';
import { addNote, deleteNote } from './notes';
import { CanvasError, getNote } from './schema';

function canvas(ids: string[]) {
	const doc = new Y.Doc();
	for (const id of ids) addNote(doc, { id, x: 0, y: 0, author: 'u', stakeholder: 'city' });
	return doc;
}

describe('clusters', () => {
	it('creates a cluster, sets each note\'s cluster and lists its notes', () => {
		const doc = canvas(['a', 'b', 'c']);
		const id = createCluster(doc, '  Mobility  ', ['b', 'a', 'a']);
		expect(getNote(doc, 'a')!.cluster).toBe(id);
		expect(getNote(doc, 'c')!.cluster).toBeNull();
		expect(listClusters(doc)).toEqual([{ id, name: 'Mobility', color: CLUSTER_COLORS[0], noteIds: ['a', 'b'] }]);
		const second = createCluster(doc, 'Energy', ['b'], '#FFEEDD');
		expect(listClusters(doc).map((c) => [c.name, c.color, c.noteIds])).toEqual([
			['Energy', '#ffeedd', ['b']],
			['Mobility', CLUSTER_COLORS[0], ['a']]
		]);
		expect(getNote(doc, 'b')!.cluster).toBe(second);
	});

	it('renames, recolors, moves a note in and out, and dissolves', () => {
		const doc = canvas(['a', 'b', 'c']);
		const id = createCluster(doc, 'Ideas', ['a', 'b']);
		renameCluster(doc, id, 'Data platform');
		setClusterColor(doc, id, '#dce6f2');
		setNoteCluster(doc, 'c', id);
		setNoteCluster(doc, 'a', null);
		expect(listClusters(doc)).toEqual([{ id, name: 'Data platform', color: '#dce6f2', noteIds: ['b', 'c'] }]);
		dissolveCluster(doc, id);
		expect(listClusters(doc)).toEqual([]);
		expect(['a', 'b', 'c'].map((n) => getNote(doc, n)!.cluster)).toEqual([null, null, null]);
	});

	it('forgets a deleted note', () => {
		const doc = canvas(['a', 'b']);
		const id = createCluster(doc, 'Both', ['a', 'b']);
		deleteNote(doc, 'a');
		expect(listClusters(doc)[0].noteIds).toEqual(['b']);
		expect(listClusters(doc)[0].id).toBe(id);
	});

	it('refuses unknown ids and bad names without writing anything', () => {
		const doc = canvas(['a']);
		const before = Y.encodeStateVector(doc);
		expect(() => createCluster(doc, 'X', ['a', 'ghost'])).toThrow(CanvasError);
		expect(() => createCluster(doc, '   ', ['a'])).toThrow(/1 to 80 characters/);
		expect(() => createCluster(doc, 'n'.repeat(81), ['a'])).toThrow(CanvasError);
		expect(() => createCluster(doc, 'X', ['a'], 'blue')).toThrow(CanvasError);
		expect(() => renameCluster(doc, 'nope', 'Y')).toThrow(/No cluster with id "nope"/);
		expect(() => setClusterColor(doc, 'nope', '#000000')).toThrow(CanvasError);
		expect(() => dissolveCluster(doc, 'nope')).toThrow(CanvasError);
		expect(() => setNoteCluster(doc, 'a', 'nope')).toThrow(CanvasError);
		expect(() => setNoteCluster(doc, 'ghost', null)).toThrow(/No note with id "ghost"/);
		expect(Y.encodeStateVector(doc)).toEqual(before);
		expect(getNote(doc, 'a')!.cluster).toBeNull();
	});
});
