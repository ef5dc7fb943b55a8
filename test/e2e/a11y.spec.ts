import { expect, test } from '@playwright/test';
import { expectNoSeriousViolations, SEED, submitAndWait, waitForHydration } from './helpers';

test.describe('accessibility (axe): no serious or critical violations', () => {
	test('home', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expectNoSeriousViolations(page);
	});

	test('library', async ({ page }) => {
		await page.goto('/library');
		await expect(page.getByRole('heading', { level: 1, name: 'Replication library' })).toBeVisible();
		await expectNoSeriousViolations(page);
	});

	test('library with a search and a filter', async ({ page }) => {
		await page.goto('/library?q=parking&domain=mobility');
		await expect(page.getByRole('link', { name: SEED.london.title })).toBeVisible();
		await expectNoSeriousViolations(page);
	});

	test('library with no result', async ({ page }) => {
		await page.goto('/library?q=zzqxjvwk');
		await expect(page.getByText('No use case matches this search.')).toBeVisible();
		await expectNoSeriousViolations(page);
	});

	test('use case', async ({ page }) => {
		await page.goto(`/library/${SEED.munich.slug}`);
		await expect(page.getByRole('heading', { level: 1, name: SEED.munich.title })).toBeVisible();
		await expectNoSeriousViolations(page);
	});

	test('sign in', async ({ page }) => {
		await page.goto('/signin');
		await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
		await expectNoSeriousViolations(page);
	});

	test('sign in with validation errors', async ({ page }) => {
		await page.goto('/signin');
		await waitForHydration(page);
		await submitAndWait(page, page.getByRole('button', { name: 'Continue' }));
		await expect(page.getByText('Enter a name of 1 to 60 characters.')).toBeVisible();
		await expectNoSeriousViolations(page);
	});

	test('unknown use case (404)', async ({ page }) => {
		const response = await page.goto('/library/no-such-use-case');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1, name: 'No use case at this address.' })).toBeVisible();
		await expectNoSeriousViolations(page);
	});

	test('unknown page (404)', async ({ page }) => {
		const response = await page.goto('/no-such-page');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
		await expectNoSeriousViolations(page);
	});
});
