import { expect, test, type Page } from '@playwright/test';
import { SEED, cards, expectNoHorizontalScroll, expectNoSeriousViolations, mainNav, resultCount, signInWithEmail, unique, waitForHydration } from './helpers';
import { withDb } from './library-db';

test.describe('replication library', () => {
	test('the home page leads to the library', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1, name: 'Design city services together, live' })).toBeVisible();
		await page.getByRole('link', { name: 'Browse the library' }).click();
		await expect(page).toHaveURL(/\/library$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Replication library' })).toBeVisible();
		await expect(mainNav(page).getByRole('link', { name: 'Library' })).toHaveAttribute('aria-current', 'page');
	});

	test('lists the published use cases, and the count matches the cards', async ({ page }) => {
		await page.goto('/library');
		await expect(page.getByTestId('result-count')).toHaveText(`${SEED.publishedCount} use cases`);
		await expect(cards(page)).toHaveCount(SEED.publishedCount);
		expect(await resultCount(page)).toBe(await cards(page).count());
		await expect(page.getByRole('link', { name: SEED.munich.title })).toBeVisible();
		await expect(page.getByRole('link', { name: SEED.london.title })).toBeVisible();
	});

	test('searching for "parking" finds the London use case', async ({ page }) => {
		await page.goto('/library');
		const all = await resultCount(page);
		await page.getByRole('searchbox', { name: 'Search use cases' }).fill('parking');
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		await expect(page).toHaveURL(/[?&]q=parking(&|$)/);
		await expect(page.getByTestId('result-count')).toContainText('for “parking”');
		await expect.poll(() => resultCount(page)).toBeLessThan(all);
		expect(await resultCount(page)).toBeGreaterThan(0);
		await expect(cards(page)).toHaveCount(await resultCount(page));
		await expect(page.getByRole('link', { name: SEED.london.title })).toBeVisible();
		await expect(page.getByRole('link', { name: SEED.oulubot.title })).toHaveCount(0);
		await expect(page.getByRole('searchbox', { name: 'Search use cases' })).toHaveValue('parking');
	});

	test('a word that matches nothing shows the empty state', async ({ page }) => {
		await page.goto('/library');
		await page.getByRole('searchbox', { name: 'Search use cases' }).fill('zzqxjvwk');
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		await expect(page).toHaveURL(/[?&]q=zzqxjvwk/);
		await expect(page.getByText('No use case matches this search.')).toBeVisible();
		await expect(page.getByText('Try fewer words, or clear a filter.')).toBeVisible();
		await expect(page.getByTestId('result-count')).toContainText('0 use cases');
		await expect(cards(page)).toHaveCount(0);
		await page.getByRole('link', { name: 'Clear all' }).click();
		await expect(page).toHaveURL(/\/library$/);
		await expect(cards(page)).toHaveCount(SEED.publishedCount);
	});

	test('filtering by domain with the select applies at once', async ({ page }) => {
		await page.goto('/library');
		await waitForHydration(page);
		// With JavaScript the select submits on change; the noscript button is not shown.
		await expect(page.getByRole('button', { name: 'Apply filters' })).toHaveCount(0);
		await page.getByLabel('Domain').selectOption('mobility');
		await expect(page).toHaveURL(/[?&]domain=mobility(&|$)/);
		await expect(page.getByLabel('Domain')).toHaveValue('mobility');
		await expect.poll(() => resultCount(page)).toBeLessThan(SEED.publishedCount);
		const n = await resultCount(page);
		expect(n).toBeGreaterThan(0);
		await expect(cards(page)).toHaveCount(n);
		for (const card of await cards(page).all()) {
			await expect(card.getByText('Mobility', { exact: true })).toBeVisible();
		}
		await expect(page.getByRole('link', { name: SEED.munich.title })).toBeVisible();
		await expect(page.getByRole('link', { name: SEED.oulubot.title })).toHaveCount(0);
	});

	test('a link with a search and a filter opens the filtered list', async ({ page }) => {
		await page.goto('/library?q=parking&domain=mobility');
		await expect(page.getByRole('searchbox', { name: 'Search use cases' })).toHaveValue('parking');
		await expect(page.getByLabel('Domain')).toHaveValue('mobility');
		await expect(page.getByTestId('result-count')).toContainText('for “parking”');
		await expect(page.getByRole('link', { name: SEED.london.title })).toBeVisible();
		const n = await resultCount(page);
		expect(n).toBeGreaterThan(0);
		await expect(cards(page)).toHaveCount(n);
		for (const card of await cards(page).all()) {
			await expect(card.getByText('Mobility', { exact: true })).toBeVisible();
		}
	});

	test('drafts and retired use cases never show to an anonymous visitor', async ({ page }) => {
		await page.goto('/library');
		await expect(cards(page)).toHaveCount(SEED.publishedCount);
		for (const hidden of SEED.hidden) {
			await expect(page.getByRole('link', { name: hidden.title })).toHaveCount(0);
		}
		for (const hidden of SEED.hidden) {
			await page.goto(`/library?q=${encodeURIComponent(hidden.search)}`);
			await expect(page.getByTestId('result-count')).toContainText(`for “${hidden.search}”`);
			await expect(page.getByRole('link', { name: hidden.title })).toHaveCount(0);

			const response = await page.goto(`/library/${hidden.slug}`);
			expect(response?.status(), `/library/${hidden.slug}`).toBe(404);
			await expect(page.getByRole('heading', { level: 1, name: 'No use case at this address.' })).toBeVisible();
			await expect(page.getByText(hidden.title)).toHaveCount(0);
		}
	});

	test('a use case shows its business model, triangle and patterns', async ({ page }) => {
		await page.goto('/library');
		// Its card says the language it is written in, and marks its own text with it.
		const card = cards(page).filter({ has: page.getByRole('link', { name: SEED.munich.title }) });
		await expect(card).toContainText('Written in English');
		await expect(card.getByRole('heading', { name: SEED.munich.title })).toHaveAttribute('lang', 'en');
		await page.getByRole('link', { name: SEED.munich.title }).click();
		await expect(page).toHaveURL(new RegExp(`/library/${SEED.munich.slug}$`));
		await expect(page.getByRole('heading', { level: 1, name: SEED.munich.title })).toHaveAttribute('lang', 'en');
		await expect(page.getByText('Written in English')).toBeVisible();
		for (const [name, text] of [
			['Who', SEED.munich.who],
			['What', SEED.munich.what],
			['How', SEED.munich.how],
			['Why', SEED.munich.why]
		] as const) {
			await expect(page.getByRole('term').filter({ hasText: new RegExp(`^${name}\\b`) })).toBeVisible();
			await expect(page.getByRole('definition').filter({ hasText: text })).toBeVisible();
		}
		const triangle = page.getByRole('img', { name: /^Gassmann’s magic triangle/ });
		await expect(triangle).toBeVisible();
		// The drawing's text is cut to fit; the full four texts are in its <desc> for screen readers.
		await expect(triangle.locator('desc')).toContainText(`Who: ${SEED.munich.who}`);
		await expect(triangle.locator('desc')).toContainText(`Why: ${SEED.munich.why}`);
		const patterns = page.getByRole('region', { name: 'Business model patterns' });
		await expect(patterns.getByRole('link').first()).toBeVisible();
		await expect(patterns.getByRole('link', { name: 'Pay per use' })).toBeVisible();
		await page.getByRole('link', { name: '← Back to the library' }).click();
		await expect(page).toHaveURL(/\/library$/);
	});

	test('an unknown use case shows a 404 page that leads back to the library', async ({ page }) => {
		const response = await page.goto('/library/no-such-use-case');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1, name: 'No use case at this address.' })).toBeVisible();
		await expect(page.getByText('It may have been renamed or never published.')).toBeVisible();
		await page.getByRole('link', { name: 'Back to the library' }).click();
		await expect(page).toHaveURL(/\/library$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Replication library' })).toBeVisible();
		await expect(cards(page)).toHaveCount(SEED.publishedCount);
	});

	test('keyboard: the skip link and the search box are reachable, Enter searches', async ({ page }) => {
		await page.goto('/library');
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to content' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();

		const search = page.getByRole('searchbox', { name: 'Search use cases' });
		let presses = 0;
		while (presses < 10 && !(await search.evaluate((el) => el === document.activeElement))) {
			await page.keyboard.press('Tab');
			presses++;
		}
		await expect(search, 'Tab never reached the search box').toBeFocused();

		await page.keyboard.type('chatbot');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/[?&]q=chatbot(&|$)/);
		await expect(page.getByRole('link', { name: SEED.oulubot.title })).toBeVisible();
		await expect(page.getByTestId('result-count')).toContainText('for “chatbot”');
	});

	test('keyboard: the skip link jumps past the header to the search box', async ({ page }) => {
		await page.goto('/library');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
		await page.keyboard.press('Enter');
		await page.keyboard.press('Tab');
		await expect(page.getByRole('searchbox', { name: 'Search use cases' })).toBeFocused();
	});
});

