/**
 * Replication against the real stack: "Start a workshop from this" (the
 * route's action, the start_workshop_from_use_case rpc through PostgREST, the
 * canvas document stored as the realtime server stores it, then opened by a
 * y-websocket client through the real realtime server), who is refused, and
 * the record the library keeps when a replica is published.
 */
import { isActionFailure, isRedirect, type ActionFailure } from '@sveltejs/kit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import * as Y from 'yjs';
import { listNotes, NOTE_DEFAULT_SIZE } from '../../src/lib/canvas/schema';
import { BLOCK_DIMENSION, type CanvasBlock } from '../../src/lib/domain/gassmann';
import { readOutcome } from '../../src/lib/domain/outcome';
import { blockAt, TEMPLATES } from '../../src/lib/domain/templates';
import { closeSql } from '../../src/lib/server/db';
import { PostgresStore } from '../../src/lib/server/realtime/persistence';
import { actions } from '../../src/routes/library/[slug=slug]/replicate/+page.server';
import { ORG, addMember, clientFor, createUser, db, draftUseCase, one, type TestUser } from './helpers';
import { connected, useRealtimeServer } from './realtime-helpers';

const server = useRealtimeServer();
const MUNICH = 'munich-mobility-points';
const service = () => clientFor(inject('serviceRoleKey'));

let facilitator: TestUser, participant: TestUser, publisher: TestUser, stranger: TestUser;
let munichId: string;

beforeAll(async () => {
	[facilitator, participant, publisher, stranger] = await Promise.all([createUser(), createUser('anonymous'), createUser(), createUser()]);
	await db().query(`insert into public.profiles (id, display_name, stakeholder) values ($1, 'Maija', 'city')`, [facilitator.id]);
	await addMember(ORG.oulu, facilitator.id, 'member');
	await addMember(ORG.oulu, publisher.id, 'publisher');
	munichId = (await one<{ id: string }>('select id from public.use_cases where slug = $1', [MUNICH])).id;
});
afterAll(closeSql);

/** The action's answer when it is a failure (400, 403 ...), else null. */
const failure = (result: unknown) => (isActionFailure(result) ? (result as unknown as ActionFailure<{ errors: Record<string, string> }>) : null);

/** The form as the use case page sends it, through the route's action, as `person`. */
async function start(person: TestUser | null, fields: Record<string, string>, slug = MUNICH) {
	const body = new FormData();
	for (const [k, v] of Object.entries(fields)) body.set(k, v);
	const event = {
		params: { slug },
		url: new URL(`http://localhost/library/${slug}/replicate`),
		request: new Request(`http://localhost/library/${slug}/replicate`, { method: 'POST', body }),
		locals: {
			user: person ? { id: person.id, isAnonymous: person.email === null, email: person.email } : null,
			supabase: clientFor(person?.token ?? null)
		}
	} as never;
	try {
		return { result: await actions.default(event) };
	} catch (thrown) {
		if (isRedirect(thrown)) return { location: thrown.location };
		throw thrown;
	}
}

