import { expect, test, type Page } from '@playwright/test';
import { clickAddNote, createWorkshopAsFacilitator, expectNoSeriousViolations, joinByCode, waitForHydration } from './helpers';
import { screenshot } from './screenshots';

const TABLET = { viewport: { width: 768, height: 1024 }, hasTouch: true };
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** A facilitator on a tablet with a new workshop (its default canvas is a Business Model Canvas). */
const facilitatorWithWorkshop = (page: Page) => createWorkshopAsFacilitator(page, 'Console day');

/** Adds notes through the canvas (a note added at the centre of the fitted canvas lands in Value propositions). */
async function addNotes(page: Page, texts: string[]) {
	await page.getByRole('link', { name: /Business Model Canvas/ }).click();
	await expect(page).toHaveURL(/\/c\/[0-9a-f-]{36}$/);
	await waitForHydration(page);
	await expect(page.getByRole('status').filter({ hasText: 'Live' }).first()).toBeVisible({ timeout: 15_000 });
	for (const text of texts) {
		await clickAddNote(page);
		await page.getByLabel('Note text').fill(text);
		await page.keyboard.press('Escape');
		await expect(page.locator('[data-note-id]').filter({ hasText: text })).toBeVisible();
	}
}

const panel = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const phases = (page: Page) => page.getByTestId('agenda').getByRole('listitem');
const phase = (page: Page, title: string) => phases(page).filter({ has: page.getByText(title, { exact: true }) });

