import { expect, test } from '@playwright/test';
import { SEED, cards, expectNoHorizontalScroll, mainNav, resultCount, waitForHydration } from './helpers';

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
		await page.getByRole('link', { name: SEED.munich.title }).click();
		await expect(page).toHaveURL(new RegExp(`/library/${SEED.munich.slug}$`));
		await expect(page.getByRole('heading', { level: 1, name: SEED.munich.title })).toBeVisible();
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
