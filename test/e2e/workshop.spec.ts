import { expect, test, type Browser, type Page } from '@playwright/test';
import {
	expectNoSeriousViolations,
	joinByCode,
	joinCodeOf,
	signInWithEmail,
	submitAndWait,
	unique,
	waitForHydration
} from './helpers';
import { screenshot } from './screenshots';

const TABLET = { viewport: { width: 768, height: 1024 }, hasTouch: true };
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/** A facilitator (tablet) with a new workshop of two canvases; returns their page and the join code. */
async function facilitatorWithWorkshop(browser: Browser, title: string) {
	const context = await browser.newContext(TABLET);
	const page = await context.newPage();
	await signInWithEmail(page, `facilitator-${unique()}@example.org`);
	await page.goto('/workshops/new');
	await waitForHydration(page);
	await page.getByLabel('Title', { exact: true }).fill(title);
	await page.getByLabel('City or organisation').fill('City of Oulu');
	await page.getByLabel('Purpose').fill('Design a parking data service with residents and companies.');
	await page.getByLabel('Date').fill('2026-12-03');
	await screenshot(page, 'create-workshop');
	await submitAndWait(page, page.getByRole('button', { name: 'Create workshop' }));
	await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}$/);
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	return { context, page, code: await joinCodeOf(page) };
}

/** A person's row by their exact name (random facilitator emails may contain a participant's name). */
const person = (page: Page, name: string) =>
	page.getByTestId('people').getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });

