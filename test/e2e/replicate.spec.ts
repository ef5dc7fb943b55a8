import { createClient } from '@supabase/supabase-js';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ws from 'ws';
import { SEED, expectNoHorizontalScroll, expectNoSeriousViolations, signInWithEmail, submitAndWait, unique, waitForHydration } from './helpers';
import { screenshot } from './screenshots';

const TABLET = { viewport: { width: 768, height: 1024 }, hasTouch: true };
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/**
 * supabase-js as the service role of the app under test, for what another
 * part's UI does (publishing): the keys are the local stack's, in its data folder.
 */
function service() {
	const secrets = JSON.parse(readFileSync(join(String(process.env.E2E_DATA_DIR), 'secrets.json'), 'utf8')) as { serviceRoleKey: string };
	return createClient(`http://127.0.0.1:${process.env.E2E_PORT}`, secrets.serviceRoleKey, {
		auth: { persistSession: false, autoRefreshToken: false, detectSessionInUrl: false },
		// Node 20 has no WebSocket, and supabase-js builds its realtime client eagerly.
		realtime: { transport: ws as never }
	});
}

interface Box {
	text: string;
	x: number;
	y: number;
	w: number;
	h: number;
}
/** Every note's box in world units and the block its centre lies in, as the page draws them. */
async function notesInBlocks(page: Page) {
	await page.getByRole('button', { name: 'Fit to screen' }).click();
	const blocks = await page.locator('[data-block-id]').evaluateAll((els) =>
		els.map((el) => {
			const s = (el as HTMLElement).style;
			return { id: el.getAttribute('data-block-id')!, x: parseFloat(s.left), y: parseFloat(s.top), w: parseFloat(s.width), h: parseFloat(s.height) };
		})
	);
	const notes: Box[] = await page.locator('[data-note-id]').evaluateAll((els) =>
		els.map((el) => {
			const s = (el as HTMLElement).style;
			return { text: (el as HTMLElement).innerText, x: parseFloat(s.left), y: parseFloat(s.top), w: parseFloat(s.width), h: parseFloat(s.height) };
		})
	);
	return notes.map((n) => ({
		...n,
		block: blocks.find((b) => n.x >= b.x && n.x + n.w <= b.x + b.w && n.y >= b.y && n.y + n.h <= b.y + b.h)?.id ?? null
	}));
}

test('a signed-in person starts a workshop from a use case; its canvas holds the use case’s notes, each in its block', async ({ browser }) => {
	// Signing in, starting the workshop and opening its canvas: slow on a busy machine.
	test.setTimeout(120_000);
	const page = await (await browser.newContext(TABLET)).newPage();
	await signInWithEmail(page, `replicator-${unique()}@example.org`, 'Maija');
	await page.goto(`/library/${SEED.munich.slug}`);
	await waitForHydration(page);
	const start = page.getByRole('region', { name: 'Start a workshop from this' });
	// No city organisation: the person types the city, and the title follows it.
	await start.getByLabel('City', { exact: true }).fill('Tampere');
	await expect(start.getByLabel('Workshop title')).toHaveValue(`${SEED.munich.title} in Tampere`);
	await expectNoSeriousViolations(page);
	await screenshot(page, 'replicate-start');
	await submitAndWait(page, start.getByRole('button', { name: 'Start the workshop' }));
	await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}$/);
	await expect(page.getByRole('heading', { level: 1, name: `${SEED.munich.title} in Tampere` })).toBeVisible();

	await page.getByRole('link', { name: /Business Model Canvas/ }).click();
	await expect(page).toHaveURL(/\/c\/[0-9a-f-]{36}$/);
	await expect(page.locator('[data-note-id]').first()).toBeVisible();
	const notes = await notesInBlocks(page);
	const find = (start: string) => notes.find((n) => n.text.includes(start));
	expect(find(SEED.munich.who.slice(0, 30))?.block).toBe('customer-segments');
	expect(find(SEED.munich.what.slice(0, 30))?.block).toBe('value-propositions');
	expect(find('Users pay per use to the providers')?.block).toBe('revenue-streams');
	expect(find('The city finances the stations')?.block).toBe('cost-structure');
	// Every note in a block, none on another.
	for (const n of notes) expect(n.block, n.text).not.toBeNull();
	for (const [i, a] of notes.entries())
		for (const b of notes.slice(i + 1)) expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h, `${a.text} on ${b.text}`).toBe(false);
});

test('a visitor is asked to sign in to start one', async ({ page }) => {
	await page.goto(`/library/${SEED.munich.slug}`);
	await expect(page.getByRole('link', { name: 'Sign in to start a workshop from this' })).toHaveAttribute('href', `/signin?next=${encodeURIComponent(`/library/${SEED.munich.slug}`)}`);
	await expect(page.getByRole('button', { name: 'Start the workshop' })).toHaveCount(0);
});

test.describe('a published replica', () => {
	const slug = `oulu-mobility-points-${unique()}`;
	const title = `Oulu: mobility points ${slug.slice(-6)}`;

	test.beforeAll(async () => {
		const db = service();
		const { data: source } = await db.from('use_cases').select('id').eq('slug', SEED.munich.slug).single();
		const { error } = await db.from('use_cases').insert({
			slug,
			title,
			city: 'Oulu',
			country: 'Finland',
			organization_id: '00000000-0000-4000-8000-000000000008',
			domain: 'mobility',
			summary: 'Oulu replicates Munich’s mobility points next to its bus stops.',
			who: 'Residents', what: 'Shared bikes at bus stops', how: 'The city and a provider', why: 'Pay per use',
			source_use_case_id: source!.id,
			status: 'published'
		});
		expect(error).toBeNull();
	});

	// The library's own specs count the seed's published use cases: take the replica away again.
	test.afterAll(async () => {
		const db = service();
		const { data } = await db.from('use_cases').select('id').eq('slug', slug).single();
		expect((await db.from('use_case_replications').delete().eq('replica_id', data!.id)).error).toBeNull();
		expect((await db.from('use_cases').delete().eq('id', data!.id)).error).toBeNull();
	});

	for (const [name, size] of [['phone', PHONE], ['tablet', TABLET]] as const) {
		test(`shows on the source page’s list and chart (${name})`, async ({ browser }) => {
			test.setTimeout(60_000);
			const page = await (await browser.newContext(size)).newPage();
			await page.goto(`/library/${SEED.munich.slug}`);
			const section = page.getByRole('region', { name: 'Replications' });
			await expect(section.getByRole('link', { name: title })).toHaveAttribute('href', `/library/${slug}`);
			await expect(section.getByRole('listitem').filter({ hasText: title })).toContainText('City of Oulu, Oulu');
			// The seed's follower cities, marked as having no record.
			await expect(section.getByText('Sofia: follower city, no replication recorded')).toBeVisible();
			const chart = section.getByRole('img', { name: 'How the use case spread from Munich' });
			await expect(chart.locator('text').filter({ hasText: 'Oulu' })).toHaveCount(1);
			await expect(chart.locator('text').filter({ hasText: /replicated \d{4}/ })).toHaveCount(1);
			await waitForHydration(page);
			// Drawn at the width it has: its 13 px text is not scaled down.
			const scale = await chart.evaluate((svg) => svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width);
			expect(scale).toBeGreaterThan(0.99);
			await expectNoHorizontalScroll(page);
			await expectNoSeriousViolations(page);
			await section.scrollIntoViewIfNeeded();
			await screenshot(page, `replicate-spread-${name}`);
		});
	}
});
