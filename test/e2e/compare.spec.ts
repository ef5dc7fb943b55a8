import { expect, test, type Page } from '@playwright/test';
import { emptyOutcome } from '../../src/lib/domain/outcome';
import { icityTable6 } from '../support/icity';
import { createWorkshopAsFacilitator, expectNoHorizontalScroll, expectNoSeriousViolations, SEED, waitForHydration } from './helpers';
import { storeOutcome } from './workshop-sql';

const columns = (page: Page) => page.getByRole('region', { name: 'The comparison' }).getByRole('article');

/** A workshop outcome with text, a kept note, two patterns, scores and iCity Table 6 as its revenue model. */
async function workshopWithOutcome(page: Page) {
	const { workshopId } = await createWorkshopAsFacilitator(page, 'Compare');
	const outcome = emptyOutcome();
	outcome.dimensions.what.text = 'Open sensor platform for parking and air quality';
	outcome.dimensions.who.notes.push({ canvas: '2b1f6a3e-8c4d-4e5f-9a6b-7c8d9e0f1a2b', note: 'n1', text: 'Commuters who drive in' });
	outcome.patterns = [18, 35];
	outcome.scores = { scalability: 4, replicability: 5, sustainability: 3, round: null };
	outcome.revenue = icityTable6();
	await storeOutcome(workshopId, outcome);
	return workshopId;
}

async function search(page: Page, words: string) {
	await page.getByLabel('Find a use case to add').fill(words);
	await page.getByRole('button', { name: 'Search' }).click();
	await expect(page.getByRole('heading', { name: `Use cases matching “${words}”` })).toBeVisible();
}

test.describe('compare', () => {
	// Signing in, creating a workshop and several searches: more than the default 30 s on a shared machine.
	test.describe.configure({ timeout: 90_000 });
	test('a workshop’s outcome beside two library use cases, added by searching', async ({ page }) => {
		const workshopId = await workshopWithOutcome(page);
		await page.getByRole('link', { name: 'Compare', exact: true }).click();
		await expect(page).toHaveURL(`/compare?workshop=${workshopId}`);
		await expect(page.getByText('Add at least two use cases, or one and your workshop’s outcome, to compare them.')).toBeVisible();
		await waitForHydration(page);

		await search(page, 'parking');
		await page.getByRole('link', { name: `Add ${SEED.london.title}` }).click();
		await expect(columns(page)).toHaveCount(2);
		await search(page, 'mobility points');
		await page.getByRole('link', { name: `Add ${SEED.munich.title}` }).click();
		await expect(page).toHaveURL(new RegExp(`u=${SEED.london.slug}&u=${SEED.munich.slug}&workshop=${workshopId}`));
		await expect(columns(page)).toHaveCount(3);

		const munich = columns(page).filter({ hasText: SEED.munich.title });
		await expect(munich).toContainText(SEED.munich.who);
		await expect(munich).toContainText('No revenue model.');
		const workshop = columns(page).filter({ hasText: 'Workshop outcome' });
		await expect(workshop).toContainText('Open sensor platform for parking and air quality');
		await expect(workshop).toContainText('Commuters who drive in');
		await expect(workshop).toContainText('Freemium');
		await expect(workshop).toContainText('Pay per use');
		await expect(workshop.getByRole('definition')).toContainText(['4 of 5', '5 of 5', '3 of 5', '€938,000', '€54,660', '€200,000', '€180,000']);
		await expectNoSeriousViolations(page);

		// Removing a column keeps the others.
		await munich.getByRole('link', { name: `Remove ${SEED.munich.title} from the comparison` }).click();
		await expect(columns(page)).toHaveCount(2);
	});

	test('at most four use cases; the page says so', async ({ page }) => {
		const slugs = [SEED.london.slug, SEED.munich.slug, SEED.oulubot.slug, 'icity-app-store-and-certification', 'bologna-city-agnostic-apps'];
		await page.goto(`/compare?${slugs.map((s) => `u=${s}`).join('&')}&q=parking`);
		await expect(page.getByText('At most four use cases can be compared; the first four of the link are shown.')).toBeVisible();
		await expect(columns(page)).toHaveCount(4);
		await expect(page.getByText('Four use cases are side by side, the most this page compares. Remove one to add another.')).toBeVisible();
		await expect(page.getByRole('link', { name: /^Add / })).toHaveCount(0);
	});

	test('someone not signed in does not see a workshop’s outcome', async ({ page, browser }) => {
		const workshopId = await workshopWithOutcome(page);
		const stranger = await (await browser.newContext()).newPage();
		await stranger.goto(`/compare?u=${SEED.london.slug}&workshop=${workshopId}`);
		await expect(stranger.getByText('Sign in to see this workshop’s outcome.')).toBeVisible();
		await expect(columns(stranger)).toHaveCount(1);
		await expect(stranger.getByText('Open sensor platform')).toHaveCount(0);
		await stranger.context().close();
	});

	test('on a phone the columns swipe inside their own box, and the keyboard reaches them', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		await page.goto(`/compare?u=${SEED.london.slug}&u=${SEED.munich.slug}&u=${SEED.oulubot.slug}`);
		await expect(columns(page)).toHaveCount(3);
		await expectNoHorizontalScroll(page);
		const region = page.getByRole('region', { name: 'The comparison' });
		expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
		await region.focus();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
		await expectNoSeriousViolations(page);
	});
});
