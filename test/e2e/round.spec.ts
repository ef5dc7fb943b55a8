import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createWorkshopAsFacilitator, expectNoSeriousViolations, joinByCode, sessionAction, waitForHydration } from './helpers';
import { screenshot } from './screenshots';

/**
 * The scene: a facilitator on a tablet and three participants on phones, each in a
 * browser context of their own, all joined by code; the room's projector shows the presenter
 * screen. The facilitator acts through the session endpoint (as the console page does).
 */
const TABLET = { viewport: { width: 768, height: 1024 }, hasTouch: true };
const PHONES = [
	{ name: 'Aino', stakeholder: 'Citizen', viewport: { width: 360, height: 740 } },
	{ name: 'Bo', stakeholder: 'Company', viewport: { width: 390, height: 844 } },
	{ name: 'Chen', stakeholder: 'Developer', viewport: { width: 390, height: 844 } }
] as const;
const PROJECTOR = { width: 1280, height: 720 };

interface Room {
	workshopId: string;
	facilitator: Page;
	/** The facilitator's context: the session endpoint is called with its cookie. */
	facilitatorContext: BrowserContext;
	phones: Page[];
	projector: Page;
	/** The canvas the workshop was created with (Business Model Canvas). */
	canvasId: string;
}

async function room(browser: Browser): Promise<Room> {
	const facilitatorContext = await browser.newContext(TABLET);
	const facilitator = await facilitatorContext.newPage();
	const { workshopId, code } = await createWorkshopAsFacilitator(facilitator, 'Mobility vote');
	const href = await facilitator.getByRole('link', { name: /Business Model Canvas/ }).getAttribute('href');
	const canvasId = String(href?.split('/c/')[1]);

	const phones = await Promise.all(
		PHONES.map(async (p) => {
			const page = await (await browser.newContext({ viewport: p.viewport, hasTouch: true, isMobile: true })).newPage();
			await joinByCode(page, code, p.name, p.stakeholder);
			return page;
		})
	);
	// The projector is the facilitator's laptop on the room's screen: the same person, another browser window.
	const projector = await (await browser.newContext({ viewport: PROJECTOR, storageState: await facilitatorContext.storageState() })).newPage();
	await projector.goto(`/w/${workshopId}/screen`);
	for (const page of [facilitator, ...phones]) await page.goto(`/w/${workshopId}/round`);
	for (const page of [projector, facilitator, ...phones]) await waitForHydration(page);
	return { workshopId, facilitator, facilitatorContext, phones, projector, canvasId };
}

const act = (r: Room, data: Record<string, unknown>): Promise<unknown> => sessionAction(r.facilitator, r.workshopId, data);

const openRound = (r: Room, round: Record<string, unknown>) =>
	act(r, { action: 'open-round', title: '', canvas: null, block: null, budget: null, cap: null, criteria: [], showAuthors: true, candidates: null, ...round }) as Promise<string>;

const candidates = (...labels: string[]) => labels.map((label) => ({ noteId: null, label }));
const everyone = (r: Room) => [r.facilitator, ...r.phones];

