/**
 * A city publisher turns a workshop's outcome into a library use case: the
 * outcome row is written with SQL (the outcome page is another part's), the
 * rest goes through the pages: prefilled form, draft, preview, publish,
 * found in the library by a word of its text, edit (last changed shown),
 * retire (gone from search, the page says retired). axe on the new pages.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { expectNoHorizontalScroll, expectNoSeriousViolations, signInWithEmail, submitAndWait, unique, waitForHydration } from './helpers';
import { screenshot } from './screenshots';

/** Superuser SQL on the e2e server's database (its data folder says where and how). */
async function sql(text: string, params: unknown[] = []) {
	const dir = String(process.env.E2E_DATA_DIR);
	const state = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as { postgresPort: number };
	const secrets = JSON.parse(readFileSync(join(dir, 'secrets.json'), 'utf8')) as { postgresPassword: string };
	const client = new pg.Client({ host: '127.0.0.1', port: state.postgresPort, user: 'postgres', password: secrets.postgresPassword, database: 'postgres' });
	await client.connect();
	try {
		return (await client.query(text, params)).rows;
	} finally {
		await client.end();
	}
}

/** A made-up word (letters only, so full-text search keeps it whole) that only this run's use case holds. */
const word = () => `quay${Array.from({ length: 8 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('')}`;

function outcome(marker: string) {
	const note = (text: string) => ({ canvas: '7d7c1f0e-9a54-4d8b-8f5a-3b1a2c4d5e6f', note: `n${Math.random().toString(36).slice(2, 8)}`, text });
	return {
		dimensions: {
			who: { text: 'Commuters of the harbour district', notes: [note('Night-shift workers at the port')] },
			what: { text: `Shared ${marker} bikes at every ferry stop, booked with the travel card`, notes: [] },
			how: { text: 'The port authority runs the docks', notes: [note('An operator maintains the bikes')] },
			why: { text: 'Riders pay per ride; the city pays the docks', notes: [] }
		},
		patterns: [],
		useCases: [],
		scores: { scalability: 4, replicability: 5, sustainability: 3, round: null },
		funding: ['EU Horizon grant'],
		internalFactors: ['A champion in the city'],
		externalFactors: ['The ferry timetable'],
		lessons: 'Start with one stop.',
		replicationNeeds: 'A ferry line and a travel card.'
	};
}

/** Looks at what a visitor (no session) sees. */
async function asVisitor<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
	const context = await browser.newContext();
	try {
		return await run(await context.newPage());
	} finally {
		await context.close();
	}
}

