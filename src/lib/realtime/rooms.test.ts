import { describe, expect, it } from 'vitest';
import { canvasRoom, outcomeRoom, parseRoom, roomName, sessionRoom } from './rooms';

const id = '1b4e28ba-2fa1-4d3b-a3f5-ef19b5a7633b';

describe('room names', () => {
	it('reads canvas and session rooms', () => {
		expect(parseRoom(canvasRoom(id))).toEqual({ kind: 'canvas', id, name: `canvas:${id}` });
		expect(parseRoom(sessionRoom(id))).toEqual({ kind: 'session', id, name: `session:${id}` });
		expect(parseRoom(outcomeRoom(id))).toEqual({ kind: 'outcome', id, name: `outcome:${id}` });
	});

	it('builds what it reads', () => {
		for (const kind of ['canvas', 'session', 'console', 'outcome'] as const) expect(parseRoom(roomName(kind, id))?.name).toBe(roomName(kind, id));
	});

	it('refuses anything else', () => {
		for (const bad of ['canvas:', `board:${id}`, 'canvas:../../etc', `canvas:${id.toUpperCase()}`, `canvas:${id}x`, `canvas:canvas:${id}`, id, '']) {
			expect(parseRoom(bad)).toBeNull();
		}
	});
});
