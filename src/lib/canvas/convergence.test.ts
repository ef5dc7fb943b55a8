import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createCluster, listClusters, setNoteCluster, dissolveCluster } from './clusters';
import { addLink, listLinks } from './links';
import { addNote, deleteNote, linkUseCase, moveNote, setNoteText, unlinkUseCase } from './notes';
import { projectNotes } from './projection';
import { getNote, linksArray, listNotes } from './schema';
import { TestNetwork } from './test-network';

/** Two or three peers that all saw note `n` before going concurrent. */
function withSharedNote(peers: number, text = 'Hello world') {
	const net = new TestNetwork(peers);
	addNote(net.docs[0], { id: 'n', text, x: 0, y: 0, author: 'u0', stakeholder: 'city', createdAt: 1 });
	net.flush();
	return net;
}

function expectConverged(net: TestNetwork) {
	expect(net.pending()).toBe(0);
	const [first, ...rest] = net.docs;
	for (const doc of rest) {
		expect(listNotes(doc)).toEqual(listNotes(first));
		expect(listLinks(doc)).toEqual(listLinks(first));
		expect(listClusters(doc)).toEqual(listClusters(first));
		expect(Y.encodeStateVector(doc)).toEqual(Y.encodeStateVector(first));
	}
}

describe('concurrent edits converge', () => {
	it('concurrent moves end at one of the two positions on every peer', () => {
		const net = withSharedNote(3);
		moveNote(net.docs[1], 'n', 100, 100);
		moveNote(net.docs[2], 'n', 300, 50);
		net.flush();
		expectConverged(net);
		const { x, y } = getNote(net.docs[0], 'n')!;
		expect([[100, 100], [300, 50]]).toContainEqual([x, y]);
	});

	it('concurrent text edits at different positions both survive', () => {
		const net = withSharedNote(2);
		setNoteText(net.docs[0], 'n', 'Hello brave world');
		setNoteText(net.docs[1], 'n', 'Hello world!');
		net.flush();
		expectConverged(net);
		expect(getNote(net.docs[0], 'n')!.text).toBe('Hello brave world!');
	});

	it('three peers typing into one note keep all three edits', () => {
		const net = withSharedNote(3, 'bikes buses trams');
		setNoteText(net.docs[0], 'n', 'Shared bikes buses trams');
		setNoteText(net.docs[1], 'n', 'bikes, buses trams');
		setNoteText(net.docs[2], 'n', 'bikes buses trams and ferries');
		net.flush();
		expectConverged(net);
		expect(getNote(net.docs[2], 'n')!.text).toBe('Shared bikes, buses trams and ferries');
	});

	it('a delete concurrent with an edit leaves the note deleted everywhere', () => {
		const net = withSharedNote(2);
		deleteNote(net.docs[0], 'n');
		setNoteText(net.docs[1], 'n', 'Hello edited world');
		moveNote(net.docs[1], 'n', 5, 5);
		linkUseCase(net.docs[1], 'n', 'uc-1');
		net.flush();
		expectConverged(net);
		expect(listNotes(net.docs[1])).toEqual([]);
	});

	it('a link added while its note is deleted is never drawn', () => {
		const net = withSharedNote(2);
		addNote(net.docs[0], { id: 'm', x: 0, y: 0, author: 'u0', stakeholder: 'city', createdAt: 2 });
		net.flush();
		deleteNote(net.docs[0], 'm');
		addLink(net.docs[1], 'n', 'm');
		net.flush();
		expectConverged(net);
		expect(linksArray(net.docs[0]).length).toBe(1);
		expect(listLinks(net.docs[0])).toEqual([]);
	});

	it('the same link or use case added twice at once shows once, and unlinking removes both', () => {
		const net = withSharedNote(2);
		addNote(net.docs[0], { id: 'm', x: 0, y: 0, author: 'u0', stakeholder: 'city', createdAt: 2 });
		net.flush();
		addLink(net.docs[0], 'n', 'm');
		addLink(net.docs[1], 'm', 'n');
		linkUseCase(net.docs[0], 'n', 'uc-1');
		linkUseCase(net.docs[1], 'n', 'uc-1');
		net.flush();
		expectConverged(net);
		expect(listLinks(net.docs[0])).toHaveLength(1);
		expect(getNote(net.docs[0], 'n')!.useCases).toEqual(['uc-1']);
		unlinkUseCase(net.docs[1], 'n', 'uc-1');
		net.flush();
		expect(getNote(net.docs[0], 'n')!.useCases).toEqual([]);
	});

	it('grouping into a cluster another peer dissolves leaves the note ungrouped', () => {
		const net = withSharedNote(2);
		addNote(net.docs[0], { id: 'm', x: 0, y: 0, author: 'u0', stakeholder: 'city', createdAt: 2 });
		const cluster = createCluster(net.docs[0], 'Mobility', ['n']);
		net.flush();
		dissolveCluster(net.docs[0], cluster);
		setNoteCluster(net.docs[1], 'm', cluster);
		net.flush();
		expectConverged(net);
		expect(listClusters(net.docs[1])).toEqual([]);
		expect(projectNotes(net.docs[1]).map((n) => n.cluster)).toEqual([null, null]);
	});
});
