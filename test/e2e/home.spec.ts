import { expect, test } from '@playwright/test';

test.describe('home page', () => {
	test('promises only what exists: every link it offers leads to a page that is there', async ({ page, request }) => {
		await page.goto('/');
		const main = page.getByRole('main');
		await expect(main.getByRole('heading', { level: 1, name: 'Design city services together, live' })).toBeVisible();
		// Voting exists (dot votes, scores, rankings), so the page may say so.
		await expect(main.getByText('vote on what matters')).toBeVisible();
		await expect(main.getByText('with dot votes, scores and rankings')).toBeVisible();

		const hrefs = await main.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).getAttribute('href')));
		expect(hrefs).toEqual(expect.arrayContaining(['/library', '/join', '/workshops']));
		for (const href of hrefs) {
			const response = await request.get(href!, { maxRedirects: 5 });
			expect(response.status(), `${href} answers`).toBeLessThan(400);
		}
	});
});
