import { expect, test, type Page } from '@playwright/test';
import { clickAddNote, createWorkshopAsFacilitator, joinByCode, waitForHydration } from './helpers';

/** Issue 11, "Typing shows as it is typed": every key reaches the others at once, and two people typing in one note merge. */

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const note = (page: Page, text: string) => page.locator('[data-note-id]').filter({ hasText: text });
const status = (page: Page) => page.getByRole('status').filter({ hasText: /Live|Reconnecting|Offline|Connecting/ }).first();

async function openCanvas(page: Page) {
	await page.getByRole('link', { name: /Business Model Canvas/ }).click();
	await expect(page).toHaveURL(/\/c\/[0-9a-f-]{36}$/);
	await waitForHydration(page);
	await expect(status(page)).toContainText('Live', { timeout: 15_000 });
}

test('a note is typed in by two people at once: each sees every key while the other types, and both keys survive', async ({ browser }) => {
	test.setTimeout(90_000);
	const facilitator = await (await browser.newContext()).newPage();
	const { code } = await createWorkshopAsFacilitator(facilitator, 'Typing together');
	const [aino, bo] = [await (await browser.newContext(PHONE)).newPage(), await (await browser.newContext(PHONE)).newPage()];
	await joinByCode(aino, code, 'Aino', 'Citizen');
	await joinByCode(bo, code, 'Bo', 'Company');
	for (const page of [aino, bo]) await openCanvas(page);

	await clickAddNote(aino);
	await aino.getByLabel('Note text').fill('Bike lanes');
	await expect(note(bo, 'Bike lanes')).toBeVisible();

	// Aino keeps typing, never pausing 150 ms (the old debounce): Bo sees the start of it before she is done.
	// No tight timeout (busy machines): what fails without live typing is Aino having finished first.
	let ainoDone = false;
	const ainoTypes = aino.keyboard.type(' near every school in town', { delay: 100 }).then(() => (ainoDone = true));
	await expect(note(bo, 'Bike lanes near')).toBeVisible({ timeout: 10_000 });
	expect(ainoDone).toBe(false);
	await ainoTypes;

	// Bo opens the same note and types at its start while Aino types at its end.
	await note(bo, 'Bike lanes').focus();
	await bo.keyboard.press('Enter');
	const boBox = bo.getByLabel('Note text');
	await expect(boBox).toHaveValue('Bike lanes near every school in town');
	await boBox.evaluate((box: HTMLTextAreaElement) => box.setSelectionRange(0, 0));
	await Promise.all([bo.keyboard.type('Safe ', { delay: 40 }), aino.keyboard.type(' and park', { delay: 40 })]);
	const merged = 'Safe Bike lanes near every school in town and park';
	await expect(boBox).toHaveValue(merged);
	await expect(aino.getByLabel('Note text')).toHaveValue(merged);
	// Bo's caret stayed after his own words while Aino's arrived behind it.
	expect(await boBox.evaluate((box: HTMLTextAreaElement) => box.selectionStart)).toBe('Safe '.length);

	// Undo takes back only Aino's own typing.
	await aino.keyboard.press('Escape');
	await aino.getByRole('button', { name: 'Undo' }).click();
	await expect(boBox).not.toHaveValue(merged);
	await expect(boBox).toHaveValue(/^Safe /);
});
