import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { decodeMessage, encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './protocol';

describe('y-websocket messages', () => {
	it('reads what the stock client sends', () => {
		const doc = new Y.Doc();
		doc.getMap('notes').set('a', 1);
		const step1 = decodeMessage(encodeSyncStep1(doc));
		expect(step1.type).toBe('sync-step1');
		const step2 = decodeMessage(encodeSyncStep2(doc, new Uint8Array([0])));
		expect(step2.type).toBe('sync-update');
		const update = decodeMessage(encodeUpdate(Y.encodeStateAsUpdate(doc)));
		expect(update.type === 'sync-update' && update.update.length).toBeGreaterThan(0);
	});

	it('throws on garbage, truncated and unknown messages instead of guessing', () => {
		expect(() => decodeMessage(new Uint8Array([]))).toThrow();
		expect(() => decodeMessage(new Uint8Array([0, 1, 200]))).toThrow();
		expect(() => decodeMessage(new Uint8Array([9]))).toThrow();
		expect(() => decodeMessage(new Uint8Array([0, 7, 0]))).toThrow();
	});
});
