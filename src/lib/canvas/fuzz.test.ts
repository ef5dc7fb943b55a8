/**
 * Random operations on three peers with randomly held-back, reordered
 * delivery; whatever happens, every peer must end with the same canvas.
 * Reproduce a failure with CANVAS_FUZZ_SEED=<seed> npx vitest run fuzz.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { DIMENSIONS } from '../domain/gassmann';
import { STAKEHOLDERS } from '../domain/stakeholders';
import { createCluster, listClusters, renameCluster, setNoteCluster, dissolveCluster } from './clusters';
import { addLink, listLinks, removeLink } from './links';
import * as ops from './notes';
import { projectNotes } from './projection';
import { CanvasError, listNotes } from './schema';
import { TestNetwork } from './test-network';

/** mulberry32: tiny, seedable, good enough to drive a fuzz test. */
function mulberry32(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const WORDS = ['bike', 'data', 'city', ' ', 'open', 'é', '🚲', 'app', '\n'];
const OPS_PER_RUN = 200;

function runFuzz(seed: number): TestNetwork {
	const random = mulberry32(seed);
	const int = (n: number) => Math.floor(random() * n);
	const pick = <T>(list: readonly T[]): T | undefined => (list.length ? list[int(list.length)] : undefined);
	// Seeded ids and clock, so one seed always replays the same run.
	let counter = 0;
	vi.spyOn(crypto, 'randomUUID').mockImplementation(() => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`);
	vi.spyOn(Date, 'now').mockImplementation(() => counter * 1000);
	const net = new TestNetwork(3);

	const step = (doc: Y.Doc, peer: number): void => {
		const note = pick(listNotes(doc));
		const other = pick(listNotes(doc));
		const cluster = pick(listClusters(doc));
		const roll = int(100);
		if (roll < 15 || !note)
			ops.addNote(doc, { id: `p${peer}-${++counter}`, text: pick(WORDS), x: int(800), y: int(600), author: `u${peer}`, stakeholder: pick(STAKEHOLDERS)!, createdAt: int(50) });
		else if (roll < 40) {
			// A keystroke-sized edit somewhere in the text, as a textarea would produce.
			const chars = [...note.text];
			const at = int(chars.length + 1);
			chars.splice(at, int(3) === 0 ? int(4) : 0, ...(int(4) === 0 ? [] : [pick(WORDS)!]));
			const text = chars.join('');
			if ([...text].length <= 2000) ops.setNoteText(doc, note.id, text);
		} else if (roll < 52) ops.moveNote(doc, note.id, int(800), int(600));
		else if (roll < 56) ops.resizeNote(doc, note.id, int(300), int(300));
		else if (roll < 59) ops.setNoteColor(doc, note.id, pick(['#4e79a7', '#f28e2b', '#59a14f'])!);
		else if (roll < 63) ops.tagNote(doc, note.id, pick([...DIMENSIONS, null]) ?? null);
		else if (roll < 66) ops.setNoteBlock(doc, note.id, pick(['channels', 'key-resources', null]) ?? null, pick([...DIMENSIONS, null]) ?? null);
		else if (roll < 71) ops.deleteNote(doc, note.id);
		else if (roll < 74) ops.duplicateNote(doc, note.id, `u${peer}`, 'citizen', int(40));
		else if (roll < 78) ops.linkUseCase(doc, note.id, pick(['uc-1', 'uc-2', 'uc-3'])!);
		else if (roll < 80) ops.unlinkUseCase(doc, note.id, pick(['uc-1', 'uc-2'])!);
		else if (roll < 85 && other) addLink(doc, note.id, other.id);
		else if (roll < 87) {
			const link = pick(listLinks(doc));
			if (link) removeLink(doc, link.id);
		} else if (roll < 91 && other) createCluster(doc, pick(['Mobility', 'Energy', 'Data'])!, [note.id, other.id]);
		else if (roll < 93 && cluster) renameCluster(doc, cluster.id, `Group ${int(9)}`);
		else if (roll < 96 && cluster) setNoteCluster(doc, note.id, int(2) ? cluster.id : null);
		else if (cluster) dissolveCluster(doc, cluster.id);
	};

	for (let i = 0; i < OPS_PER_RUN; i++) {
		const peer = int(3);
		try {
			step(net.docs[peer], peer);
		} catch (error) {
			// Refusals (a duplicate link, say) are part of normal use; anything else is a bug.
			if (!(error instanceof CanvasError)) throw new Error(`seed ${seed}, op ${i}: ${String(error)}`, { cause: error });
		}
		// Random delays: now and then a peer receives some of its backlog, not always in order.
		if (int(3) === 0) {
			const receiver = int(3);
			for (let n = int(4); n > 0; n--) net.deliverOne(receiver, int(2) ? 0 : int(net.queues[receiver].length));
		}
	}
	net.flush();
	return net;
}

const envSeed = Number(process.env.CANVAS_FUZZ_SEED);
const seeds = Number.isInteger(envSeed) ? [envSeed] : [1, 7, 42, 1337, 20240601, 0xc1c1c];

describe('fuzz: three peers, random ops, random delays', () => {
	afterEach(() => vi.restoreAllMocks());

	it.each(seeds)('seed %i converges', (seed) => {
		const net = runFuzz(seed);
		const [first, ...rest] = net.docs;
		const notes = listNotes(first);
		for (const doc of rest) {
			expect(listNotes(doc), `seed ${seed}: notes differ`).toEqual(notes);
			expect(listLinks(doc), `seed ${seed}: links differ`).toEqual(listLinks(first));
			expect(listClusters(doc), `seed ${seed}: clusters differ`).toEqual(listClusters(first));
			expect(projectNotes(doc), `seed ${seed}: projections differ`).toEqual(projectNotes(first));
			expect(Y.encodeStateVector(doc), `seed ${seed}: state vectors differ`).toEqual(Y.encodeStateVector(first));
		}
		// A run that did nothing would prove nothing.
		expect(notes.length + listLinks(first).length, `seed ${seed}: empty canvas`).toBeGreaterThan(0);
		expect(first.store.pendingStructs, `seed ${seed}: updates left pending`).toBeNull();
	});
});
