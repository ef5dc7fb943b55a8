import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { ownAwarenessChange } from './own-awareness';

describe('own awareness', () => {
	it("keeps only this client's id, in the list it was in", () => {
		expect(ownAwarenessChange({ added: [7, 1], updated: [3], removed: [] }, 1)).toEqual({ added: [1], updated: [], removed: [] });
		expect(ownAwarenessChange({ added: [], updated: [3, 1], removed: [] }, 1)).toEqual({ added: [], updated: [1], removed: [] });
		expect(ownAwarenessChange({ added: [], updated: [], removed: [1, 4] }, 1)).toEqual({ added: [], updated: [], removed: [1] });
	});

	it("is null when only the others' states changed (nothing to send)", () => {
		expect(ownAwarenessChange({ added: [2], updated: [3, 4], removed: [5] }, 1)).toBeNull();
	});

	it("what a page sends for a remote change carries none of the others' cursors", () => {
		const mine = new Awareness(new Y.Doc());
		const other = new Awareness(new Y.Doc());
		other.setLocalState({ cursor: { x: 1, y: 2 } });
		mine.setLocalState({ cursor: { x: 9, y: 9 } });
		const sent: number[][] = [];
		mine.on('update', (changes: { added: number[]; updated: number[]; removed: number[] }) => {
			const own = ownAwarenessChange(changes, mine.clientID);
			if (own) sent.push([...own.added, ...own.updated, ...own.removed]);
		});
		// A remote state arriving, as the provider applies it.
		applyAwarenessUpdate(mine, encodeAwarenessUpdate(other, [other.clientID]), 'remote');
		expect(mine.getStates().has(other.clientID)).toBe(true);
		expect(sent).toEqual([]);
		mine.setLocalState({ cursor: { x: 10, y: 9 } });
		expect(sent).toEqual([[mine.clientID]]);
		mine.destroy();
		other.destroy();
	});
});