describe('starting a workshop from a use case', () => {
	let workshopId: string, canvasId: string;

	beforeAll(async () => {
		const { location, result } = await start(facilitator, { title: 'Mobility points in Oulu', organization: ORG.oulu, city: '' });
		expect(result, JSON.stringify(result)).toBeUndefined();
		workshopId = /^\/w\/([0-9a-f-]{36})$/.exec(location ?? '')![1];
		canvasId = (await one<{ id: string }>('select id from public.canvases where workshop_id = $1', [workshopId])).id;
	});

	it('creates a workshop for the city, its source recorded, the starter its facilitator', async () => {
		expect(await one('select title, host, organization_id, source_use_case_id from public.workshops where id = $1', [workshopId])).toEqual({
			title: 'Mobility points in Oulu',
			host: 'City of Oulu',
			organization_id: ORG.oulu,
			source_use_case_id: munichId
		});
		expect(await one('select user_id, role from public.workshop_members where workshop_id = $1', [workshopId])).toEqual({
			user_id: facilitator.id,
			role: 'facilitator'
		});
		expect(await one('select template from public.canvases where id = $1', [canvasId])).toEqual({ template: 'business-model-canvas' });
	});

	it('stores the canvas with the use case’s notes: tagged, in their blocks, apart, linked to the use case', async () => {
		const stored = await new PostgresStore(db()).load(`canvas:${canvasId}`);
		expect(stored).not.toBeNull();
		const doc = new Y.Doc();
		Y.applyUpdate(doc, stored!);
		const notes = listNotes(doc);
		const seed = await one<Record<string, string>>('select who, what, how, why from public.use_cases where id = $1', [munichId]);
		expect(notes.map((n) => n.text)).toContain('Users pay per use to the providers');
		expect(notes.find((n) => n.text === 'Users pay per use to the providers')?.block).toBe('revenue-streams');
		for (const d of ['who', 'what', 'how', 'why'] as const) expect(notes.some((n) => n.dimension === d && seed[d].includes(n.text.slice(1, 20)))).toBe(true);
		const bmc = TEMPLATES['business-model-canvas'];
		for (const n of notes) {
			expect(BLOCK_DIMENSION[n.block as CanvasBlock]).toBe(n.dimension);
			expect(blockAt(bmc, n.x + n.w / 2, n.y + n.h / 2)?.id).toBe(n.block);
			expect(n.useCases).toEqual([munichId]);
			expect(n.author).toBe(facilitator.id);
		}
		const { w, h } = NOTE_DEFAULT_SIZE;
		for (const a of notes) for (const b of notes) if (a !== b) expect(a.x < b.x + w && b.x < a.x + w && a.y < b.y + h && b.y < a.y + h).toBe(false);
		// The notes projection has them at once, as the outcome page reads it.
		expect((await one<{ n: number }>('select count(*)::int as n from public.canvas_notes where canvas_id = $1', [canvasId])).n).toBe(notes.length);
	});

	it('opens with those notes through the realtime server', async () => {
		const client = await connected(server.url, `canvas:${canvasId}`, facilitator.token);
		expect(listNotes(client.doc).filter((n) => n.useCases.includes(munichId)).length).toBeGreaterThanOrEqual(5);
	});

	it('writes a draft outcome that is the use case, with its source', async () => {
		const row = await one<{ content: unknown; source_use_case_id: string }>('select content, source_use_case_id from public.outcomes where workshop_id = $1', [workshopId]);
		expect(row.source_use_case_id).toBe(munichId);
		const outcome = readOutcome(row.content);
		expect(outcome.dimensions.why.text).toMatch(/^Users pay per use/);
		expect(outcome.useCases).toEqual([munichId]);
		expect(outcome.scores).toMatchObject({ scalability: 5, replicability: 4, sustainability: 4 });
		expect(outcome.funding).toContain('EU Horizon 2020 funding');
		expect(outcome.patterns.length).toBe(3);
		expect(outcome.replicationNeeds).toMatch(/^Needs space on public land/);
		// The facilitator reads it through the API.
		const { data } = await clientFor(facilitator.token).from('outcomes').select('source_use_case_id').eq('workshop_id', workshopId);
		expect(data).toEqual([{ source_use_case_id: munichId }]);
	});

	it('takes a typed city when the person chooses no organisation', async () => {
		const { location } = await start(facilitator, { title: 'Mobility points in Tampere', organization: '', city: 'Tampere' });
		const id = location!.slice(3);
		expect(await one('select host, organization_id from public.workshops where id = $1', [id])).toEqual({ host: 'Tampere', organization_id: null });
	});
});

describe('who may not start one', () => {
	const count = async () => (await one<{ n: number }>('select count(*)::int as n from public.workshops where source_use_case_id = $1', [munichId])).n;
	const args = (organization: string | null = null) => ({
		use_case: munichId, title: 'Refused', host: 'Nowhere', organization, purpose: '', canvas_title: 'Canvas', outcome: {}
	});

	it('refuses a visitor and a participant without an account, in the action and in the rpc', async () => {
		const before = await count();
		const visitor = await start(null, { title: 'x', organization: '', city: 'Oulu' });
		expect(failure(visitor.result)?.status).toBe(403);
		const anonymous = await start(participant, { title: 'x', organization: '', city: 'Oulu' });
		expect(failure(anonymous.result)?.status).toBe(403);
		expect((await clientFor(null).rpc('start_workshop_from_use_case', args())).error).not.toBeNull();
		const refused = await clientFor(participant.token).rpc('start_workshop_from_use_case', args());
		expect(refused.error?.code).toBe('42501');
		expect(await count()).toBe(before);
	});

	it('refuses a use case the person cannot read, and an organisation they are not in', async () => {
		const draft = await one<{ id: string }>("select id from public.use_cases where status = 'draft' limit 1");
		const hidden = await clientFor(stranger.token).rpc('start_workshop_from_use_case', { ...args(), use_case: draft.id });
		expect(hidden.error?.code).toBe('P0002');
		const notMine = await clientFor(stranger.token).rpc('start_workshop_from_use_case', args(ORG.london));
		expect(notMine.error?.code).toBe('42501');
		expect(await count()).toBeGreaterThan(0);
		expect((await one<{ n: number }>('select count(*)::int as n from public.workshops where created_by = $1', [stranger.id])).n).toBe(0);
	});

	it('answers a form without a city with a message, creating nothing', async () => {
		const before = await count();
		const { result } = await start(facilitator, { title: 'No city', organization: '', city: '  ' });
		expect(failure(result)?.status).toBe(400);
		expect(failure(result)?.data.errors.city).toBe('Say which city the workshop is for.');
		expect(await count()).toBe(before);
	});
});

