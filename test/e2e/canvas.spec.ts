import { expect, test, type Browser, type Page } from '@playwright/test';
import { clickAddNote, createWorkshopAsFacilitator, expectNoSeriousViolations, joinByCode, submitAndWait, waitForHydration } from './helpers';
import { screenshot } from './screenshots';

const TABLET = { viewport: { width: 768, height: 1024 }, hasTouch: true };
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

const note = (page: Page, text: string) => page.locator('[data-note-id]').filter({ hasText: text });
const status = (page: Page) => page.getByRole('status').filter({ hasText: /Live|Reconnecting|Offline|Connecting/ }).first();

/** Opens the workshop's Business Model Canvas and waits until it is live. */
async function openCanvas(page: Page) {
	await page.getByRole('link', { name: /Business Model Canvas/ }).click();
	await expect(page).toHaveURL(/\/c\/[0-9a-f-]{36}$/);
	await waitForHydration(page);
	await expect(status(page)).toContainText('Live', { timeout: 15_000 });
}

/** A facilitator's workshop, joined by Aino on a phone. */
async function workshopWithAino(browser: Browser) {
	const facilitator = await (await browser.newContext(TABLET)).newPage();
	const { workshopUrl, code } = await createWorkshopAsFacilitator(facilitator, 'Parking data');
	const phone = async (name: string, stakeholder: string) => {
		const page = await (await browser.newContext(PHONE)).newPage();
		await joinByCode(page, code, name, stakeholder);
		return page;
	};
	return { facilitator, workshopUrl, aino: await phone('Aino', 'Citizen'), phone };
}

/** The same, and Bo joins on a phone too. */
async function setup(browser: Browser) {
	const { phone, ...rest } = await workshopWithAino(browser);
	return { ...rest, bo: await phone('Bo', 'Company') };
}

/**
 * Waits until the canvas has shown its notes with their texts and nothing moves any more
 * (no view animation, no transition), so axe analyses a page that holds still.
 */
