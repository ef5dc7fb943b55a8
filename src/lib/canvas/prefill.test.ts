import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BLOCK_DIMENSION, type CanvasBlock } from '../domain/gassmann';
import type { ReplicatedNote } from '../domain/replication';
import { blockAt, TEMPLATES } from '../domain/templates';
import { placePrefill, writePrefill } from './prefill';
import { listNotes, NOTE_DEFAULT_SIZE } from './schema';

const bmc = TEMPLATES['business-model-canvas'];
const { w, h } = NOTE_DEFAULT_SIZE;
const note = (block: CanvasBlock, text: string = block): ReplicatedNote => ({ block, dimension: BLOCK_DIMENSION[block], text });
const overlap = (a: { x: number; y: number }, b: { x: number; y: number }) =>
	a.x < b.x + w && b.x < a.x + w && a.y < b.y + h && b.y < a.y + h;

describe('placing a use case’s notes on the Business Model Canvas', () => {
	const notes = [
		...Array.from({ length: 5 }, (_, i) => note('key-activities', `activity ${i}`)),
		note('customer-segments'),
		note('channels'),
		note('value-propositions'),
		note('cost-structure'),
		note('revenue-streams'),
		note('revenue-streams', 'second stream')
	];
	const placed = placePrefill(bmc, notes);

	it('puts every note inside its own block, under the block’s question', () => {
		expect(placed).toHaveLength(notes.length);
		for (const p of placed) {
			const block = bmc.blocks.find((b) => b.id === p.block)!;
			expect(blockAt(bmc, p.x + w / 2, p.y + h / 2)?.id).toBe(p.block);
			expect(p.y).toBeGreaterThanOrEqual(block.label!.y + block.label!.h);
			expect(p.x + w).toBeLessThanOrEqual(block.x + block.w);
			expect(p.y + h).toBeLessThanOrEqual(block.y + block.h);
		}
	});

	it('never puts one note on another', () => {
		for (let i = 0; i < placed.length; i++)
			for (let j = i + 1; j < placed.length; j++) expect(overlap(placed[i], placed[j]), `${placed[i].text} / ${placed[j].text}`).toBe(false);
	});

	it('keeps the notes’ texts and dimensions, in reading order within a block', () => {
		const activities = placed.filter((p) => p.block === 'key-activities');
		expect(activities.map((p) => p.text)).toEqual(['activity 0', 'activity 1', 'activity 2', 'activity 3', 'activity 4']);
		expect(activities.every((p) => p.dimension === 'how')).toBe(true);
		expect(activities[0].y).toBeLessThanOrEqual(activities[2].y);
	});
});

describe('writing them into the canvas document', () => {
	it('adds each note tagged, in its block, linked to the use case, in one update', () => {
		const doc = new Y.Doc();
		let updates = 0;
		doc.on('update', () => updates++);
		const placed = placePrefill(bmc, [note('customer-segments', 'Residents'), note('cost-structure', 'Stations')]);
		const useCase = '5d7e7c56-0c55-4f0b-9a39-3e1b1f0f0a11';
		const ids = writePrefill(doc, placed, useCase, { author: 'facilitator-1', stakeholder: 'city' }, 1000);
		expect(updates).toBe(1);
		const stored = listNotes(doc);
		expect(stored.map((n) => n.id)).toEqual(ids);
		expect(stored.map((n) => [n.text, n.block, n.dimension, n.useCases, n.author, n.createdAt])).toEqual([
			['Residents', 'customer-segments', 'who', [useCase], 'facilitator-1', 1000],
			['Stations', 'cost-structure', 'why', [useCase], 'facilitator-1', 1001]
		]);
		expect(stored.map((n) => ({ x: n.x, y: n.y }))).toEqual(placed.map((p) => ({ x: p.x, y: p.y })));
	});
});
