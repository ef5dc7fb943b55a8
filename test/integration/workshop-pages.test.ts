/**
 * The workshop and canvas pages' loads against the real stack: what a member
 * sees, a 404 for what RLS hides from someone else, and a 503 with a message
 * when the API cannot be reached at all (a real refused connection on a port
 * nothing listens on). A malformed id never reaches these loads: the `uuid`
 * param matcher answers 404 first (test/e2e/workshop.spec.ts).
 */
import { createClient, type SupabaseClient } from '@supabase/supabase-js';
import { isHttpError } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { createServer } from 'node:net';
import ws from 'ws';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { m } from '../../src/lib/i18n';
import { load as canvasLoad } from '../../src/routes/w/[workshop=uuid]/c/[canvas=uuid]/+page.server';
import { load as workshopLoad } from '../../src/routes/w/[workshop=uuid]/+page.server';
import { clientFor, closeDb, createUser, type TestUser } from './helpers';

let facilitator: TestUser, outsider: TestUser;
let workshopId: string, canvasId: string;
let deadApi: SupabaseClient;

/** A port that was free a moment ago and has nothing listening on it now. */
async function closedPort(): Promise<number> {
	const server = createServer();
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', () => ok()));
	const { port } = server.address() as { port: number };
	await new Promise<void>((ok) => server.close(() => ok()));
	return port;
}

beforeAll(async () => {
	[facilitator, outsider] = await Promise.all([createUser(), createUser()]);
	const { data, error } = await clientFor(facilitator.token).rpc('create_workshop', {
		title: `Pages test ${randomUUID().slice(0, 8)}`,
		host: 'City of Oulu',
		purpose: 'Check what the pages answer',
		held_on: null,
		canvases: [{ template: 'blank', title: 'First canvas' }]
	});
	expect(error).toBeNull();
	workshopId = data as string;
	const canvases = await clientFor(facilitator.token).from('canvases').select('id').eq('workshop_id', workshopId);
	canvasId = canvases.data![0].id as string;
	deadApi = createClient(`http://127.0.0.1:${await closedPort()}`, inject('anonKey'), {
		auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
		global: { headers: { Authorization: `Bearer ${facilitator.token}` } },
		realtime: { transport: ws as never }
	});
});
afterAll(closeDb);

/** The parts of a SvelteKit load event these loads read. */
function event(person: TestUser, supabase: SupabaseClient, params: Record<string, string>) {
	return {
		params,
		url: new URL(`http://localhost/w/${params.workshop}`),
		locals: { user: { id: person.id, isAnonymous: false, email: person.email }, supabase }
	} as never;
}

async function thrownBy(run: () => Promise<unknown>): Promise<unknown> {
	try {
		await run();
	} catch (thrown) {
		return thrown;
	}
	throw new Error('the load answered without an error');
}

describe('the canvas page load', () => {
	it('gives a member the canvas', async () => {
		const data = (await canvasLoad(event(facilitator, clientFor(facilitator.token), { workshop: workshopId, canvas: canvasId }))) as {
			canvas: { id: string };
			me: { role: string };
		};
		expect(data.canvas.id).toBe(canvasId);
		expect(data.me.role).toBe('facilitator');
	});

	it('is a 404 for someone who is not in the workshop, as for a canvas that does not exist', async () => {
		const hidden = await thrownBy(() =>
			canvasLoad(event(outsider, clientFor(outsider.token), { workshop: workshopId, canvas: canvasId }))
		);
		expect(isHttpError(hidden, 404)).toBe(true);
		const missing = await thrownBy(() =>
			canvasLoad(event(facilitator, clientFor(facilitator.token), { workshop: workshopId, canvas: randomUUID() }))
		);
		expect(isHttpError(missing, 404)).toBe(true);
	});

	it('is a 503 with a message when the API cannot be reached, not an empty page', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const thrown = await thrownBy(() => canvasLoad(event(facilitator, deadApi, { workshop: workshopId, canvas: canvasId })));
		log.mockRestore();
		expect(isHttpError(thrown, 503)).toBe(true);
		expect((thrown as { body: { message: string } }).body.message).toBe(m.errors.unavailable);
	});
});

describe('the workshop page load', () => {
	it('gives a member the workshop', async () => {
		const data = (await workshopLoad(event(facilitator, clientFor(facilitator.token), { workshop: workshopId }))) as {
			workshop: { id: string };
			canvases: unknown[];
		};
		expect(data.workshop.id).toBe(workshopId);
		expect(data.canvases).toHaveLength(1);
	});

	it('is a 404 for someone who is not in it, and for a workshop that does not exist', async () => {
		expect(isHttpError(await thrownBy(() => workshopLoad(event(outsider, clientFor(outsider.token), { workshop: workshopId }))), 404)).toBe(true);
		expect(
			isHttpError(await thrownBy(() => workshopLoad(event(facilitator, clientFor(facilitator.token), { workshop: randomUUID() }))), 404)
		).toBe(true);
	});

	it('is a 503 with a message when the API cannot be reached', async () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const thrown = await thrownBy(() => workshopLoad(event(facilitator, deadApi, { workshop: workshopId })));
		log.mockRestore();
		expect(isHttpError(thrown, 503)).toBe(true);
		expect((thrown as { body: { message: string } }).body.message).toBe(m.errors.unavailable);
	});
});