test.describe('library without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('search and filters work with server-rendered results', async ({ page }) => {
		await page.goto('/library');
		await expect(cards(page)).toHaveCount(SEED.publishedCount);

		await page.getByRole('searchbox', { name: 'Search use cases' }).fill('parking');
		await page.getByRole('button', { name: 'Search', exact: true }).click();
		await expect(page).toHaveURL(/[?&]q=parking(&|$)/);
		await expect(page.getByRole('link', { name: SEED.london.title })).toBeVisible();
		await expect(page.getByTestId('result-count')).toContainText('for “parking”');
		const parking = await resultCount(page);
		expect(parking).toBeLessThan(SEED.publishedCount);

		await page.getByRole('searchbox', { name: 'Search use cases' }).fill('');
		await page.getByLabel('Domain').selectOption('mobility');
		// Without JavaScript nothing happens on change: the noscript button applies the filter.
		await expect(page).toHaveURL(/[?&]q=parking(&|$)/);
		await page.getByRole('button', { name: 'Apply filters' }).click();
		await expect(page).toHaveURL(/[?&]domain=mobility(&|$)/);
		await expect(page.getByLabel('Domain')).toHaveValue('mobility');
		const n = await resultCount(page);
		expect(n).toBeGreaterThan(0);
		expect(n).toBeLessThan(SEED.publishedCount);
		await expect(cards(page)).toHaveCount(n);
		for (const card of await cards(page).all()) {
			await expect(card.getByText('Mobility', { exact: true })).toBeVisible();
		}

		await page.getByRole('link', { name: SEED.munich.title }).click();
		await expect(page.getByRole('heading', { level: 1, name: SEED.munich.title })).toBeVisible();
		await expect(page.getByRole('img', { name: /^Gassmann’s magic triangle/ })).toBeVisible();
	});
});