test.describe('workshops', () => {
	test('a facilitator creates a workshop on a tablet; participants on phones join by code and by link', async ({ browser }) => {
		// Three browsers, a sign-in and two joins: 18 s on a quiet machine, past 30 s on a busy one.
		test.setTimeout(90_000);
		const title = `Mobility data day ${unique()}`;
		const { page: facilitator, code } = await facilitatorWithWorkshop(browser, title);
		expect(code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
		await expect(facilitator.getByRole('img', { name: new RegExp(`QR code .* ${code}`) })).toBeVisible();
		await expect(facilitator.getByRole('link', { name: /Business Model Canvas/ })).toBeVisible();
		await expect(facilitator.getByRole('link', { name: /magic triangle/ })).toBeVisible();

		// One participant types the code (in lower case, with a space: forgiven).
		const aino = await (await browser.newContext(PHONE)).newPage();
		await joinByCode(aino, `${code.slice(0, 3).toLowerCase()} ${code.slice(3)}`, 'Aino', 'Citizen');
		await expect(aino.getByRole('heading', { level: 1, name: title })).toBeVisible();
		await screenshot(aino, 'participant-workshop');

		// The other follows the link (what the QR code opens): the code is filled in.
		const bo = await (await browser.newContext(PHONE)).newPage();
		await bo.goto(`/join/${code}`);
		await expect(bo.getByLabel('Workshop code')).toHaveValue(code);
		await waitForHydration(bo);
		await bo.getByLabel('Your name').fill('Bo');
		await bo.getByRole('radio', { name: 'Company', exact: true }).check();
		await submitAndWait(bo, bo.getByRole('button', { name: 'Join', exact: true }));
		await expect(bo.getByRole('heading', { level: 1, name: title })).toBeVisible();

		// The facilitator sees who joined, with stakeholder type, online while their page is open.
		await facilitator.reload();
		await expect(person(facilitator, 'Aino')).toContainText('Citizen');
		await expect(person(facilitator, 'Bo')).toContainText('Company');
		await expect(person(facilitator, 'Aino')).toContainText('online');
		await bo.context().close();
		await expect(person(facilitator, 'Bo')).toContainText('not connected');
		await screenshot(facilitator, 'workshop-page');
	});

	test('a wrong or malformed code says so, and nothing is joined', async ({ browser }) => {
		const page = await (await browser.newContext(PHONE)).newPage();
		await page.goto('/join');
		await waitForHydration(page);
		await page.getByLabel('Workshop code').fill('HKM1O0');
		await page.getByLabel('Your name').fill('Carla');
		await submitAndWait(page, page.getByRole('button', { name: 'Join', exact: true }));
		await expect(page.getByText('A code has six letters and digits')).toBeVisible();
		await page.getByLabel('Workshop code').fill('ZZZZZZ');
		await submitAndWait(page, page.getByRole('button', { name: 'Join', exact: true }));
		await expect(page.getByRole('alert')).toHaveText('No workshop has this code. Check it with the facilitator.');
		await expect(page).toHaveURL(/\/join$/);
		await page.goto('/workshops');
		await expect(page.getByText('You have no workshop yet.')).toBeVisible();
	});

	test('a malformed workshop or canvas id is a 404 before anything is loaded, even signed out', async ({ page }) => {
		// Signed out, a well-formed id goes to sign-in (the load runs); a malformed one never reaches the load.
		const known = '00000000-0000-4000-8000-000000000001';
		const signIn = await page.goto(`/w/${known}`);
		expect(new URL(signIn!.url()).pathname).toBe('/signin');
		for (const path of [
			'/w/not-a-workshop',
			`/w/${known.toUpperCase().replace('0000-4000', 'ABCD-4000')}`,
			`/w/${known}x`,
			`/w/${known}/c/not-a-canvas`,
			`/w/not-a-workshop/c/${known}`
		]) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(404);
			await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
		}
	});

	test('a facilitator adds, renames, reorders, locks and removes canvases; co-facilitators', async ({ browser }) => {
		const { page, code } = await facilitatorWithWorkshop(browser, `Canvas admin ${unique()}`);
		await page.getByLabel('Template').selectOption({ label: 'Multi-sided market' });
		await page.getByLabel('Title', { exact: true }).fill('Sides of the parking market');
		await submitAndWait(page, page.getByRole('button', { name: 'Add', exact: true }));
		const canvases = page.getByRole('region', { name: 'Canvases' }).getByRole('listitem');
		await expect(canvases).toHaveCount(3);
		await expect(canvases.nth(2)).toContainText('Sides of the parking market');

		await submitAndWait(page, page.getByRole('button', { name: 'Move Sides of the parking market up' }));
		await expect(canvases.nth(1)).toContainText('Sides of the parking market');

		await canvases.nth(1).getByRole('button', { name: 'Rename' }).click();
		await canvases.nth(1).getByRole('textbox').fill('Market sides');
		await submitAndWait(page, canvases.nth(1).getByRole('button', { name: 'Save' }));
		await expect(canvases.nth(1)).toContainText('Market sides');

		await submitAndWait(page, canvases.nth(1).getByRole('button', { name: 'Lock' }));
		await expect(canvases.nth(1)).toContainText('Locked');

		page.once('dialog', (dialog) => dialog.accept());
		await submitAndWait(page, canvases.nth(1).getByRole('button', { name: 'Remove' }));
		await expect(canvases).toHaveCount(2);
		await expect(page.getByRole('region', { name: 'Canvases' })).not.toContainText('Market sides');

		// A participant becomes co-facilitator: they now see the canvas tools too.
		const dana = await (await browser.newContext(PHONE)).newPage();
		await joinByCode(dana, code, 'Dana', 'Developer');
		await expect(dana.getByRole('button', { name: 'Rename' })).toHaveCount(0);
		await page.reload();
		await waitForHydration(page);
		await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByLabel('Role of Dana').selectOption('facilitator')]);
		await dana.reload();
		await expect(dana.getByRole('button', { name: 'Rename' }).first()).toBeVisible();
	});

	test('a facilitator locks and unlocks a canvas from inside it; the participant\'s page follows live', async ({ browser }) => {
		const { page: facilitator, code } = await facilitatorWithWorkshop(browser, `Lock day ${unique()}`);
		const aino = await (await browser.newContext(PHONE)).newPage();
		await joinByCode(aino, code, 'Aino', 'Citizen');
		for (const page of [aino, facilitator]) {
			await page.getByRole('link', { name: /Business Model Canvas/ }).click();
			await expect(page).toHaveURL(/\/c\/[0-9a-f-]{36}$/);
			await waitForHydration(page);
			await expect(page.getByRole('status').filter({ hasText: 'Live' }).first()).toBeVisible({ timeout: 15_000 });
		}
		await expect(aino.getByRole('button', { name: 'Add note' })).toBeVisible();
		// Only a facilitator is offered the lock.
		await expect(aino.getByRole('button', { name: /Lock canvas|Unlock canvas/ })).toHaveCount(0);

		await facilitator.getByRole('button', { name: 'Lock canvas' }).click();
		await expect(aino.getByTestId('read-only-banner')).toHaveText('The facilitator has locked this canvas: you can look around, but not edit it for now.');
		await expect(aino.getByRole('button', { name: 'Add note' })).toHaveCount(0);
		await expect(facilitator.getByTestId('read-only-banner')).toHaveText('This canvas is locked for participants. As a facilitator you can still edit it.');
		await expect(facilitator.getByRole('button', { name: 'Add note' })).toBeVisible();

		await facilitator.getByRole('button', { name: 'Unlock canvas' }).click();
		await expect(aino.getByTestId('read-only-banner')).toHaveCount(0);
		await expect(aino.getByRole('button', { name: 'Add note' })).toBeVisible();
		await expect(facilitator.getByRole('button', { name: 'Lock canvas' })).toBeVisible();
		// The lock is stored, not only shown: a reload sees it too.
		await facilitator.getByRole('button', { name: 'Lock canvas' }).click();
		await expect(aino.getByTestId('read-only-banner')).toBeVisible();
		await aino.reload();
		await expect(aino.getByTestId('read-only-banner')).toBeVisible();
		await expect(aino.getByRole('button', { name: 'Add note' })).toHaveCount(0);
	});

	test('a facilitator closes the workshop (no new joins, canvases read-only at once) and reopens it; the badge says which', async ({ browser }) => {
		const { page: facilitator, code } = await facilitatorWithWorkshop(browser, `Closing day ${unique()}`);
		const workshopUrl = facilitator.url();
		const aino = await (await browser.newContext(PHONE)).newPage();
		await joinByCode(aino, code, 'Aino', 'Citizen');
		await aino.getByRole('link', { name: /Business Model Canvas/ }).click();
		await waitForHydration(aino);
		await expect(aino.getByRole('status').filter({ hasText: 'Live' }).first()).toBeVisible({ timeout: 15_000 });
		await expect(aino.getByRole('button', { name: 'Add note' })).toBeVisible();
		await expect(facilitator.getByTestId('workshop-status')).toHaveText('Open');

		await submitAndWait(facilitator, facilitator.getByRole('button', { name: 'Close workshop' }));
		await expect(facilitator.getByTestId('workshop-status')).toHaveText('Closed');
		await expect(facilitator.getByRole('button', { name: 'Reopen workshop' })).toBeVisible();
		// Aino's open canvas turns read-only without a reload.
		await expect(aino.getByTestId('read-only-banner')).toBeVisible();
		await expect(aino.getByRole('button', { name: 'Add note' })).toHaveCount(0);
		// And stays so after one.
		await aino.reload();
		await expect(aino.getByTestId('read-only-banner')).toBeVisible();
		await expect(aino.getByRole('button', { name: 'Add note' })).toHaveCount(0);

		// Nobody new gets in.
		const late = await (await browser.newContext(PHONE)).newPage();
		await late.goto('/join');
		await waitForHydration(late);
		await late.getByLabel('Workshop code').fill(code);
		await late.getByLabel('Your name').fill('Late');
		await late.getByRole('radio', { name: 'Company', exact: true }).check();
		await submitAndWait(late, late.getByRole('button', { name: 'Join', exact: true }));
		await expect(late.getByText('This workshop is closed.')).toBeVisible();
		await expect(late).toHaveURL(/\/join/);

		await facilitator.goto(workshopUrl);
		await waitForHydration(facilitator);
		await submitAndWait(facilitator, facilitator.getByRole('button', { name: 'Reopen workshop' }));
		await expect(facilitator.getByTestId('workshop-status')).toHaveText('Open');
		await expect(aino.getByTestId('read-only-banner')).toHaveCount(0);
		await expect(aino.getByRole('button', { name: 'Add note' })).toBeVisible();
		await joinByCode(late, code, 'Late', 'Company');
	});

	test('join and workshop pages have no serious accessibility violation', async ({ browser }) => {
		const { page } = await facilitatorWithWorkshop(browser, `Accessible ${unique()}`);
		await expectNoSeriousViolations(page);
		const phone = await (await browser.newContext(PHONE)).newPage();
		await phone.goto('/join');
		await expectNoSeriousViolations(phone);
	});
});
