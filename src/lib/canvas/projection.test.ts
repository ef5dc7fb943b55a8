import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCluster } from './clusters';
import { addLink } from './links';
import { addNote, linkUseCase, setNoteBlock } from './notes';
import { projectCanvas, projectNotes } from './projection';
import { clustersMap, getNote, listNotes, notesMap, readNote, type YNote } from './schema';

describe('projectNotes', () => {
	it('gives plain JSON per note, oldest first', () => {
		const doc = new Y.Doc();
		addNote(doc, { id: 'late', x: 5, y: 6, author: 'u2', stakeholder: 'company', createdAt: 20 });
		addNote(doc, { id: 'b', text: 'Open data', x: 1, y: 2, author: 'u1', stakeholder: 'city', createdAt: 10 });
		addNote(doc, { id: 'a', x: 3, y: 4, author: 'u1', stakeholder: 'city', createdAt: 10 });
		setNoteBlock(doc, 'b', 'key-resources', 'how');
		linkUseCase(doc, 'b', 'uc-1');
		const cluster = createCluster(doc, 'Data', ['b']);
		const projection = projectNotes(doc);
		expect(projection.map((n) => n.id)).toEqual(['a', 'b', 'late']);
		expect(projection[1]).toEqual({
			id: 'b',
			text: 'Open data',
			block: 'key-resources',
			dimension: 'how',
			author: 'u1',
			stakeholder: 'city',
			cluster,
			useCases: ['uc-1'],
			x: 1,
			y: 2
		});
		// Survives JSON unchanged: no Yjs type is hidden inside.
		expect(JSON.parse(JSON.stringify(projection))).toEqual(projection);
	});

	it('reports a note whose cluster was deleted as ungrouped', () => {
		const doc = new Y.Doc();
		addNote(doc, { id: 'a', x: 0, y: 0, author: 'u', stakeholder: 'city' });
		const cluster = createCluster(doc, 'Gone', ['a']);
		clustersMap(doc).delete(cluster);
		expect(getNote(doc, 'a')!.cluster).toBe(cluster);
		expect(projectNotes(doc)[0].cluster).toBeNull();
	});

	it('projects the whole canvas', () => {
		const doc = new Y.Doc();
		addNote(doc, { id: 'a', x: 0, y: 0, author: 'u', stakeholder: 'city', createdAt: 1 });
		addNote(doc, { id: 'b', x: 0, y: 0, author: 'u', stakeholder: 'city', createdAt: 2 });
		const link = addLink(doc, 'a', 'b');
		const cluster = createCluster(doc, 'Pair', ['a', 'b'], '#aabbcc');
		expect(projectCanvas(doc)).toEqual({
			notes: projectNotes(doc),
			clusters: [{ id: cluster, name: 'Pair', color: '#aabbcc', noteIds: ['a', 'b'] }],
			links: [{ id: link, from: 'a', to: 'b' }]
		});
	});
});

describe('readNote', () => {
	it('turns whatever a faulty peer wrote into a usable note instead of throwing', () => {
		const doc = new Y.Doc();
		const yNote: YNote = new Y.Map();
		notesMap(doc).set('odd', yNote);
		const raw = yNote as unknown as Y.Map<unknown>;
		raw.set('text', 42);
		raw.set('x', 'left');
		raw.set('w', Number.NaN);
		raw.set('h', 5);
		raw.set('color', 'javascript:alert(1)');
		raw.set('dimension', 'when');
		raw.set('stakeholder', 'mayor');
		raw.set('useCases', ['not', 'a', 'y-array']);
		(notesMap(doc) as Y.Map<unknown>).set('junk', 'not a map');
		expect(readNote(yNote, 'odd')).toEqual({
			id: 'odd',
			text: '',
			x: 0,
			y: 0,
			w: 180,
			h: 40,
			color: '#9c9c9c',
			block: null,
			dimension: null,
			author: '',
			stakeholder: 'other',
			createdAt: 0,
			cluster: null,
			useCases: []
		});
		expect(listNotes(doc).map((n) => n.id)).toEqual(['odd']);
		expect(getNote(doc, 'junk')).toBeUndefined();
	});
});
