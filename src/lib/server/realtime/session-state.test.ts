import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { SESSION_LOCKS } from '../../session/document';
import { setLock, syncLocks } from './session-state';

describe('session locks', () => {
	it('writes only changes', () => {
		const doc = new Y.Doc();
		let updates = 0;
		doc.on('update', () => updates++);
		setLock(doc, 'a', true);
		setLock(doc, 'a', true);
		expect(updates).toBe(1);
		setLock(doc, 'a', false);
		setLock(doc, 'a', null);
		setLock(doc, 'a', null);
		expect(updates).toBe(3);
		expect(doc.getMap(SESSION_LOCKS).has('a')).toBe(false);
	});

	it('syncs to the database rows, dropping removed canvases', () => {
		const doc = new Y.Doc();
		setLock(doc, 'gone', true);
		setLock(doc, 'a', true);
		syncLocks(doc, [{ id: 'a', locked: false }, { id: 'b', locked: true }]);
		expect(doc.getMap(SESSION_LOCKS).toJSON()).toEqual({ a: false, b: true });
	});
});