describe('the replication record', () => {
	const records = async (replica: string) =>
		(await db().query('select use_case_id, organization_id, workshop_id from public.use_case_replications where replica_id = $1', [replica])).rows;
	/**
	 * A replica is published from a workshop its publisher facilitates; the
	 * database takes its source from that workshop, never from the request.
	 */
	const workshopFrom = async (source: string) => {
		const { id } = await one<{ id: string }>(
			`insert into public.workshops (title, created_by, organization_id, source_use_case_id) values ('Replica workshop', $1, $2, $3) returning id`,
			[publisher.id, ORG.oulu, source]
		);
		await db().query(
			`insert into public.workshop_members (workshop_id, user_id, role, display_name) values ($1, $2, 'facilitator', 'Publisher')
			 on conflict (workshop_id, user_id) do update set role = 'facilitator'`,
			[id, publisher.id]
		);
		return id;
	};
	const insertReplica = async ({ source = munichId, ...extra }: Record<string, unknown> & { source?: string }) => {
		const row = draftUseCase(ORG.oulu, { city: 'Oulu', country: 'Finland', workshop_id: await workshopFrom(source), ...extra });
		const { data, error } = await clientFor(publisher.token).from('use_cases').insert(row).select('id').single();
		expect(error).toBeNull();
		return data!.id as string;
	};

	it('is kept once when a replica is published, and not again when it is published again', async () => {
		const replica = await insertReplica({ status: 'published' });
		const { workshop_id: workshop } = await one<{ workshop_id: string }>('select workshop_id from public.use_cases where id = $1', [replica]);
		expect(await records(replica)).toEqual([{ use_case_id: munichId, organization_id: ORG.oulu, workshop_id: workshop }]);
		const publisherDb = clientFor(publisher.token);
		expect((await publisherDb.from('use_cases').update({ status: 'draft' }).eq('id', replica)).error).toBeNull();
		expect((await publisherDb.from('use_cases').update({ status: 'published', summary: 'Published again after an edit to its text.' }).eq('id', replica)).error).toBeNull();
		expect(await records(replica)).toHaveLength(1);
	});

	it('is not kept for a draft, and is kept when the draft is published', async () => {
		const replica = await insertReplica({ status: 'draft' });
		expect(await records(replica)).toEqual([]);
		expect((await clientFor(publisher.token).from('use_cases').update({ status: 'published' }).eq('id', replica)).error).toBeNull();
		expect(await records(replica)).toHaveLength(1);
	});

	it('cannot be written by anyone through the API', async () => {
		const replica = await insertReplica({ status: 'draft' });
		const forged = { use_case_id: munichId, replica_id: replica, organization_id: ORG.oulu };
		expect((await clientFor(publisher.token).from('use_case_replications').insert(forged)).error).not.toBeNull();
		expect(await records(replica)).toEqual([]);
	});

	it('is read by a visitor only when both use cases are published', async () => {
		const published = await insertReplica({ status: 'published' });
		// A replica of a use case still in draft (Oulu's own): recorded, but not for a visitor.
		const draftSource = draftUseCase(ORG.oulu, { city: 'Oulu', country: 'Finland' });
		const { data: source } = await service().from('use_cases').insert(draftSource).select('id').single();
		const hiddenReplica = await insertReplica({ status: 'published', source: source!.id });
		expect(await records(hiddenReplica)).toHaveLength(1);

		const visitor = clientFor(null);
		const seen = async (replica: string, db = visitor) => (await db.from('use_case_replications').select('replica_id').eq('replica_id', replica)).data;
		expect(await seen(published)).toEqual([{ replica_id: published }]);
		expect(await seen(hiddenReplica)).toEqual([]);
		// A member of Oulu reads its drafts, so the record too.
		expect(await seen(hiddenReplica, clientFor(publisher.token))).toEqual([{ replica_id: hiddenReplica }]);
		// Taking the replica back to draft hides the record from a visitor again.
		await clientFor(publisher.token).from('use_cases').update({ status: 'draft' }).eq('id', published);
		expect(await seen(published)).toEqual([]);
	});
});
