import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addLink, listLinks, removeLink } from './links';
import { addNote } from './notes';
import { CanvasError, linksArray } from './schema';

function canvas(ids: string[]) {
	const doc = new Y.Doc();
	for (const id of ids) addNote(doc, { id, x: 0, y: 0, author: 'u', stakeholder: 'developer' });
	return doc;
}

describe('links', () => {
	it('adds and removes links between notes', () => {
		const doc = canvas(['a', 'b', 'c']);
		const ab = addLink(doc, 'a', 'b');
		const cb = addLink(doc, 'c', 'b');
		expect(listLinks(doc)).toEqual([
			{ id: ab, from: 'a', to: 'b' },
			{ id: cb, from: 'c', to: 'b' }
		]);
		removeLink(doc, ab);
		expect(listLinks(doc)).toEqual([{ id: cb, from: 'c', to: 'b' }]);
	});

	it('refuses self links, duplicates either way round, unknown notes and unknown links', () => {
		const doc = canvas(['a', 'b']);
		addLink(doc, 'a', 'b');
		expect(() => addLink(doc, 'a', 'a')).toThrow(/itself/);
		expect(() => addLink(doc, 'a', 'b')).toThrow(/already linked/);
		expect(() => addLink(doc, 'b', 'a')).toThrow(CanvasError);
		expect(() => addLink(doc, 'a', 'ghost')).toThrow(/No note with id "ghost"/);
		expect(() => removeLink(doc, 'ghost-link')).toThrow(/No link with id "ghost-link"/);
		expect(linksArray(doc).length).toBe(1);
	});

	it('hides duplicate, dangling and malformed entries a peer may leave behind', () => {
		const doc = canvas(['a', 'b']);
		const raw = linksArray(doc) as Y.Array<unknown>;
		raw.push([
			{ id: '1', from: 'a', to: 'b' },
			{ id: '2', from: 'b', to: 'a' },
			{ id: '3', from: 'a', to: 'gone' },
			{ id: '4', from: 'a', to: 'a' },
			'junk',
			{ id: 5, from: 'a', to: 'b' }
		]);
		expect(listLinks(doc)).toEqual([{ id: '1', from: 'a', to: 'b' }]);
	});
});
