import { describe, expect, it } from 'vitest';
import type { Note } from './schema';
import { findLink, summarizeSelection } from './selection';

const note = (id: string, over: Partial<Note> = {}): Note => ({
	id,
	text: '',
	x: 0,
	y: 0,
	w: 180,
	h: 120,
	color: '#ffffff',
	block: null,
	dimension: null,
	author: 'u',
	stakeholder: 'city',
	createdAt: 0,
	cluster: null,
	useCases: [],
	...over
});
const links = [{ id: 'l1', from: 'a', to: 'b' }];
const names = new Map([['k', 'Mobility']]);

describe('selection summary', () => {
	it('finds a link drawn either way', () => {
		expect(findLink(links, 'b', 'a')?.id).toBe('l1');
		expect(findLink(links, 'a', 'c')).toBeUndefined();
	});

	it('reports what the notes share, or null where they differ', () => {
		const same = summarizeSelection([note('a', { dimension: 'who', color: '#aaaaaa' }), note('c', { dimension: 'who', color: '#aaaaaa' })], links, names);
		expect(same).toMatchObject({ dimension: 'who', color: '#aaaaaa', pair: { linked: false } });
		const mixed = summarizeSelection([note('a', { dimension: 'who' }), note('b', { dimension: 'how' })], links, names);
		expect(mixed).toMatchObject({ dimension: null, pair: { linked: true } });
	});

	it('names the shared cluster, and none for a cluster that is gone or a mixed selection', () => {
		expect(summarizeSelection([note('a', { cluster: 'k' })], links, names).cluster).toEqual({ id: 'k', name: 'Mobility' });
		expect(summarizeSelection([note('a', { cluster: 'gone' })], links, names).cluster).toBeNull();
		expect(summarizeSelection([note('a', { cluster: 'k' }), note('b')], links, names).cluster).toBeNull();
	});

	it('has no pair unless exactly two notes are selected, and nothing shared for none', () => {
		expect(summarizeSelection([note('a'), note('b'), note('c')], links, names).pair).toBeNull();
		expect(summarizeSelection([], links, names)).toEqual({ dimension: null, color: null, pair: null, cluster: null });
	});
});