test.describe('publishing an outcome to the library', () => {
	test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

	test('draft, preview, publish, find, edit, retire', async ({ page, browser }) => {
		// One long flow through six pages and two browsers: about 75 s alone, more on a busy machine.
		test.setTimeout(240_000);
		const email = `publisher-${unique()}@example.org`;
		const marker = word();
		const title = `Ferry bikes ${unique()}`;

		await signInWithEmail(page, email, 'Paula Publisher');
		await page.goto('/workshops/new');
		await waitForHydration(page);
		await page.getByLabel('Title', { exact: true }).fill(title);
		await submitAndWait(page, page.getByRole('button', { name: 'Create workshop' }));
		await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}$/);
		const workshopId = new URL(page.url()).pathname.split('/')[2];
		await sql('insert into public.outcomes (workshop_id, content) values ($1, $2)', [workshopId, outcome(marker)]);

		// Not a publisher yet: the page says how to become one.
		await page.getByRole('link', { name: 'Publish to the library' }).click();
		await expect(page.getByText('Publishing needs the role publisher or admin')).toBeVisible();

		await sql(
			`insert into public.organization_members (organization_id, user_id, role)
			 select o.id, u.id, 'publisher' from public.organizations o, auth.users u where o.slug = 'city-of-oulu' and u.email = $1`,
			[email]
		);
		await page.reload();
		await expect(page.getByRole('heading', { level: 1, name: 'Publish to the library' })).toBeVisible();
		await expect(page.getByLabel('Organisation', { exact: true })).toHaveValue(/.+/);
		await expect(page.getByLabel(/^Who/)).toHaveValue('Commuters of the harbour district\n- Night-shift workers at the port');
		await expect(page.getByLabel(/^How/)).toHaveValue('The port authority runs the docks\n- An operator maintains the bikes');
		await expect(page.getByLabel('Funding mechanisms', { exact: true })).toHaveValue('EU Horizon grant');
		await expect(page.getByLabel('Scalability', { exact: true })).toHaveValue('4');
		await expect(page.getByLabel('Lessons learned', { exact: true })).toHaveValue('Start with one stop.');
		const slug = title.toLowerCase().replace(/\s+/g, '-');
		await expect(page.getByLabel('Address', { exact: true })).toHaveValue(slug);
		await waitForHydration(page);
		await expectNoSeriousViolations(page);
		await expectNoHorizontalScroll(page);
		await screenshot(page, 'publish-tablet');

		// A summary too short is refused with the reason, and what was typed stays.
		await page.getByLabel('City', { exact: true }).fill('Oulu');
		await page.getByLabel('Summary', { exact: true }).fill('Short');
		await submitAndWait(page, page.getByRole('button', { name: 'Save draft and preview' }));
		await expect(page.getByText('Write a summary of 10 to 2,000 characters.')).toBeVisible();
		await expect(page.getByLabel('City', { exact: true })).toHaveValue('Oulu');

		await page.getByLabel('Summary', { exact: true }).fill(`Shared ${marker} bikes at every ferry stop of Oulu's harbour.`);
		await page.getByLabel('Domain', { exact: true }).selectOption('mobility');
		await page.getByLabel('Maturity', { exact: true }).selectOption('pilot');
		await page.getByText('Business model patterns').click();
		await page.getByRole('checkbox', { name: /^Pay per use/ }).check();
		await submitAndWait(page, page.getByRole('button', { name: 'Save draft and preview' }));

		// The preview is the library's own page, showing the draft to its organisation only.
		await expect(page).toHaveURL(new RegExp(`/library/${slug}$`));
		await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await expect(page.getByText('Preview: this is how the library will show it once published.')).toBeVisible();
		await expect(page.getByText('Draft — visible to its organisation only.')).toBeVisible();
		await expect(page.getByRole('link', { name: 'Pay per use' })).toBeVisible();
		await expectNoSeriousViolations(page);
		await screenshot(page, 'publish-preview');
		expect(await asVisitor(browser, async (p) => (await p.goto(`/library/${slug}`))?.status())).toBe(404);

		await submitAndWait(page, page.getByRole('button', { name: 'Publish', exact: true }));
		await expect(page.getByText(/^Published /)).toBeVisible();
		await expect(page.getByText('Draft — visible to its organisation only.')).toHaveCount(0);

		// Anyone finds it by a word of its text.
		await asVisitor(browser, async (p) => {
			await p.goto(`/library?q=${marker}`);
			await expect(p.getByRole('link', { name: title })).toBeVisible();
			await p.getByRole('link', { name: title }).click();
			await expect(p.locator('dd').getByText('Night-shift workers at the port')).toBeVisible();
		});

		// Edit: the page then says when it last changed.
		await page.getByRole('link', { name: 'Edit', exact: true }).click();
		await expect(page).toHaveURL(new RegExp(`/library/${slug}/edit$`));
		await expect(page.getByRole('heading', { level: 1, name: 'Edit use case' })).toBeVisible();
		await waitForHydration(page);
		await expectNoSeriousViolations(page);
		await page.setViewportSize({ width: 390, height: 844 });
		await expectNoHorizontalScroll(page);
		await screenshot(page, 'publish-edit-phone');
		await page.setViewportSize({ width: 768, height: 1024 });
		await page.getByLabel('Title', { exact: true }).fill(`${title}, second season`);
		await page.getByLabel(/^Why/).fill('Riders pay per ride; the city pays the docks; advertisers pay for the bike panels');
		await submitAndWait(page, page.getByRole('button', { name: 'Save changes' }));
		await expect(page).toHaveURL(new RegExp(`/library/${slug}$`));
		await expect(page.getByRole('heading', { level: 1, name: `${title}, second season` })).toBeVisible();
		await expect(page.getByTestId('last-changed')).toHaveText(/^Last changed \w+ \d+, \d{4}$/);
		await expect(page.locator('dd').getByText('advertisers pay for the bike panels')).toBeVisible();

		// Retire: gone from search, the page stays and says so.
		page.once('dialog', (dialog) => dialog.accept());
		await submitAndWait(page, page.getByRole('button', { name: 'Retire' }));
		await expect(page.getByText('This use case has been retired by its organisation.')).toBeVisible();
		await asVisitor(browser, async (p) => {
			await p.goto(`/library?q=${marker}`);
			await expect(p.getByText('No use case matches this search.')).toBeVisible();
			const response = await p.goto(`/library/${slug}`);
			expect(response?.status()).toBe(200);
			await expect(p.getByText('This use case has been retired by its organisation.')).toBeVisible();
			await expect(p.getByRole('link', { name: 'Edit', exact: true })).toHaveCount(0);
		});
		const [row] = await sql('select status, retired_at, workshop_id from public.use_cases where slug = $1', [slug]);
		expect(row).toMatchObject({ status: 'retired', workshop_id: workshopId });
		expect(row.retired_at).not.toBeNull();
	});

	test('the publish page on a phone', async ({ page }) => {
		test.setTimeout(90_000);
		await page.setViewportSize({ width: 390, height: 844 });
		const email = `publisher-${unique()}@example.org`;
		await signInWithEmail(page, email, 'Pia Publisher');
		await page.goto('/workshops/new');
		await waitForHydration(page);
		await page.getByLabel('Title', { exact: true }).fill(`Phone publish ${unique()}`);
		await submitAndWait(page, page.getByRole('button', { name: 'Create workshop' }));
		await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}$/);
		await sql(
			`insert into public.organization_members (organization_id, user_id, role)
			 select o.id, u.id, 'admin' from public.organizations o, auth.users u where o.slug = 'city-of-oulu' and u.email = $1`,
			[email]
		);
		await page.goto(`${page.url()}/publish`);
		await expect(page.getByRole('heading', { level: 1, name: 'Publish to the library' })).toBeVisible();
		await expect(page.getByText('This workshop has no outcome written yet')).toBeVisible();
		await expectNoHorizontalScroll(page);
		await expectNoSeriousViolations(page);
		await screenshot(page, 'publish-phone');

		// An address another use case has is refused, naming the next free one; nothing is saved.
		await page.getByLabel('Address', { exact: true }).fill('munich-mobility-points');
		await page.getByLabel('City', { exact: true }).fill('Oulu');
		await page.getByLabel('Summary', { exact: true }).fill('A summary long enough to pass the check.');
		await submitAndWait(page, page.getByRole('button', { name: 'Save draft and preview' }));
		await expect(page.getByText('This address is taken. “munich-mobility-points-2” is free.')).toBeVisible();
		await expect(page.getByLabel('Address', { exact: true })).toHaveValue('munich-mobility-points');
		expect(await sql("select count(*)::int as n from public.use_cases where slug like 'munich-mobility-points%'")).toEqual([{ n: 1 }]);
		await expectNoHorizontalScroll(page);
	});
});
