/**
 * Who may take what out of a workshop, against the real stack (Postgres,
 * PostgREST, RLS as each person) and the real Chromium:
 *
 * - a canvas's SVG and PNG: every member (facilitator, participant); 404 for
 *   someone who is not a member, and for a canvas of another workshop;
 * - the report page, report.md and report.pdf: facilitators only; a
 *   participant gets 403, a non-member 404, someone signed out goes to sign-in.
 *
 * The notes projection and the outcome are fixtures written as the realtime
 * server would write them (it alone writes those tables).
 */
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emptyOutcome } from '../../src/lib/domain/outcome';
import { m } from '../../src/lib/i18n';
import { closeRenderer, renderPng } from '../../src/lib/server/render/chromium';
import { GET as svgGet } from '../../src/routes/w/[workshop=uuid]/c/[canvas=uuid]/export.svg/+server';
import { GET as pngGet } from '../../src/routes/w/[workshop=uuid]/c/[canvas=uuid]/export.png/+server';
import { load as reportLoad } from '../../src/routes/w/[workshop=uuid]/report/+page.server';
import { GET as markdownGet } from '../../src/routes/w/[workshop=uuid]/report/report.md/+server';
import { GET as pdfGet } from '../../src/routes/w/[workshop=uuid]/report/report.pdf/+server';
import { clientFor, closeDb, createUser, db, one, type TestUser } from './helpers';

let facilitator: TestUser, participant: TestUser, outsider: TestUser;
let workshopId: string, canvasId: string, otherWorkshopId: string, otherCanvasId: string;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function createWorkshop(person: TestUser, title: string) {
	const { data, error } = await clientFor(person.token).rpc('create_workshop', {
		title,
		host: 'City of Oulu',
		purpose: 'Choose one parking service to pilot',
		held_on: '2026-11-30',
		canvases: [{ template: 'business-model-canvas', title: 'Parking canvas' }]
	});
	expect(error).toBeNull();
	const id = data as string;
	const { id: canvas } = await one<{ id: string }>('select id from public.canvases where workshop_id = $1', [id]);
	return { id, canvas };
}

beforeAll(async () => {
	[facilitator, participant, outsider] = await Promise.all([createUser(), createUser('anonymous'), createUser()]);
	({ id: workshopId, canvas: canvasId } = await createWorkshop(facilitator, `Report test ${randomUUID().slice(0, 8)}`));
	({ id: otherWorkshopId, canvas: otherCanvasId } = await createWorkshop(outsider, `Another workshop ${randomUUID().slice(0, 8)}`));
	const { join_code } = await one<{ join_code: string }>('select join_code from public.workshops where id = $1', [workshopId]);
	const joined = await clientFor(participant.token).rpc('join_workshop', { code: join_code, display_name: 'Aino', stakeholder: 'citizen' });
	expect(joined.error).toBeNull();
	await db().query(
		`insert into public.canvas_notes (canvas_id, note_id, text, block, dimension, author, stakeholder, x, y)
		 values ($1, 'n1', $2, 'customer-segments', 'who', $3, 'citizen', 2450, 200)`,
		[canvasId, 'Commuters <script>alert(1)</script> & "visitors"', participant.id]
	);
	const outcome = emptyOutcome();
	outcome.dimensions.what.text = 'A parking app with live occupancy';
	await db().query('insert into public.outcomes (workshop_id, content) values ($1, $2)', [workshopId, JSON.stringify(outcome)]);
}, 60_000);

afterAll(async () => {
	await closeRenderer();
	await closeDb();
});

/** The parts of a SvelteKit request event these handlers read. */
function event(person: TestUser | null, path: string, params: Record<string, string>) {
	return {
		params,
		url: new URL(`http://localhost${path}`),
		locals: { user: person ? { id: person.id, isAnonymous: person.email === null, email: person.email } : null, supabase: clientFor(person?.token ?? null) },
		cookies: { getAll: () => [] }
	} as never;
}

const canvasParams = (canvas = canvasId) => ({ workshop: workshopId, canvas });
const reportParams = () => ({ workshop: workshopId });

async function statusOf(run: () => Promise<unknown>): Promise<number | string> {
	try {
		await run();
	} catch (thrown) {
		if (isHttpError(thrown)) return thrown.status;
		if (isRedirect(thrown)) return `redirect ${thrown.location}`;
		throw thrown;
	}
	return 200;
}

