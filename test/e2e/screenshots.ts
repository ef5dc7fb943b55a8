import type { Page } from '@playwright/test';

/**
 * The README's screenshots are taken by the tests, so they show what the tests
 * saw: `UPDATE_SCREENSHOTS=1 npm run test:e2e` rewrites docs/screenshots/.
 * Other runs leave the folder alone.
 */
export async function screenshot(page: Page, name: string) {
	if (process.env.UPDATE_SCREENSHOTS !== '1') return;
	await page.screenshot({ path: `docs/screenshots/${name}.png`, fullPage: false });
}