test.describe('facilitator console', () => {
	test.use(TABLET);

	test('a facilitator on a tablet runs the agenda, the timer and a dot round; axe finds nothing serious', async ({ page }) => {
		test.setTimeout(120_000);
		const { workshopUrl } = await facilitatorWithWorkshop(page);
		await addNotes(page, ['Open parking data', 'Residents parking app']);

		await page.goto(`${workshopUrl}/console`);
		await waitForHydration(page);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Console');
		await expect(page.getByTestId('glance')).toContainText('Live', { timeout: 15_000 });
		const agenda = panel(page, 'Agenda');
		await expect(phases(page)).toHaveCount(6);
		await expect(phases(page).first()).toContainText('Welcome');

		// Agenda: add a phase, move it up with a button and with Alt+ArrowUp, rename it, remove another (from its editor).
		await agenda.getByLabel('New phase').fill('Coffee break');
		await agenda.getByRole('button', { name: 'Add phase' }).click();
		await expect(phases(page)).toHaveCount(7);
		await expect(phases(page).last()).toContainText('Coffee break');
		await agenda.getByRole('button', { name: 'Move “Coffee break” up' }).click();
		await expect(phases(page).nth(5)).toContainText('Coffee break');
		// Focus came back to the moved phase's button: the keyboard carries on from there.
		await expect(agenda.getByRole('button', { name: 'Move “Coffee break” up' })).toBeFocused();
		await page.keyboard.press('Alt+ArrowUp');
		await expect(phases(page).nth(4)).toContainText('Coffee break');
		await phase(page, 'Coffee break').getByRole('button', { name: /^Edit/ }).click();
		await phase(page, 'Coffee break').getByLabel('Title', { exact: true }).fill('Short break');
		// The phase brings everyone to the canvas and opens a scoring round on entering; axe on the open editor too.
		await phase(page, 'Coffee break').getByLabel('Bring everyone to').selectOption({ label: 'Business Model Canvas' });
		await phase(page, 'Coffee break').getByLabel('Round that opens on entering').check();
		await phase(page, 'Coffee break').getByLabel('Scoring').check();
		await phase(page, 'Coffee break').getByLabel('Block').selectOption({ label: 'Key resources' });
		await expectNoSeriousViolations(page);
		await phase(page, 'Coffee break').getByRole('button', { name: 'Save phase' }).click();
		await expect(phase(page, 'Short break')).toContainText('Opens Business Model Canvas. Opens a scoring round.');
		await phase(page, 'Welcome').getByRole('button', { name: /^Edit/ }).click();
		await phase(page, 'Welcome').getByRole('button', { name: /^Remove/ }).click();
		await phase(page, 'Welcome').getByRole('button', { name: 'Yes, remove' }).click();
		await expect(phase(page, 'Welcome')).toHaveCount(0);
		await expect(phases(page)).toHaveCount(6);

		// Start a phase: it is the current one, for everyone (the glance reads the session room).
		await phase(page, 'Identify opportunities').getByRole('button', { name: /^Start this phase/ }).click();
		await expect(phase(page, 'Identify opportunities')).toContainText('Current');
		await expect(page.getByTestId('glance')).toContainText('Now: Identify opportunities');

		// Timer: a 3-minute preset runs on the server's clock; pause, resume, one more minute.
		const timer = panel(page, 'Timer');
		await timer.getByRole('button', { name: '3 min' }).click();
		await expect(timer.getByRole('status')).toHaveText('Running');
		await expect(page.getByTestId('console-timer')).toHaveText(/^(3:00|2:5\d)$/);
		await timer.getByRole('button', { name: 'Pause' }).click();
		await expect(timer.getByRole('status')).toHaveText('Paused');
		await timer.getByRole('button', { name: 'Resume' }).click();
		await expect(timer.getByRole('status')).toHaveText('Running');
		await timer.getByRole('button', { name: '+1 min' }).click();
		await expect(page.getByTestId('console-timer')).toHaveText(/^(4:00|3:5\d)$/);

		// A dot round on the block with the notes (the projection of the canvas may lag a moment).
		const rounds = panel(page, 'Rounds');
		await rounds.getByLabel('Round title').fill('Which first?');
		await rounds.getByLabel('Canvas').selectOption({ label: 'Business Model Canvas' });
		await rounds.getByLabel('Block').selectOption({ label: 'Value propositions' });
		await rounds.getByLabel('Dots per person').fill('2');
		await expect(async () => {
			await rounds.getByRole('button', { name: 'Open round' }).click();
			await expect(page.getByTestId('current-round')).toBeVisible({ timeout: 2_000 });
		}).toPass({ timeout: 20_000 });
		const current = page.getByTestId('current-round');
		await expect(current).toContainText('Which first?');
		await current.getByText('2 candidates').click();
		const candidates = current.locator('details').getByRole('listitem');
		await expect(candidates).toHaveCount(2);
		await expect(candidates.filter({ hasText: 'Open parking data' })).toHaveCount(1);
		await expect(candidates.filter({ hasText: 'Residents parking app' })).toHaveCount(1);
		await expect(current).toContainText('Open');
		await expect(current).toContainText(/0 of \d+ have voted/);
		await expect(panel(page, 'People')).toContainText(/0 of \d+ have voted/);
		if (process.env.UPDATE_SCREENSHOTS === '1') {
			await page.evaluate(() => window.scrollTo(0, 0));
			await screenshot(page, 'console-tablet');
		}
		await expectNoSeriousViolations(page);

		await current.getByRole('button', { name: 'Close round' }).click();
		await expect(current).toContainText('Closed');
		await expect(rounds.getByRole('button', { name: 'Open round' })).toBeVisible();
		await current.getByRole('button', { name: 'Reveal results' }).click();
		await expect(page.getByTestId('current-round')).toHaveCount(0);
		await expect(rounds.getByRole('listitem').filter({ hasText: 'Which first?' })).toContainText('Revealed');

		// Bring everyone to the canvas, lock it, and let go again.
		const canvases = panel(page, 'Canvases');
		await canvases.getByRole('button', { name: 'Bring everyone here (Business Model Canvas)' }).click();
		await expect(canvases).toContainText('Everyone is brought here');
		await canvases.getByRole('button', { name: 'Lock (Business Model Canvas)' }).click();
		await expect(canvases.getByRole('button', { name: 'Unlock (Business Model Canvas)' })).toBeVisible();
		await canvases.getByRole('button', { name: 'Release (Business Model Canvas)' }).click();
		await expect(canvases).not.toContainText('Everyone is brought here');
		await canvases.getByRole('button', { name: 'Show only my pointer' }).click();
		await expect(canvases.getByRole('button', { name: 'Show only my pointer' })).toHaveAttribute('aria-pressed', 'true');
		await expect(page.getByRole('alert')).toHaveCount(0);
	});

	test('a participant who joins shows up live, is refused the console (403), and is removed after a confirm step', async ({ page, browser }) => {
		const { workshopUrl, code } = await facilitatorWithWorkshop(page);
		await page.goto(`${workshopUrl}/console`);
		await waitForHydration(page);
		const people = panel(page, 'People');
		await expect(people).toContainText('1 of 1 online');

		// Aino joins after the console loaded: she appears, online, with her stakeholder type.
		const phone = await (await browser.newContext(PHONE)).newPage();
		await joinByCode(phone, code, 'Aino', 'Citizen');
		await expect(people).toContainText('2 of 2 online');
		await expect(people.getByText('Citizen: 1 / 1')).toBeVisible();

		const response = await phone.goto(`${workshopUrl}/console`);
		expect(response?.status()).toBe(403);
		await expect(phone.getByRole('heading', { level: 1, name: 'Only facilitators run the console' })).toBeVisible();
		await expect(phone.getByRole('link', { name: 'Back to the workshop' })).toBeVisible();
		// She left the workshop page: still a member, no longer online.
		await expect(people).toContainText('1 of 2 online');

		await expect(people.getByRole('listitem').filter({ hasText: 'Aino' })).toHaveCount(1);
		await people.getByRole('button', { name: 'Remove Aino' }).click();
		await expect(people.getByText('Remove Aino? Their connection closes and they leave the workshop.')).toBeVisible();
		await expect(people.getByRole('button', { name: 'Yes, remove' })).toBeFocused();
		await people.getByRole('button', { name: 'Yes, remove' }).click();
		await expect(people.getByRole('listitem').filter({ hasText: 'Aino' })).toHaveCount(0);
		await expect(people).toContainText('1 of 1 online');
		// No longer a member: the workshop is a 404 for her, as for a stranger.
		expect((await phone.goto(workshopUrl))?.status()).toBe(404);
	});
});