async function settled(page: Page) {
	await page.waitForFunction(
		() =>
			performance.getEntriesByName('canvas:interactive').length > 0 &&
			document.querySelector('[data-note-id].pending') === null &&
			document.getAnimations().every((a) => a.playState !== 'running'),
		undefined,
		{ polling: 100 }
	);
	// Two frames more: the last frame of a view animation has been drawn.
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** Centre of a note on screen. */
async function centreOf(page: Page, text: string) {
	const box = await note(page, text).boundingBox();
	if (!box) throw new Error(`note "${text}" is not on screen`);
	return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Notes added only for the README's pictures (UPDATE_SCREENSHOTS=1); the counts below include them. */
const PICTURE_NOTES = process.env.UPDATE_SCREENSHOTS === '1' ? ['Parking sensors shared with the city', 'Pay by the minute in the app'] : [];

test.describe('live canvas', () => {
	test('three people co-edit: add, see, move, go offline and converge; an observer cannot edit', async ({ browser }) => {
		test.setTimeout(90_000);
		const { facilitator, workshopUrl, aino, bo } = await setup(browser);
		for (const page of [facilitator, aino, bo]) await openCanvas(page);

		// Aino adds a note and types; everyone sees it.
		await clickAddNote(aino);
		await aino.getByLabel('Note text').fill('Open parking occupancy data');
		await aino.keyboard.press('Escape');
		for (const page of [aino, bo, facilitator]) await expect(note(page, 'Open parking occupancy data')).toBeVisible();
		await expect(note(bo, 'Open parking occupancy data')).toHaveAttribute('aria-label', /Note by Aino/);
		if (process.env.UPDATE_SCREENSHOTS === '1') {
			// The README's pictures: a few notes in the block, as each page opens (readable, not zoomed out).
			for (const text of PICTURE_NOTES) {
				await clickAddNote(aino);
				await aino.getByLabel('Note text').fill(text);
				await aino.keyboard.press('Escape');
				for (const page of [bo, facilitator]) await expect(note(page, text)).toBeVisible();
			}
			for (const page of [facilitator, bo]) await settled(page);
			await screenshot(facilitator, 'canvas-tablet');
			await screenshot(bo, 'canvas-phone');
		}

		// Bo moves it with the keyboard; the others see the move.
		const before = await centreOf(aino, 'Open parking occupancy data');
		await note(bo, 'Open parking occupancy data').focus();
		for (let i = 0; i < 4; i++) await bo.keyboard.press('Shift+ArrowRight');
		await expect.poll(async () => (await centreOf(aino, 'Open parking occupancy data')).x).toBeGreaterThan(before.x + 5);
		await expect.poll(async () => (await centreOf(facilitator, 'Open parking occupancy data')).x).not.toBe(0);

		// Aino goes offline, edits; the status says so and nobody else sees it yet.
		await aino.context().setOffline(true);
		await expect(status(aino)).toContainText('Offline');
		await clickAddNote(aino);
		await aino.getByLabel('Note text').fill('Written on the bus');
		await aino.keyboard.press('Escape');
		await expect(note(aino, 'Written on the bus')).toBeVisible();
		await bo.waitForTimeout(1000);
		await expect(note(bo, 'Written on the bus')).toHaveCount(0);
		// Meanwhile Bo edits too.
		await clickAddNote(bo);
		await bo.getByLabel('Note text').fill('Residents get a parking app');
		await bo.keyboard.press('Escape');

		// Back online: all three converge on the same notes.
		await aino.context().setOffline(false);
		await expect(status(aino)).toContainText('Live', { timeout: 15_000 });
		for (const page of [aino, bo, facilitator]) {
			await expect(note(page, 'Written on the bus')).toBeVisible();
			await expect(note(page, 'Residents get a parking app')).toBeVisible();
			await expect.poll(() => page.evaluate(() => (window as unknown as { __canvas: { noteCount(): number } }).__canvas.noteCount())).toBe(3 + PICTURE_NOTES.length);
		}

		// The facilitator makes Bo an observer: after reloading, Bo can look but not edit.
		await facilitator.goto(workshopUrl);
		await waitForHydration(facilitator);
		await Promise.all([
			facilitator.waitForResponse((r) => r.request().method() === 'POST'),
			facilitator.getByLabel('Role of Bo').selectOption('observer')
		]);
		await bo.reload();
		await waitForHydration(bo);
		await expect(bo.getByText('You are observing this workshop')).toBeVisible();
		await expect(bo.getByRole('button', { name: 'Add note' })).toHaveCount(0);
		await note(bo, 'Written on the bus').focus();
		await bo.keyboard.press('Delete');
		await bo.keyboard.press('Shift+ArrowDown');
		await bo.waitForTimeout(500);
		await expect(note(aino, 'Written on the bus')).toBeVisible();
		await expect.poll(() => aino.evaluate(() => (window as unknown as { __canvas: { noteCount(): number } }).__canvas.noteCount())).toBe(3 + PICTURE_NOTES.length);
	});

	test('a locked canvas turns participants read-only at once', async ({ browser }) => {
		const { facilitator, workshopUrl, aino } = await workshopWithAino(browser);
		await openCanvas(aino);
		await expect(aino.getByRole('button', { name: 'Add note' })).toBeVisible();
		await facilitator.goto(workshopUrl);
		const canvas = facilitator.getByRole('region', { name: 'Canvases' }).getByRole('listitem').first();
		await submitAndWait(facilitator, canvas.getByRole('button', { name: 'Lock' }));
		await expect(aino.getByText('The facilitator has locked this canvas')).toBeVisible();
		await expect(aino.getByRole('button', { name: 'Add note' })).toHaveCount(0);
	});

	test('undo takes back only your own change', async ({ browser }) => {
		const { aino, bo } = await setup(browser);
		for (const page of [aino, bo]) await openCanvas(page);
		await clickAddNote(aino);
		await aino.getByLabel('Note text').fill('Mine');
		await aino.keyboard.press('Escape');
		await expect(note(bo, 'Mine')).toBeVisible();
		await clickAddNote(bo);
		await bo.getByLabel('Note text').fill('Theirs');
		await bo.keyboard.press('Escape');
		await expect(note(aino, 'Theirs')).toBeVisible();
		// Adding and typing may be one step or two, depending on the pause between them.
		for (let i = 0; i < 2 && (await note(aino, 'Mine').count()) > 0; i++) {
			await aino.getByRole('button', { name: 'Undo' }).click();
			await aino.waitForTimeout(300);
		}
		await expect(note(aino, 'Mine')).toHaveCount(0);
		await expect(note(bo, 'Mine')).toHaveCount(0);
		await expect(note(bo, 'Theirs')).toBeVisible();
		for (let i = 0; i < 2 && (await note(aino, 'Mine').count()) === 0; i++) {
			await aino.getByRole('button', { name: 'Redo' }).click();
			await aino.waitForTimeout(300);
		}
		await expect(note(bo, 'Mine')).toBeVisible();
	});

	test('the canvas page has no serious accessibility violation', async ({ browser }) => {
		// Signing in, creating and joining take most of this on two busy cores; axe gets its own share.
		test.setTimeout(90_000);
		const { facilitator, aino } = await workshopWithAino(browser);
		await openCanvas(aino);
		await clickAddNote(aino);
		await aino.getByLabel('Note text').fill('Check me');
		await aino.keyboard.press('Escape');
		// The note stays selected, so the selection panel is checked too.
		await expect(note(aino, 'Check me')).toBeVisible();
		await expect(aino.getByTestId('selection-panel')).toBeVisible();
		// Nothing else runs in the browser while axe analyses the whole page.
		await facilitator.context().close();
		await settled(aino);
		await expectNoSeriousViolations(aino);
	});
});
