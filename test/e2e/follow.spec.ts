import { expect, test, type Browser, type Page } from '@playwright/test';
import { clickAddNote, createWorkshopAsFacilitator, joinByCode, waitForHydration } from './helpers';

/**
 * Summon and follow, and the presenter's pointer (issue 10): the facilitator
 * brings everyone to a canvas and to a note through the session endpoint, as
 * the console does; participants on phones follow until they move away, then
 * jump back; in presenter mode only the presenter's pointer is shown.
 */
const TABLET = { viewport: { width: 768, height: 1024 }, hasTouch: true };
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const NOTE = 'Open parking occupancy data';

const note = (page: Page, text: string) => page.locator('[data-note-id]').filter({ hasText: text });
const board = (page: Page) => page.getByTestId('canvas-board');
const cursors = (page: Page) => page.getByTestId('cursor');

/** Waits until the canvas has shown its notes and no view animation runs. */
async function settled(page: Page) {
	await page.waitForFunction(
		() =>
			performance.getEntriesByName('canvas:interactive').length > 0 &&
			document.getAnimations().every((a) => a.playState !== 'running'),
		undefined,
		{ polling: 100 }
	);
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** How far (screen px) a note's centre is from the board's centre. */
async function offCentre(page: Page, text: string): Promise<number> {
	const [n, b] = await Promise.all([note(page, text).boundingBox(), board(page).boundingBox()]);
	if (!n || !b) return Infinity;
	return Math.hypot(n.x + n.width / 2 - (b.x + b.width / 2), n.y + n.height / 2 - (b.y + b.height / 2));
}

async function expectCentred(page: Page, text: string) {
	await expect.poll(() => offCentre(page, text), { timeout: 10_000 }).toBeLessThan(12);
}

/** A facilitator's workshop on a tablet, Aino and Bo on phones on its page. */
async function workshop(browser: Browser) {
	const facilitator = await (await browser.newContext(TABLET)).newPage();
	const { workshopId, code } = await createWorkshopAsFacilitator(facilitator, 'Parking data');
	const phone = async (name: string, stakeholder: string) => {
		const page = await (await browser.newContext(PHONE)).newPage();
		await joinByCode(page, code, name, stakeholder);
		await waitForHydration(page);
		return page;
	};
	return { facilitator, workshopId, aino: await phone('Aino', 'Citizen'), bo: await phone('Bo', 'Company') };
}

/** What the console sends: one session request, from the facilitator's signed-in browser. */
async function session(facilitator: Page, workshopId: string, data: Record<string, unknown>) {
	const response = await facilitator.request.post(`/w/${workshopId}/session`, { data });
	expect(response.status(), await response.text()).toBe(200);
}

test('a summon brings phones to the canvas and the note; after panning away, "Jump back" returns; presenter mode shows one pointer', async ({
	browser
}) => {
	test.setTimeout(120_000);
	const { facilitator, workshopId, aino, bo } = await workshop(browser);

	// The facilitator opens the Business Model Canvas and writes a note near its far corner.
	await facilitator.getByRole('link', { name: /Business Model Canvas/ }).click();
	await expect(facilitator).toHaveURL(/\/c\/[0-9a-f-]{36}$/);
	await waitForHydration(facilitator);
	await settled(facilitator);
	const canvasUrl = new URL(facilitator.url()).pathname;
	const canvasId = canvasUrl.split('/').at(-1);
	await clickAddNote(facilitator);
	await facilitator.getByLabel('Note text').fill(NOTE);
	await facilitator.keyboard.press('Escape');
	const noteId = await note(facilitator, NOTE).getAttribute('data-note-id');
	expect(noteId).toBeTruthy();

	// The facilitator also has the workshop page open in another tab.
	const facilitatorHome = await facilitator.context().newPage();
	await facilitatorHome.goto(`/w/${workshopId}`);
	await waitForHydration(facilitatorHome);

	// To the canvas: both phones, still on the workshop page, go there. Facilitators are not moved.
	await expect(aino.getByTestId('session-bar')).toHaveCount(0);
	await session(facilitator, workshopId, { action: 'summon', canvas: canvasId, note: null });
	for (const page of [aino, bo]) await expect(page).toHaveURL(new RegExp(`${canvasUrl}$`), { timeout: 15_000 });
	await expect(facilitator).toHaveURL(new RegExp(`${canvasUrl}$`));
	await expect(facilitatorHome).toHaveURL(new RegExp(`/w/${workshopId}$`));
	await expect(facilitatorHome.getByRole('button', { name: 'Jump back' })).toHaveCount(0);
	await facilitatorHome.close();
	await settled(aino);
	await expect(note(aino, NOTE)).toBeAttached();

	// To the note, from the facilitator's selection ("Bring everyone here"): Aino's view centres on it, zoomed in far enough to read.
	await note(facilitator, NOTE).click();
	await facilitator.getByTestId('summon-note').click();
	await expectCentred(aino, NOTE);
	await expect(aino.getByRole('button', { name: 'Jump back' })).toHaveCount(0);

	// Aino pans away by herself: she stops following, and may jump back.
	const box = await board(aino).boundingBox();
	if (!box) throw new Error('no board');
	await aino.mouse.move(box.x + 30, box.y + 40);
	await aino.mouse.down();
	await aino.mouse.move(box.x + 200, box.y + 300, { steps: 8 });
	await aino.mouse.up();
	await expect.poll(() => offCentre(aino, NOTE)).toBeGreaterThan(150);
	const jump = aino.getByRole('button', { name: 'Jump back' });
	await expect(jump).toBeVisible();
	// The session bar stays one slim line on a phone.
	expect((await aino.getByTestId('session-bar').boundingBox())?.height).toBeLessThanOrEqual(56);
	await jump.click();
	await expectCentred(aino, NOTE);
	await expect(jump).toHaveCount(0);

	// Pointers: Aino sees Bo's; in presenter mode only the facilitator's.
	const bobox = await board(bo).boundingBox();
	if (!bobox) throw new Error('no board');
	const wiggle = async (page: Page, x: number, y: number) => {
		await page.mouse.move(x, y);
		await page.mouse.move(x + 15, y + 10, { steps: 3 });
	};
	await wiggle(bo, bobox.x + 100, bobox.y + 120);
	await expect(cursors(aino).filter({ hasText: 'Bo' })).toHaveCount(1);
	await session(facilitator, workshopId, { action: 'presenter', presenting: true });
	await expect(cursors(aino).filter({ hasText: 'Bo' })).toHaveCount(0);
	await wiggle(bo, bobox.x + 140, bobox.y + 160);
	const fbox = await board(facilitator).boundingBox();
	if (!fbox) throw new Error('no board');
	await wiggle(facilitator, fbox.x + 200, fbox.y + 200);
	await expect(cursors(aino)).toHaveCount(1);
	await expect(cursors(aino).filter({ hasText: 'Bo' })).toHaveCount(0);
	await expect(cursors(bo)).toHaveCount(1);
	await expect(cursors(bo).filter({ hasText: 'Aino' })).toHaveCount(0);

	// Presenter mode off: everyone's pointers again.
	await session(facilitator, workshopId, { action: 'presenter', presenting: false });
	await wiggle(bo, bobox.x + 100, bobox.y + 120);
	await expect(cursors(aino).filter({ hasText: 'Bo' })).toHaveCount(1);
});
