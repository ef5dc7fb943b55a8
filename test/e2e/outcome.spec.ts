import { expect, test, type Page } from '@playwright/test';
import { clickAddNote, createWorkshopAsFacilitator, expectNoHorizontalScroll, expectNoSeriousViolations, joinByCode, waitForHydration } from './helpers';
import { screenshot } from './screenshots';

const TABLET = { viewport: { width: 768, height: 1024 }, hasTouch: true };
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** Adds a note in Value propositions (a What block) through the canvas, and waits until it is saved. */
async function addNote(page: Page, text: string) {
	await page.getByRole('link', { name: /Business Model Canvas/ }).click();
	await expect(page).toHaveURL(/\/c\/[0-9a-f-]{36}$/);
	await waitForHydration(page);
	await expect(page.getByRole('status').filter({ hasText: 'Live' }).first()).toBeVisible({ timeout: 15_000 });
	await clickAddNote(page);
	await page.getByLabel('Note text').fill(text);
	await page.keyboard.press('Escape');
	await expect(page.locator('[data-note-id]').filter({ hasText: text })).toBeVisible();
}

async function openOutcome(page: Page, workshopUrl: string) {
	await page.goto(workshopUrl);
	await waitForHydration(page);
	await page.getByRole('link', { name: 'Outcome', exact: true }).click();
	await expect(page).toHaveURL(/\/outcome$/);
	await waitForHydration(page);
	await expect(page.getByTestId('outcome-status')).toContainText('Saved', { timeout: 15_000 });
}

const who = (page: Page) => page.getByLabel('Who: the group’s own words');

test('two facilitators write the outcome at once; a kept note, a pattern found by search; a participant reads it', async ({ browser }) => {
	test.setTimeout(240_000);
	const anna = await (await browser.newContext(TABLET)).newPage();
	const { workshopUrl, code } = await createWorkshopAsFacilitator(anna, 'Outcome day');
	await addNote(anna, 'Live parking map');

	// Ben joins and is made a facilitator; Pia stays a participant, on her phone.
	const ben = await (await browser.newContext(TABLET)).newPage();
	await joinByCode(ben, code, 'Ben', 'Company');
	const pia = await (await browser.newContext(PHONE)).newPage();
	await joinByCode(pia, code, 'Pia', 'Citizen');
	await anna.goto(workshopUrl);
	await waitForHydration(anna);
	await Promise.all([anna.waitForResponse((r) => r.request().method() === 'POST'), anna.getByLabel('Role of Ben').selectOption('facilitator')]);

	await openOutcome(anna, workshopUrl);
	await openOutcome(ben, workshopUrl);
	await expect(anna.getByTestId('outcome-role')).toContainText('You edit this outcome');
	await expect(who(anna)).toBeEditable();
	await expect(who(ben)).toBeEditable();

	// Both type in the same dimension at the same time: both texts survive, on both tablets.
	await who(anna).click();
	await who(ben).click();
	await Promise.all([
		who(anna).pressSequentially('Commuters who cycle', { delay: 40 }),
		who(ben).pressSequentially('Families near schools', { delay: 40 })
	]);
	for (const page of [anna, ben]) {
		await expect(who(page)).toHaveValue(/Commuters who cycle/);
		await expect(who(page)).toHaveValue(/Families near schools/);
	}
	expect(await who(anna).inputValue()).toBe(await who(ben).inputValue());

	// A note tagged What on the canvas is kept: it is copied into the outcome, and Ben sees it.
	const what = anna.getByTestId('dimension-what');
	await what.getByRole('button', { name: 'Keep the note “Live parking map”' }).click();
	await expect(what.getByTestId('kept-what')).toContainText('Live parking map');
	await expect(ben.getByTestId('kept-what')).toContainText('Live parking map');

	// A pattern found by search and picked with the keyboard.
	await anna.getByLabel('Find a pattern').fill('freem');
	await expect(anna.getByTestId('pattern-results').getByRole('button')).toHaveCount(1);
	await anna.keyboard.press('ArrowDown');
	await expect(anna.getByRole('button', { name: 'Pick Freemium' })).toBeFocused();
	await anna.keyboard.press('Enter');
	await expect(anna.getByTestId('picked-patterns')).toContainText('Freemium');
	await expect(ben.getByTestId('picked-patterns')).toContainText('Freemium');

	// Pia reads it all, live, with nothing to edit.
	await openOutcome(pia, workshopUrl);
	await expect(pia.getByTestId('outcome-role')).toContainText('The facilitators write this outcome');
	await expect(pia.getByTestId('outcome-text-text-who')).toContainText('Commuters who cycle');
	await expect(pia.getByTestId('outcome-text-text-who')).toContainText('Families near schools');
	await expect(pia.getByTestId('kept-what')).toContainText('Live parking map');
	await expect(pia.getByTestId('picked-patterns')).toContainText('Freemium');
	await expect(pia.getByRole('main').getByRole('textbox')).toHaveCount(0);
	await expect(pia.getByRole('button', { name: /^Keep|^Pick|^Remove/ })).toHaveCount(0);
	await ben.getByLabel('Lessons learned').pressSequentially('Start with one district.');
	await expect(pia.getByTestId('outcome-text-lessons')).toContainText('Start with one district.');
	await expectNoHorizontalScroll(pia);
	await screenshot(pia, 'outcome-phone');
	await expectNoSeriousViolations(pia);

	await expectNoHorizontalScroll(anna);
	await anna.evaluate(() => window.scrollTo(0, 0));
	await screenshot(anna, 'outcome-tablet');
	await expectNoSeriousViolations(anna);

	// What was typed is in the database: it is there after a reload.
	await anna.reload();
	await expect(anna.getByTestId('outcome-status')).toContainText('Saved', { timeout: 15_000 });
	await expect(who(anna)).toHaveValue(/Commuters who cycle/);
	await expect(who(anna)).toHaveValue(/Families near schools/);
});
