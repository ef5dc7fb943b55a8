import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { emptyOutcome } from '../../src/lib/domain/outcome';
import { parseCsv } from '../support/csv';
import { createWorkshopAsFacilitator, expectNoHorizontalScroll, expectNoSeriousViolations, joinByCode, waitForHydration } from './helpers';
import { firstCanvas, projectNotes, storeOutcome } from './workshop-sql';

test.describe('hand on to Decidim', () => {
	// Signing in, creating a workshop, then the page, two downloads and axe: more than the default 30 s on a shared machine.
	test.describe.configure({ timeout: 90_000 });
	test('a facilitator chooses ideas, fixes a title and downloads the CSV and JSON Decidim imports', async ({ page }) => {
		const { workshopId } = await createWorkshopAsFacilitator(page, 'Handover');
		const canvas = await firstCanvas(workshopId);
		await projectNotes(canvas, [
			{ id: 'formula', text: '=HYPERLINK("http://evil.example","Shared parking sensors")', dimension: 'what' },
			{ id: 'kept', text: 'Open data portal for mobility services\nwith a public API', dimension: 'how' },
			{ id: 'short', text: 'Bike lanes', dimension: 'what' }
		]);
		const outcome = emptyOutcome();
		outcome.dimensions.how.notes.push({ canvas, note: 'kept', text: 'Open data portal' });
		await storeOutcome(workshopId, outcome);

		await page.goto(`/w/${workshopId}/handover`);
		await waitForHydration(page);
		await expect(page.getByRole('heading', { level: 1, name: 'Hand on to Decidim' })).toBeVisible();
		// The note the outcome kept comes first, ticked; the others are offered unticked.
		const items = page.getByRole('group', { name: /Ideas/ }).getByRole('listitem');
		await expect(items.first()).toContainText('Open data portal for mobility services');
		await expect(items.first().getByRole('checkbox')).toBeChecked();
		await expect(items.first()).toContainText('Kept in the outcome');
		await expect(page.getByRole('checkbox', { name: /Bike lanes/ })).not.toBeChecked();
		await expectNoSeriousViolations(page);

		// A title Decidim would refuse (under 15 characters) stops the download, saying why.
		await page.getByRole('checkbox', { name: /Bike lanes/ }).check();
		let downloaded = false;
		page.on('download', () => (downloaded = true));
		await page.getByRole('button', { name: 'Download CSV' }).click();
		const short = items.filter({ hasText: 'Bike lanes' });
		await expect(short.getByText('A Decidim title needs at least 15 characters.')).toBeVisible();
		await expect(short.getByLabel('Title in Decidim')).toBeFocused();
		await expect(short.getByLabel('Title in Decidim')).toHaveAttribute('aria-invalid', 'true');
		await expectNoSeriousViolations(page);
		expect(downloaded).toBe(false);

		await short.getByLabel('Title in Decidim').fill('Protected bike lanes on the ring road');
		await page.getByRole('checkbox', { name: /HYPERLINK/ }).check();
		const [csvDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
		expect(csvDownload.suggestedFilename()).toMatch(/^decidim-proposals-handover-[a-z0-9-]+\.csv$/);
		const csv = await readFile((await csvDownload.path())!, 'utf8');
		const rows = parseCsv(csv, ';');
		expect(rows[0]).toEqual(['title/en', 'body/en']);
		const titles = rows.slice(1).map((r) => r[0]);
		expect(titles).toEqual(expect.arrayContaining(['Open data portal for mobility services', 'Protected bike lanes on the ring road']));
		// The formula is neutralised (a leading apostrophe), in its title and in its body.
		const formula = rows.find((r) => r[0].includes('HYPERLINK'))!;
		expect(formula[0]).toBe(`'=HYPERLINK("http://evil.example","Shared parking sensors")`);
		expect(formula[1].startsWith("'=HYPERLINK")).toBe(true);
		// The body is the whole note, then where it came from.
		const kept = rows.find((r) => r[0] === 'Open data portal for mobility services')!;
		expect(kept[1]).toMatch(/^Open data portal for mobility services\nwith a public API\n\nFrom the Civic Canvas workshop “Handover /);

		const [jsonDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
		const json = JSON.parse(await readFile((await jsonDownload.path())!, 'utf8')) as { title: { en: string }; body: { en: string } }[];
		expect(json).toHaveLength(3);
		expect(json.map((p) => p.title.en)).toContain('=HYPERLINK("http://evil.example","Shared parking sensors")');
		expect(Object.keys(json[0])).toEqual(['title', 'body']);
	});

	test('on a phone the list fits the screen', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 844 });
		const { workshopId } = await createWorkshopAsFacilitator(page, 'Handover phone');
		await projectNotes(await firstCanvas(workshopId), [{ id: 'one', text: 'A longer idea about shared e-scooters near stations' }]);
		await page.goto(`/w/${workshopId}/handover`);
		await expect(page.getByRole('checkbox', { name: /shared e-scooters/ })).toBeVisible();
		await expectNoHorizontalScroll(page);
	});

	test('the page and the download are refused to a participant, and to someone not signed in', async ({ page, browser }) => {
		const { workshopId, code } = await createWorkshopAsFacilitator(page, 'Handover refused');
		const participant = await (await browser.newContext()).newPage();
		await joinByCode(participant, code, 'Pat', 'Citizen');
		expect((await participant.goto(`/w/${workshopId}/handover`))?.status()).toBe(403);
		await expect(participant.getByText('Handing on is for the facilitators of this workshop.')).toBeVisible();
		const post = await participant.request.post(`/w/${workshopId}/handover/decidim.csv`, {
			form: { idea: 'x:y' },
			headers: { origin: new URL(page.url()).origin }
		});
		expect(post.status()).toBe(403);
		await participant.context().close();

		const stranger = await browser.newContext();
		const response = await stranger.request.post(`/w/${workshopId}/handover/decidim.csv`, {
			form: { idea: 'x:y' },
			headers: { origin: new URL(page.url()).origin },
			maxRedirects: 0
		});
		// Not signed in: sent to sign in, never a file.
		expect(response.status()).toBe(303);
		expect(response.headers()['location']).toMatch(/^\/signin/);
		await stranger.close();
	});
});