describe('canvas exports', () => {
	it('give a participant the canvas as SVG, with the note escaped, never as markup', async () => {
		const response = await svgGet(event(participant, `/w/${workshopId}/c/${canvasId}/export.svg`, canvasParams()));
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
		expect(response.headers.get('content-disposition')).toBe('attachment; filename="parking-canvas.svg"');
		const svg = await response.text();
		expect(svg).toContain('Commuters &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;visitors&quot;');
		expect(svg).not.toContain('<script');
		expect(svg).toContain('Customer segments');
	});

	it('refuse someone who is not a member, and a canvas of another workshop, with 404', async () => {
		expect(await statusOf(() => svgGet(event(outsider, '/x', canvasParams())))).toBe(404);
		expect(await statusOf(() => pngGet(event(outsider, '/x', canvasParams())))).toBe(404);
		// The outsider's own canvas, asked for under a workshop they are not in; and the facilitator asking for it under theirs.
		expect(await statusOf(() => svgGet(event(facilitator, '/x', canvasParams(otherCanvasId))))).toBe(404);
	});

	it('draw every note of a large canvas, past PostgREST\'s page of 1,000 rows', async () => {
		await db().query(
			`insert into public.canvas_notes (canvas_id, note_id, text, block, x, y)
			 select $1, 'bulk-' || i, 'Note ' || i, null, (i % 40) * 200, 2200 + (i / 40) * 140 from generate_series(1, 1200) i`,
			[otherCanvasId]
		);
		const response = await svgGet(event(outsider, '/x', { workshop: otherWorkshopId, canvas: otherCanvasId }));
		const svg = await response.text();
		expect(svg.match(/<g class="note"/g)?.length).toBe(1200);
		expect(svg).toContain('<title>Note 1200</title>');
	});

	it('send someone signed out to sign in', async () => {
		expect(await statusOf(() => svgGet(event(null, `/w/${workshopId}/c/${canvasId}/export.svg`, canvasParams())))).toBe(
			`redirect /signin?next=${encodeURIComponent(`/w/${workshopId}/c/${canvasId}/export.svg`)}`
		);
	});

	it('give a participant the canvas as PNG, drawn by Chromium', async () => {
		const response = await pngGet(event(participant, '/x', canvasParams()));
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toBe('image/png');
		const bytes = new Uint8Array(await response.arrayBuffer());
		expect([...bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE);
		// 3000 + margins wide, scaled to the 2400 px limit: the IHDR width field.
		expect(new DataView(bytes.buffer).getUint32(16)).toBe(2400);
	}, 60_000);

	it('answer 503 with the message when no Chromium is installed', async () => {
		await closeRenderer();
		const saved = process.env.CHROMIUM_PATH;
		process.env.CHROMIUM_PATH = '/nonexistent/chromium';
		try {
			const thrown = await pngGet(event(participant, '/x', canvasParams())).catch((e: unknown) => e);
			expect(isHttpError(thrown) && thrown.status).toBe(503);
			expect(isHttpError(thrown) && thrown.body.message).toBe(m.report.errors.pngUnavailable);
		} finally {
			if (saved === undefined) delete process.env.CHROMIUM_PATH;
			else process.env.CHROMIUM_PATH = saved;
		}
		// With the browser back, renders work again.
		const png = await renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>', 10, 10);
		expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
	}, 60_000);
});

describe('the report', () => {
	it('gives a facilitator the report: counts by stakeholder type, no names unless asked', async () => {
		const data = (await reportLoad(event(facilitator, `/w/${workshopId}/report`, reportParams()))) as unknown as {
			report: { workshop: { purpose: string }; participation: { total: number; byStakeholder: unknown[]; people: unknown }; canvases: { notes: unknown[] }[]; outcome: { dimensions: { what: { text: string } } } };
		};
		expect(data.report.workshop.purpose).toBe('Choose one parking service to pilot');
		expect(data.report.participation.total).toBe(2);
		expect(data.report.participation.byStakeholder).toEqual([
			{ stakeholder: 'city', count: 1 },
			{ stakeholder: 'citizen', count: 1 }
		]);
		expect(data.report.participation.people).toBeNull();
		expect(data.report.canvases[0].notes).toHaveLength(1);
		expect(data.report.outcome.dimensions.what.text).toBe('A parking app with live occupancy');
		const named = (await reportLoad(event(facilitator, `/w/${workshopId}/report?names=1`, reportParams()))) as unknown as {
			report: { participation: { people: { name: string }[] } };
		};
		expect(named.report.participation.people.map((p) => p.name)).toContain('Aino');
	});

	it('refuses a participant with 403 (page, Markdown and PDF), a non-member with 404', async () => {
		for (const run of [reportLoad, markdownGet, pdfGet] as ((e: never) => Promise<unknown>)[]) {
			expect(await statusOf(() => run(event(participant, `/w/${workshopId}/report`, reportParams())))).toBe(403);
			expect(await statusOf(() => run(event(outsider, `/w/${workshopId}/report`, reportParams())))).toBe(404);
		}
	});

	it('gives a facilitator the Markdown with every section and the note escaped', async () => {
		const response = await markdownGet(event(facilitator, `/w/${workshopId}/report/report.md`, reportParams()));
		expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
		const md = await response.text();
		for (const heading of ['## Purpose', '## Agenda', '## Participation', '## Canvases', '## Round results', '## Outcome']) expect(md).toContain(`\n${heading}\n`);
		expect(md).toContain('- Commuters \\<script\\>alert\\(1\\)\\</script\\> \\& "visitors"');
		expect(md).toContain('A parking app with live occupancy');
	});
});
