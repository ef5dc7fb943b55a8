/**
 * A misbehaving connection pays alone: garbage, an oversized frame or a flood
 * closes that socket, while everyone else in its room and in other rooms
 * carries on.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import { addNote, getNote, listNotes } from '../../src/lib/canvas';
import { canvasRoom } from '../../src/lib/realtime/rooms';
import {
	closed, connected, createWorkshop, destroyClients, rawBarrier, rawSocket, storedDoc, waitFor,
	type Client, type Workshop, useRealtimeServer
} from './realtime-helpers';

const MAX_MESSAGE = 64 * 1024;
const server = useRealtimeServer({ maxMessageBytes: MAX_MESSAGE });
let w: Workshop;
let roomA: string, roomB: string;
let a1: Client, a2: Client, b1: Client, b2: Client;

beforeAll(async () => {
	w = await createWorkshop(2);
	roomA = canvasRoom(w.canvases[0]);
	roomB = canvasRoom(w.canvases[1]);
});
beforeEach(async () => {
	destroyClients();
	[a1, a2, b1, b2] = await Promise.all([
		connected(server.url, roomA, w.facilitator.token),
		connected(server.url, roomA, w.participant.token),
		connected(server.url, roomB, w.facilitator.token),
		connected(server.url, roomB, w.participant.token)
	]);
});

/** A socket of `token` in room A that passed admission and got the server's first message. */
async function intruder(token = w.facilitator.token): Promise<WebSocket> {
	const outcome = await rawSocket(`${server.url}/${roomA}?token=${token}`, {}, 4 * MAX_MESSAGE);
	if (!('ws' in outcome)) throw new Error(`refused with ${outcome.refused.status}`);
	await waitFor(() => outcome.received.length > 0, 'the server’s sync step 1');
	return outcome.ws;
}

let count = 0;
/** Both rooms still relay edits both ways, and the server still stores them. */
async function everyoneElseCarriesOn() {
	for (const [from, to] of [[a1, a2], [a2, a1], [b1, b2], [b2, b1]]) {
		const id = addNote(from.doc, { text: `still here ${++count}`, x: 0, y: 0, author: w.facilitator.id, stakeholder: 'city' });
		await waitFor(() => getNote(to.doc, id), `note ${count} to arrive`);
	}
	await server.realtime.flush();
	expect(listNotes(await storedDoc(roomA))).toEqual(listNotes(a1.doc));
	expect(listNotes(await storedDoc(roomB))).toEqual(listNotes(b1.doc));
}

describe('[R6] malformed and abusive input', () => {
	it('[R6] bytes that are no y-websocket message close only that socket (1007)', async () => {
		const ws = await intruder();
		const done = closed(ws);
		ws.send(Buffer.from([0xff, 0xff, 0xff, 0xff, 0x0f, 0x01, 0x02]));
		expect((await done).code).toBe(1007);
		await everyoneElseCarriesOn();
	});

	it('[R6] a sync update of random bytes from a writer closes only that socket (1007)', async () => {
		const ws = await intruder();
		const done = closed(ws);
		// Fixed garbage bytes, the same on every run.
		const payload = Buffer.from(Array.from({ length: 48 }, (_, i) => (i * 1103515245 + 12345) >>> 16 & 0xff));
		ws.send(Buffer.concat([Buffer.from([0, 2, payload.length]), payload]));
		expect((await done).code).toBe(1007);
		await everyoneElseCarriesOn();
	});

	it('[R6] a truncated message closes only that socket (1007)', async () => {
		const ws = await intruder(w.observer.token);
		const done = closed(ws);
		ws.send(Buffer.from([0, 2, 100, 1, 2, 3]));
		expect((await done).code).toBe(1007);
		await everyoneElseCarriesOn();
	});

	it('[R6] a text frame closes only that socket (1003)', async () => {
		const ws = await intruder();
		const done = closed(ws);
		ws.send('hello');
		expect((await done).code).toBe(1003);
		await everyoneElseCarriesOn();
	});

	it('[R6] a frame larger than maxMessageBytes closes only that socket (1009)', async () => {
		const ws = await intruder();
		const done = closed(ws);
		ws.send(Buffer.alloc(MAX_MESSAGE + 1024, 7));
		expect((await done).code).toBe(1009);
		await everyoneElseCarriesOn();
	});

	it('[R6] a frame just under maxMessageBytes is accepted', async () => {
		const ws = await intruder();
		// An auth message (type 2), which the server ignores whatever follows: valid, so the socket stays.
		const big = new Uint8Array(MAX_MESSAGE - 64);
		big[0] = 2;
		ws.send(big);
		await rawBarrier(ws);
		expect(ws.readyState).toBe(ws.OPEN);
	});

	it('[R6] a flood over the rate limit closes only that socket (1008)', async () => {
		const ws = await intruder();
		const done = closed(ws);
		for (let i = 0; i < 1000; i++) ws.send(Buffer.from([2]));
		expect((await done).code).toBe(1008);
		await everyoneElseCarriesOn();
	});
});
