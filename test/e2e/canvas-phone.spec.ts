import { expect, test, type Browser, type Page } from '@playwright/test';
import { clickAddNote, createWorkshopAsFacilitator, expectNoHorizontalScroll, expectNoSeriousViolations, joinByCode, mainNav, waitForHydration } from './helpers';

/**
 * Issue 11, "The canvas on a phone": one bar of at most 56 px, the canvas the rest;
 * the canvas opens with text a person can read; every action of the selection
 * toolbar on screen; editing in a full-width sheet. At 390x844 and 360x740.
 */

const TABLET = { viewport: { width: 768, height: 1024 }, hasTouch: true };
const PHONES = [
	{ width: 390, height: 844 },
	{ width: 360, height: 740 }
];
/** Below this size on screen (px), a note's text cannot be read on a phone. */
const READABLE_PX = 12;

const note = (page: Page, text: string) => page.locator('[data-note-id]').filter({ hasText: text });
const board = (page: Page) => page.getByTestId('canvas-board');
const bar = (page: Page) => page.getByTestId('canvas-bar');

/** A facilitator's workshop, on a tablet: its canvases are a Business Model Canvas and a magic triangle. */
async function workshop(browser: Browser) {
	const facilitator = await (await browser.newContext(TABLET)).newPage();
	const { code, workshopId } = await createWorkshopAsFacilitator(facilitator, 'Phone canvas');
	return { facilitator, code, workshopId };
}

async function openCanvas(page: Page) {
	await page.getByRole('link', { name: /Business Model Canvas/ }).click();
	await expect(page).toHaveURL(/\/c\/[0-9a-f-]{36}$/);
	await settled(page);
}

/** The canvas has shown its notes and no view animation runs. */
async function settled(page: Page) {
	await waitForHydration(page);
	await page.waitForFunction(
		() => performance.getEntriesByName('canvas:interactive').length > 0 && document.getAnimations().every((a) => a.playState !== 'running'),
		undefined,
		{ polling: 100 }
	);
	await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}

/** A note's text as the screen shows it: its CSS font size times the scale the camera draws it at, and where it is. */
async function textOnScreen(page: Page, text: string) {
	return note(page, text).evaluate((el) => {
		const box = el.getBoundingClientRect();
		const scale = box.width / parseFloat((el as HTMLElement).style.width);
		const words = el.querySelector('.text') ?? el;
		return { px: parseFloat(getComputedStyle(words).fontSize) * scale, box: { x: box.x, y: box.y, right: box.right, bottom: box.bottom } };
	});
}

async function expectOnScreen(page: Page, box: { x: number; y: number; right: number; bottom: number }, what: string) {
	const size = page.viewportSize()!;
	expect(box.x, `${what} starts left of the screen`).toBeGreaterThanOrEqual(0);
	expect(box.y, `${what} starts above the screen`).toBeGreaterThanOrEqual(0);
	expect(box.right, `${what} ends right of the screen`).toBeLessThanOrEqual(size.width);
	expect(box.bottom, `${what} ends below the screen`).toBeLessThanOrEqual(size.height);
}