test.describe('library on a tablet', () => {
	test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

	test('fits the screen and a card opens with a tap', async ({ page }) => {
		await page.goto('/library');
		await expect(cards(page)).toHaveCount(SEED.publishedCount);
		await expectNoHorizontalScroll(page);

		// Tap the middle of the card (its summary), not the title: the whole card is the link's hit area.
		const card = cards(page).filter({ hasText: SEED.munich.title });
		await card.tap();
		await expect(page).toHaveURL(new RegExp(`/library/${SEED.munich.slug}$`));
		await expect(page.getByRole('heading', { level: 1, name: SEED.munich.title })).toBeVisible();
		await expectNoHorizontalScroll(page);
	});
});

test.describe('library on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('the library and a use case fit the screen', async ({ page }) => {
		await page.goto('/library');
		await expect(cards(page)).toHaveCount(SEED.publishedCount);
		await expectNoHorizontalScroll(page);
		await page.goto(`/library/${SEED.munich.slug}`);
		await expect(page.getByRole('img', { name: /^Gassmann’s magic triangle/ })).toBeVisible();
		await expectNoHorizontalScroll(page);
	});
});

test.describe('library facets, sort and pages', () => {
	/** "Mobility (4)" -> ['Mobility', 4], for each choice but "Any". */
	const choices = async (page: Page, label: string) =>
		(await page.getByLabel(label, { exact: true }).locator('option').allInnerTexts())
			.filter((text) => text !== 'Any')
			.map((text) => {
				const match = /^(.*) \((\d+)\)$/.exec(text);
				if (!match) throw new Error(`${label}: "${text}" has no count`);
				return [match[1], Number(match[2])] as const;
			});
	const sum = (list: readonly (readonly [string, number])[]) => list.reduce((a, [, n]) => a + n, 0);

	test('each filter says how many use cases it would find, counted with the other filters', async ({ page }) => {
		await page.goto('/library');
		await waitForHydration(page);
		const domains = await choices(page, 'Domain');
		expect(domains.map(([name]) => name)).toContain('Mobility');
		expect(sum(domains)).toBe(SEED.publishedCount);
		expect(sum(await choices(page, 'Maturity'))).toBe(SEED.publishedCount);
		const mobility = domains.find(([name]) => name === 'Mobility')![1];

		await page.getByLabel('Domain').selectOption('mobility');
		await expect(page).toHaveURL(/[?&]domain=mobility(&|$)/);
		await expect.poll(() => resultCount(page)).toBe(mobility);
		// The domain keeps its own counts (choosing another would find those); the others count mobility only.
		expect(await choices(page, 'Domain')).toEqual(domains);
		expect(sum(await choices(page, 'Maturity'))).toBe(mobility);
		for (const [city, n] of await choices(page, 'City')) expect(n, city).toBeLessThanOrEqual(mobility);
		await expectNoSeriousViolations(page);
	});

	test('sort by newest or most replicated, kept with the search', async ({ page }) => {
		const newest = await withDb(async (db) => {
			const { rows } = await db.query<{ title: string }>(
				`select title from public.use_cases where status = 'published' and search @@ websearch_to_tsquery('english', 'data')
				 order by published_at desc nulls last, title, slug`
			);
			return rows.map((r) => r.title);
		});
		await page.goto('/library?q=data');
		await waitForHydration(page);
		await expect(page.getByLabel('Sort by')).toHaveValue('relevance');
		await page.getByLabel('Sort by').selectOption('newest');
		// The form sends every field (empty ones too), the search with the sort.
		await expect(page).toHaveURL(/[?&]sort=newest(&|$)/);
		await expect(page).toHaveURL(/[?&]q=data(&|$)/);
		await expect(page.getByLabel('Sort by')).toHaveValue('newest');
		await expect(page.getByRole('searchbox', { name: 'Search use cases' })).toHaveValue('data');
		await expect(cards(page).getByRole('heading')).toHaveText(newest.slice(0, 24));

		// A filter chosen now keeps the sort.
		await page.getByLabel('Domain').selectOption('smart-data-platform');
		await expect(page).toHaveURL(/[?&]domain=smart-data-platform(&|$)/);
		await expect(page).toHaveURL(/[?&]sort=newest(&|$)/);

		// Munich's use case replicated twice, London's once: most replicated puts them first.
		const made = await withDb(async (db) => {
			const { rows } = await db.query<{ id: string; slug: string; organization_id: string }>(
				`select id, slug, organization_id from public.use_cases where status = 'published' order by slug`
			);
			const munich = rows.find((r) => r.slug === SEED.munich.slug)!;
			const london = rows.find((r) => r.slug === SEED.london.slug)!;
			const replicas = rows.filter((r) => r !== munich && r !== london).slice(-3);
			const ids: string[] = [];
			for (const [original, replica] of [[munich, replicas[0]], [munich, replicas[1]], [london, replicas[2]]]) {
				const { rows: made } = await db.query<{ id: string }>(
					'insert into public.use_case_replications (use_case_id, replica_id, organization_id) values ($1, $2, $3) returning id',
					[original.id, replica.id, replica.organization_id]
				);
				ids.push(made[0].id);
			}
			return ids;
		});
		try {
			await page.goto('/library');
			await waitForHydration(page);
			await page.getByLabel('Sort by').selectOption('replicated');
			await expect(page).toHaveURL(/[?&]sort=replicated(&|$)/);
			await expect(cards(page).nth(0)).toContainText(SEED.munich.title);
			await expect(cards(page).nth(0)).toContainText('Replicated 2 times');
			await expect(cards(page).nth(1)).toContainText(SEED.london.title);
			await expect(cards(page).nth(1)).toContainText('Replicated once');
			await expect(cards(page).nth(2)).not.toContainText('Replicated');
			await expectNoSeriousViolations(page);
		} finally {
			await withDb((db) => db.query('delete from public.use_case_replications where id = any($1)', [made]));
		}
	});

	test('page 2 keeps the filters and the sort, and says which page of how many', async ({ page }) => {
		// The seed fits one page. A member of Sofia's organisation sees its drafts in the library
		// (no one else does): 30 mobility drafts make a second page for them alone.
		const email = `pages-${unique()}@example.test`;
		await signInWithEmail(page, email, 'Page Turner');
		const tag = unique();
		await withDb(async (db) => {
			await db.query(
				`insert into public.organization_members (organization_id, user_id, role)
				 select '00000000-0000-4000-8000-000000000005', id, 'member' from auth.users where email = $1`,
				[email]
			);
			await db.query(
				`insert into public.use_cases (slug, title, city, country, organization_id, domain, summary)
				 select 'e2e-pages-' || $1 || '-' || n, 'Draft ' || n || ' for pages ' || $1, 'Sofia', 'Bulgaria',
				        '00000000-0000-4000-8000-000000000005', 'mobility', 'A draft that only members of its organisation see.'
				 from generate_series(1, 30) as n`,
				[tag]
			);
		});
		try {
			await page.goto('/library?domain=mobility&sort=newest');
			const total = await resultCount(page);
			expect(total).toBeGreaterThan(30);
			expect(total).toBeLessThanOrEqual(48);
			await expect(page.getByTestId('page-of')).toHaveText('Page 1 of 2');
			await expect(cards(page)).toHaveCount(24);
			await expect(page.getByRole('link', { name: 'Previous page' })).toHaveCount(0);

			await page.getByRole('link', { name: 'Next page' }).click();
			await expect(page).toHaveURL(/\/library\?domain=mobility&sort=newest&page=2$/);
			await expect(page.getByTestId('page-of')).toHaveText('Page 2 of 2');
			await expect(cards(page)).toHaveCount(total - 24);
			await expect(page.getByLabel('Domain')).toHaveValue('mobility');
			await expect(page.getByLabel('Sort by')).toHaveValue('newest');
			await expect(page.getByRole('link', { name: 'Next page' })).toHaveCount(0);
			await expectNoSeriousViolations(page);

			// A page past the end says how many there are and leads to the last.
			await page.goto('/library?domain=mobility&sort=newest&page=5');
			await expect(page.getByText('This search has 2 pages.')).toBeVisible();
			await page.getByRole('link', { name: 'Go to the last page' }).click();
			await expect(page).toHaveURL(/page=2$/);

			await page.getByRole('link', { name: 'Previous page' }).click();
			await expect(page).toHaveURL(/\/library\?domain=mobility&sort=newest$/);
			await expect(cards(page)).toHaveCount(24);
		} finally {
			await withDb((db) => db.query('delete from public.use_cases where slug like $1', [`e2e-pages-${tag}-%`]));
		}
	});
});