test.describe('rounds: the phone ballot and the presenter screen', () => {
	test('phase and timer reach every screen; a private writing round stays private until its reveal puts the notes on the canvas; an observer cannot vote', async ({ browser }) => {
		test.setTimeout(150_000);
		const r = await room(browser);
		const [aino, bo, chen] = r.phones;
		for (const page of everyone(r)) await expect(page.getByRole('heading', { level: 1, name: 'No round is open right now.' })).toBeVisible();

		// A phase change reaches all four (and the projector).
		const vote = r.projector.getByRole('list', { name: 'Agenda' }).getByText('Vote', { exact: true });
		await expect(vote).toBeVisible();
		const phaseId = await vote.getAttribute('data-phase-id');
		await act(r, { action: 'phase', phase: phaseId });
		for (const page of everyone(r)) await expect(page.getByTestId('phase')).toHaveText('Now: Vote');
		await expect(r.projector.getByTestId('phase')).toHaveText('Vote');
		await expect(vote).toHaveAttribute('aria-current', 'step');

		// The timer shows the same second on all four: read at one moment, retried if a second turned between reads.
		await act(r, { action: 'timer', timer: 'start', durationMs: 5 * 60_000 });
		const timers = [...everyone(r), r.projector].map((page) => page.getByTestId('timer'));
		for (const timer of timers) await expect(timer).toHaveText(/^[45]:\d\d$/);
		await expect(async () => {
			const shown = await Promise.all(timers.map((timer) => timer.innerText()));
			expect(new Set(shown).size, `shown: ${shown.join(', ')}`).toBe(1);
		}).toPass({ timeout: 10_000 });
		// At zero, every screen says so.
		await act(r, { action: 'timer', timer: 'reset' });
		await act(r, { action: 'timer', timer: 'start', durationMs: 1000 });
		for (const page of [...everyone(r), r.projector]) {
			await expect(page.getByTestId('timer')).toHaveText('0:00');
			await expect(page.getByText('Time is up', { exact: true })).toBeVisible();
		}

		// A private writing round on the canvas's Key partnerships block.
		const writingRound = await openRound(r, { kind: 'writing', title: 'Who could partner with us?', canvas: r.canvasId, block: 'key-partnerships', showAuthors: true });
		const ideas = ['Bus company shares live data', 'Parking operators', 'University traffic lab'];
		for (const [i, page] of r.phones.entries()) {
			await expect(page.getByRole('heading', { level: 1, name: 'Who could partner with us?' })).toBeVisible();
			await expect(page.getByText('Nobody else sees them')).toBeVisible();
			await page.getByLabel('Your idea').fill(ideas[i]);
			await page.getByRole('button', { name: 'Add', exact: true }).click();
			await expect(page.getByText(ideas[i], { exact: true })).toBeVisible();
		}
		// Aino changes hers and writes a second; a reload shows her own drafts again.
		await aino.getByRole('button', { name: 'Change note 1' }).click();
		await aino.getByLabel('Text of note 1').fill('City bus company shares live data');
		await aino.getByRole('button', { name: 'Save', exact: true }).click();
		await aino.getByLabel('Your idea').fill('Throwaway idea');
		await aino.getByRole('button', { name: 'Add', exact: true }).click();
		await aino.getByRole('button', { name: 'Remove note 2' }).click();
		await expect(aino.getByText('Throwaway idea')).toHaveCount(0);
		await aino.reload();
		await expect(aino.getByText('City bus company shares live data', { exact: true })).toBeVisible();
		await expect(aino.getByRole('heading', { name: 'Your note (only you see it)' })).toBeVisible();

		// Nobody sees another's drafts: not the other phones, not the facilitator, not the projector, not the canvas.
		await expect(r.projector.getByTestId('voted')).toHaveText(/^3 of \d+ have written$/);
		for (const page of [bo, chen, r.facilitator, r.projector]) await expect(page.getByText('bus company shares live data')).toHaveCount(0);
		await expect(bo.getByText('University traffic lab')).toHaveCount(0);
		await expect(chen.getByText('Parking operators')).toHaveCount(0);
		const canvasPage = await r.facilitatorContext.newPage();
		await canvasPage.goto(`/w/${r.workshopId}/c/${r.canvasId}`);
		await waitForHydration(canvasPage);
		await expect(canvasPage.getByRole('status').filter({ hasText: 'Live' }).first()).toBeVisible({ timeout: 15_000 });
		const onCanvas = (text: string) => canvasPage.locator('[data-note-id]').filter({ hasText: text });
		await expect(onCanvas('Parking operators')).toHaveCount(0);
		// The canvas opens on one block, readable; the round's notes land in theirs: show the whole canvas.
		await canvasPage.getByRole('button', { name: 'Fit to screen' }).click();

		// Reveal: the notes are on the canvas, with their authors; the phones say the round is over.
		await act(r, { action: 'reveal-round', round: writingRound });
		await expect(onCanvas('City bus company shares live data')).toBeVisible({ timeout: 15_000 });
		await expect(onCanvas('Parking operators')).toBeVisible();
		await expect(onCanvas('University traffic lab')).toBeVisible();
		for (const page of r.phones) await expect(page.getByRole('heading', { level: 1, name: 'No round is open right now.' })).toBeVisible();

		// An observer sees the next round read-only.
		await canvasPage.goto(`/w/${r.workshopId}`);
		await waitForHydration(canvasPage);
		await Promise.all([canvasPage.waitForResponse((res) => res.request().method() === 'POST'), canvasPage.getByLabel('Role of Chen').selectOption('observer')]);
		await openRound(r, { kind: 'dots', title: 'Quick check', candidates: candidates('Keep', 'Drop') });
		await chen.reload();
		await expect(chen.getByRole('heading', { level: 1, name: 'Quick check' })).toBeVisible();
		await expect(chen.getByText('You follow this round as an observer')).toBeVisible();
		await expect(chen.locator('[data-candidate="Keep"]')).toBeVisible();
		await expect(chen.getByRole('button', { name: /dot/ })).toHaveCount(0);
		await expect(bo.getByRole('button', { name: 'Add a dot to “Keep”' })).toBeEnabled();
	});

	test('dot voting, scoring and ranking rounds run to reveal: refusals shown, charts drawn, CSV downloaded, no serious axe finding', async ({ browser }) => {
		test.setTimeout(240_000);
		const r = await room(browser);
		const [aino, bo, chen] = r.phones;
		const card = (page: Page, label: string) => page.locator(`[data-candidate="${label}"]`);
		const dotsLeft = (page: Page) => page.getByTestId('dots-left');

		// The room is in its Vote phase, with ten minutes on the clock.
		const votePhase = r.projector.getByRole('list', { name: 'Agenda' }).getByText('Vote', { exact: true });
		await act(r, { action: 'phase', phase: await votePhase.getAttribute('data-phase-id') });
		await act(r, { action: 'timer', timer: 'start', durationMs: 10 * 60_000 });

		// Dot voting: budget 3, no cap.
		const dotsRound = await openRound(r, { kind: 'dots', title: 'Which service first?', budget: 3, candidates: candidates('Open parking data', 'Parking app', 'Smart bins') });
		for (const page of everyone(r)) await expect(page.getByRole('heading', { level: 1, name: 'Which service first?' })).toBeVisible();
		for (const page of r.phones) await expect(dotsLeft(page)).toHaveText('3 of 3 dots left');
		// Aino also has the round open on a second screen, which will not know what the first one gave.
		const ainoAgain = await aino.context().newPage();
		await ainoAgain.goto(`/w/${r.workshopId}/round`);
		await expect(dotsLeft(ainoAgain)).toHaveText('3 of 3 dots left');

		await card(aino, 'Open parking data').getByRole('button', { name: 'Add a dot to “Open parking data”' }).click();
		await card(aino, 'Open parking data').getByRole('button', { name: 'Add a dot to “Open parking data”' }).click();
		await card(aino, 'Parking app').getByRole('button', { name: 'Add a dot to “Parking app”' }).click();
		await expect(dotsLeft(aino)).toHaveText('0 of 3 dots left');
		await expect(card(aino, 'Smart bins').getByRole('button', { name: /Add a dot/ })).toBeDisabled();
		await expect(card(aino, 'Open parking data')).toContainText('2 dots');
		await expect(r.projector.getByTestId('voted')).toHaveText(/^1 of \d+ have voted$/);
		if (process.env.UPDATE_SCREENSHOTS === '1') {
			// Past the site's header: the round screen as the phone shows it once scrolled.
			await aino.getByRole('link', { name: 'Back to the workshop' }).evaluate((link) => window.scrollTo(0, link.getBoundingClientRect().top + window.scrollY - 8));
			await screenshot(aino, 'round-phone');
			await screenshot(r.projector, 'presenter-screen');
		}

		// The second screen still offers a dot; the database refuses it and the screen says why, then catches up.
		await card(ainoAgain, 'Smart bins').getByRole('button', { name: 'Add a dot to “Smart bins”' }).click();
		await expect(card(ainoAgain, 'Smart bins').getByRole('alert')).toHaveText('You have no dots left. Take one back from another note first.');
		await expect(card(ainoAgain, 'Smart bins')).toContainText('0 dots');
		await expect(dotsLeft(ainoAgain)).toHaveText('0 of 3 dots left');
		await ainoAgain.close();

		// Taking one back and giving it elsewhere; a reload shows her ballot as the server has it.
		// (Parking app's only dot: the row goes, which the database once refused.)
		await card(aino, 'Parking app').getByRole('button', { name: 'Take a dot back from “Parking app”' }).click();
		await expect(dotsLeft(aino)).toHaveText('1 of 3 dots left');
		await card(aino, 'Smart bins').getByRole('button', { name: 'Add a dot to “Smart bins”' }).click();
		await expect(dotsLeft(aino)).toHaveText('0 of 3 dots left');
		await expect(aino.getByRole('alert')).toHaveCount(0);
		await aino.reload();
		await expect(card(aino, 'Open parking data')).toContainText('2 dots');
		await expect(card(aino, 'Parking app')).toContainText('0 dots');
		await expect(card(aino, 'Smart bins')).toContainText('1 dot');

		// Reconnect: while her phone is offline, Aino takes a dot back on her laptop; back online, the phone shows it.
		const laptop = await (await browser.newContext({ storageState: await aino.context().storageState() })).newPage();
		await aino.context().setOffline(true);
		await laptop.goto(`/w/${r.workshopId}/round`);
		await card(laptop, 'Smart bins').getByRole('button', { name: 'Take a dot back from “Smart bins”' }).click();
		await expect(dotsLeft(laptop)).toHaveText('1 of 3 dots left');
		await expect(card(aino, 'Smart bins')).toContainText('1 dot');
		await aino.context().setOffline(false);
		await expect(card(aino, 'Smart bins')).toContainText('0 dots', { timeout: 15_000 });
		await expect(dotsLeft(aino)).toHaveText('1 of 3 dots left');
		await laptop.context().close();

		for (const page of [bo, chen]) {
			for (const label of ['Parking app', 'Parking app', 'Open parking data']) {
				const before = await dotsLeft(page).innerText();
				await card(page, label).getByRole('button', { name: `Add a dot to “${label}”` }).click();
				await expect(dotsLeft(page)).not.toHaveText(before);
			}
		}
		await expect(r.projector.getByTestId('voted')).toHaveText(/^3 of \d+ have voted$/);
		await expect(bo.getByTestId('voted')).toHaveText(/^3 of \d+ have voted$/);

		// The round screen on a phone has no serious accessibility violation.
		await expectNoSeriousViolations(bo);

		// Close: the phones say so. Reveal: results for everyone, bars drawn, CSV downloads.
		await act(r, { action: 'close-round', round: dotsRound });
		for (const page of r.phones) await expect(page.getByText('Voting has closed. Results soon.')).toBeVisible();
		await act(r, { action: 'reveal-round', round: dotsRound });
		for (const page of [...r.phones, r.projector]) {
			await expect(page.getByRole('region', { name: 'Results of “Which service first?”' })).toBeVisible();
			await expect(page.locator('svg[role="img"] rect[stroke="#ffffff"]').first()).toBeVisible();
		}
		await expect(r.projector.getByText('Results: Which service first?')).toBeVisible();
		if (process.env.UPDATE_SCREENSHOTS === '1') await screenshot(r.projector, 'presenter-results');
		const [download] = await Promise.all([chen.waitForEvent('download'), chen.getByRole('button', { name: 'Download the results as CSV' }).click()]);
		expect(download.suggestedFilename()).toMatch(/\.csv$/);
		const csv = readFileSync(await download.path(), 'utf8');
		expect(csv).toContain('Open parking data');
		expect(csv).toContain('Parking app');
		await expectNoSeriousViolations(r.projector);

		// Scoring, on Oulu's criteria.
		const criteria = ['Scalability', 'Replicability', 'Sustainability'];
		const scoresRound = await openRound(r, { kind: 'scores', title: 'Score the finalists', criteria, candidates: candidates('Open parking data', 'Parking app') });
		for (const page of r.phones) await expect(page.getByRole('heading', { level: 1, name: 'Score the finalists' })).toBeVisible();
		for (const [i, page] of r.phones.entries()) {
			for (const label of ['Open parking data', 'Parking app']) {
				for (const criterion of criteria) {
					const group = card(page, label).getByRole('group', { name: `${criterion} · ${label}` });
					await group.getByRole('radio', { name: String(label === 'Parking app' ? 2 + i : 5 - i), exact: false }).check();
				}
			}
			await expect(page.getByText('6 of 6 scores given')).toBeVisible();
		}
		// The keyboard works too: the arrow keys move along a radio group, and the choice is saved.
		const radios = card(bo, 'Parking app').getByRole('group', { name: 'Scalability · Parking app' });
		await radios.getByRole('radio', { checked: true }).focus();
		await bo.keyboard.press('ArrowRight');
		await expect(radios.getByRole('radio', { name: /^4/ })).toBeChecked();
		await bo.waitForTimeout(300);
		await bo.reload();
		await expect(card(bo, 'Parking app').getByRole('group', { name: 'Scalability · Parking app' }).getByRole('radio', { name: /^4/ })).toBeChecked();

		await act(r, { action: 'reveal-round', round: scoresRound });
		for (const page of [...r.phones, r.projector]) await expect(page.getByRole('region', { name: 'Results of “Score the finalists”' })).toBeVisible();
		await expect(aino.locator('svg[role="img"] rect[stroke="#ffffff"]').first()).toBeVisible();
		await expect(aino.locator('svg[role="img"] path[fill-opacity]').first()).toBeAttached();

		// Ranking: by the arrow keys on a handle, by the arrow buttons, and by dragging a handle; the whole order is saved.
		const rankRound = await openRound(r, { kind: 'ranking', title: 'Rank the ideas', candidates: candidates('Open parking data', 'Parking app', 'Smart bins') });
		const order = (page: Page) => page.locator('li[data-id]').evaluateAll((rows) => rows.map((row) => (row as HTMLElement).dataset.candidate));
		const save = async (page: Page) => {
			await page.getByRole('button', { name: 'Save my order' }).click();
			await expect(page.getByTestId('order-state')).toHaveText('Your order is saved.');
		};
		for (const page of r.phones) await expect(page.getByTestId('order-state')).toHaveText('You have not saved an order yet.');

		await aino.getByRole('button', { name: /^Move “Smart bins”, now/ }).focus();
		await aino.keyboard.press('ArrowUp');
		await aino.keyboard.press('ArrowUp');
		await expect(aino.getByRole('button', { name: 'Move “Smart bins”, now 1 of 3' })).toBeFocused();
		expect(await order(aino)).toEqual(['Smart bins', 'Open parking data', 'Parking app']);
		await save(aino);

		await bo.getByRole('button', { name: 'Move “Parking app” up' }).click();
		expect(await order(bo)).toEqual(['Parking app', 'Open parking data', 'Smart bins']);
		await save(bo);

		const handle = await chen.getByRole('button', { name: /^Move “Smart bins”, now/ }).boundingBox();
		const top = await chen.locator('li[data-id]').first().boundingBox();
		if (!handle || !top) throw new Error('the ranking is not on screen');
		await chen.mouse.move(handle.x + handle.width / 2, handle.y + handle.height / 2);
		await chen.mouse.down();
		await chen.mouse.move(handle.x + handle.width / 2, top.y + top.height / 2, { steps: 8 });
		await chen.mouse.up();
		expect(await order(chen)).toEqual(['Smart bins', 'Open parking data', 'Parking app']);
		await expect(chen.getByTestId('order-state')).toHaveText('You have not saved an order yet.');
		await save(chen);
		await chen.reload();
		await expect(chen.getByTestId('order-state')).toHaveText('Your order is saved.');
		expect(await order(chen)).toEqual(['Smart bins', 'Open parking data', 'Parking app']);

		await act(r, { action: 'reveal-round', round: rankRound });
		await expect(r.projector.getByRole('region', { name: 'Results of “Rank the ideas”' })).toBeVisible();
		await expect(r.projector.locator('svg[role="img"] rect[stroke="#ffffff"]').first()).toBeVisible();
	});
});