for (const viewport of PHONES) {
	const PHONE = { viewport, hasTouch: true, isMobile: true };

	test(`a ${viewport.width}x${viewport.height} phone: one bar, readable text, every selection action on screen, a full-width editor`, async ({
		browser
	}) => {
		test.setTimeout(120_000);
		const { facilitator, code, workshopId } = await workshop(browser);
		await openCanvas(facilitator);
		// The facilitator writes a note (on a tablet, in the block in view).
		await clickAddNote(facilitator);
		await facilitator.getByLabel('Note text').fill('Commuters who drive in every day');
		await facilitator.keyboard.press('Escape');

		const aino = await (await browser.newContext(PHONE)).newPage();
		await joinByCode(aino, code, 'Aino', 'Citizen');
		await openCanvas(aino);

		// One bar of at most 56 px: the way back to the workshop, the canvas switcher, who is here, the connection.
		const barBox = (await bar(aino).boundingBox())!;
		expect(barBox.height).toBeLessThanOrEqual(56);
		expect(barBox.y).toBe(0);
		await expect(mainNav(aino)).toBeHidden();
		await expect(bar(aino).getByRole('link', { name: /Back to the workshop/ })).toHaveAttribute('href', `/w/${workshopId}`);
		await expect(bar(aino).getByRole('status')).toContainText('Live');
		await expect(bar(aino).getByRole('button', { name: /people here|Only you here/ })).toBeVisible();
		// The canvas gets the rest of the screen.
		const boardBox = (await board(aino).boundingBox())!;
		expect(boardBox.y).toBeLessThanOrEqual(barBox.y + barBox.height + 1);
		expect(boardBox.y + boardBox.height).toBeGreaterThanOrEqual(viewport.height - 1);
		expect(boardBox.width).toBe(viewport.width);
		await expectNoHorizontalScroll(aino);

		// The canvas opened on a block, its text readable: the facilitator's note is on screen at 12 px or more.
		const opened = await textOnScreen(aino, 'Commuters who drive in every day');
		expect(opened.px, `note text is ${opened.px.toFixed(1)} px on screen`).toBeGreaterThanOrEqual(READABLE_PX);
		await expectOnScreen(aino, opened.box, 'the note');
		// "Fit all" stays, one tap away.
		await expect(aino.getByRole('button', { name: 'Fit to screen' })).toBeVisible();
		await expectNoSeriousViolations(aino);

		// Editing opens the text full width above the keyboard, with Done.
		await clickAddNote(aino, 'Customer segments');
		const box = aino.getByLabel('Note text');
		const editor = (await box.boundingBox())!;
		expect(editor.width).toBeGreaterThanOrEqual(viewport.width * 0.6);
		await expectOnScreen(aino, { x: editor.x, y: editor.y, right: editor.x + editor.width, bottom: editor.y + editor.height }, 'the text box');
		const sheet = (await aino.getByTestId('note-sheet').boundingBox())!;
		expect(sheet.width).toBe(viewport.width);
		expect(sheet.y + sheet.height).toBeCloseTo(viewport.height, 0);
		await box.pressSequentially('Park and ride at the ring road');
		// The note shows the words as they are typed, and the room has the note.
		await expect(note(aino, 'Park and ride at the ring road')).toBeVisible();
		await expect.poll(() => facilitator.evaluate(() => (window as unknown as { __canvas: { noteCount(): number } }).__canvas.noteCount())).toBe(2);
		await aino.getByRole('button', { name: 'Done' }).click();
		await expect(box).toHaveCount(0);
		await expect(aino.getByTestId('note-sheet')).toHaveCount(0);

		// Every action of the selection toolbar is on screen and big enough for a thumb.
		await note(aino, 'Park and ride at the ring road').click();
		const panel = aino.getByTestId('selection-panel');
		await expect(panel).toBeVisible();
		const actions = panel.getByRole('button');
		expect(await actions.count()).toBeGreaterThanOrEqual(10);
		for (const action of await actions.all()) {
			const b = (await action.boundingBox())!;
			const name = (await action.getAttribute('aria-label')) ?? (await action.innerText());
			await expectOnScreen(aino, { x: b.x, y: b.y, right: b.x + b.width, bottom: b.y + b.height }, `"${name}"`);
			expect(b.width, `"${name}" is too narrow for a thumb`).toBeGreaterThanOrEqual(44);
			expect(b.height, `"${name}" is too short for a thumb`).toBeGreaterThanOrEqual(44);
		}
		await expectNoHorizontalScroll(aino);
		await expectNoSeriousViolations(aino);

		// Another time (a new tab), the canvas opens on the block Aino used last, readable.
		const again = await aino.context().newPage();
		await again.goto(aino.url());
		await settled(again);
		const reopened = await textOnScreen(again, 'Park and ride at the ring road');
		expect(reopened.px).toBeGreaterThanOrEqual(READABLE_PX);
		await expectOnScreen(again, reopened.box, 'the note Aino wrote last');

		// The bar's canvas switcher goes to the other canvas.
		const canvasUrl = again.url();
		await again.getByRole('combobox', { name: 'Canvases in this workshop' }).selectOption({ index: 1 });
		await expect(again).not.toHaveURL(canvasUrl);
		await expect(again.getByRole('heading', { level: 1 })).toHaveText(/magic triangle/);
		await settled(again);
		expect((await bar(again).boundingBox())!.height).toBeLessThanOrEqual(56);
	});
}

test('a tablet keeps its header and tabs, and opens the canvas readable', async ({ browser }) => {
	test.setTimeout(90_000);
	const { facilitator } = await workshop(browser);
	await openCanvas(facilitator);
	await expect(mainNav(facilitator)).toBeVisible();
	await expect(facilitator.getByRole('navigation', { name: 'Canvases in this workshop' })).toBeVisible();
	await expect(bar(facilitator)).toHaveCount(0);
	await clickAddNote(facilitator);
	await facilitator.getByLabel('Note text').fill('Residents');
	await facilitator.keyboard.press('Escape');
	// Fitting the whole Business Model Canvas into 768 px would draw text at under 4 px: it opens on the block instead.
	const again = await facilitator.context().newPage();
	await again.goto(facilitator.url());
	await settled(again);
	const opened = await textOnScreen(again, 'Residents');
	expect(opened.px).toBeGreaterThanOrEqual(READABLE_PX);
	await expectOnScreen(again, opened.box, 'the note');
});

test('a facilitator on a phone: the console and Lock are one tap away, under Session', async ({ browser }) => {
	test.setTimeout(90_000);
	const phone = await (await browser.newContext({ viewport: PHONES[1], hasTouch: true, isMobile: true })).newPage();
	await createWorkshopAsFacilitator(phone, 'Phone facilitator');
	await openCanvas(phone);
	expect((await bar(phone).boundingBox())!.height).toBeLessThanOrEqual(56);
	await expect(phone.getByRole('link', { name: 'Facilitator console' })).toHaveCount(0);
	await bar(phone).getByRole('button', { name: 'Session' }).click();
	await expect(phone.getByRole('link', { name: 'Facilitator console' })).toBeVisible();
	await phone.getByRole('button', { name: 'Lock canvas' }).click();
	await expect(phone.getByTestId('read-only-banner')).toContainText('locked for participants');
	await expectNoHorizontalScroll(phone);
});
