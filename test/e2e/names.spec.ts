import { expect, test, type Browser, type Page } from '@playwright/test';
import {
	expectNoHorizontalScroll,
	expectNoSeriousViolations,
	joinByCode,
	joinCodeOf,
	SEED,
	signInWithEmail,
	submitAndWait,
	unique,
	waitForHydration
} from './helpers';

/**
 * People are shown by name, never by email (issue 11): a facilitator names
 * themselves at first sign-in; participants never get the facilitator's email,
 * not even in page data; a wrong code then the right one with another name
 * leaves one name; 60-letter names and titles never make a page scroll sideways.
 */

const TABLET = { viewport: { width: 768, height: 1024 }, hasTouch: true };
const PHONE = { viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true };
/** Sixty letters, no space: the longest name a form takes. */
const LONG_NAME = 'Hubert' + 'blaine'.repeat(9);
/** A code no workshop has: six characters of the code alphabet, made unlikely by the test run. */
const WRONG_CODE = 'ZZZZZZ';

/** A facilitator on a tablet who signs in by email, is asked for a name, and creates a workshop. */
async function facilitatorWithWorkshop(browser: Browser, name: string, title: string) {
	const page = await (await browser.newContext(TABLET)).newPage();
	const email = `names-${unique()}@example.org`;
	await signInWithEmail(page, email, name);
	await page.goto('/workshops/new');
	await waitForHydration(page);
	await page.getByLabel('Title', { exact: true }).fill(title);
	await submitAndWait(page, page.getByRole('button', { name: 'Create workshop' }));
	await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}$/);
	const workshopId = new URL(page.url()).pathname.split('/')[2];
	const canvasHref = await page.getByRole('region', { name: 'Canvases' }).getByRole('link').first().getAttribute('href');
	return { page, email, workshopId, canvasPath: canvasHref!, code: await joinCodeOf(page) };
}

/** The people list's rows showing this name. */
const personRows = (page: Page, name: string) => page.getByTestId('people').getByRole('listitem').filter({ hasText: name });

/** Where SvelteKit serves a page's data: what the page would carry even if it showed nothing. */
const dataPath = (path: string) => {
	const url = new URL(path, 'http://x');
	return `${url.pathname.replace(/\/$/, '')}/__data.json${url.search}`;
};

/** Opens each path as this person: neither the page's text, nor its HTML, nor its data holds `secret`. */
async function expectNowhere(page: Page, secret: string, paths: string[]) {
	for (const path of paths) {
		const response = await page.goto(path);
		expect(await response!.text(), `the HTML of ${path}`).not.toContain(secret);
		await waitForHydration(page);
		expect(await page.content(), `the page ${path}`).not.toContain(secret);
		expect(await page.locator('body').innerText(), `the text of ${path}`).not.toContain(secret);
		const data = await page.request.get(dataPath(path));
		expect(await data.text(), `the data of ${path}`).not.toContain(secret);
	}
}

test('a facilitator chooses a name at first sign-in; participants never see an email; a wrong code then the right one leaves one name', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const facilitator = await facilitatorWithWorkshop(browser, 'Maija Virtanen', `Names ${unique()}`);
	// The facilitator is shown by the name they chose, to themselves too.
	await expect(personRows(facilitator.page, 'Maija Virtanen')).toHaveCount(1);
	await expect(facilitator.page.getByTestId('signed-in-name')).toHaveText('Signed in as Maija Virtanen');
	await facilitator.page.goto('/workshops');
	await expect(facilitator.page.getByText('Others see you as Maija Virtanen.')).toBeVisible();

	// Aino joins at once; Bo first types a wrong code, then the right one with another name.
	const aino = await (await browser.newContext(PHONE)).newPage();
	await joinByCode(aino, facilitator.code, 'Aino', 'Citizen');
	const bo = await (await browser.newContext(PHONE)).newPage();
	await bo.goto('/join');
	await waitForHydration(bo);
	await bo.getByLabel('Workshop code').fill(WRONG_CODE);
	await bo.getByLabel('Your name').fill('Wrong Bo');
	await bo.getByRole('radio', { name: 'Citizen', exact: true }).check();
	await submitAndWait(bo, bo.getByRole('button', { name: 'Join', exact: true }));
	await expect(bo.getByText('No workshop has this code. Check it with the facilitator.')).toBeVisible();
	await bo.getByLabel('Workshop code').fill(facilitator.code);
	await bo.getByLabel('Your name').fill('Bo Right');
	await bo.getByRole('radio', { name: 'Company', exact: true }).check();
	await submitAndWait(bo, bo.getByRole('button', { name: 'Join', exact: true }));
	await expect(bo).toHaveURL(/\/w\/[0-9a-f-]{36}$/);

	// One name everywhere: Bo's header, everyone's people list, and presence on a canvas.
	await expect(bo.getByTestId('signed-in-name')).toHaveText('Signed in as Bo Right');
	for (const page of [bo, aino, facilitator.page]) {
		await page.goto(`/w/${facilitator.workshopId}`);
		await expect(page.getByTestId('people')).toContainText('Bo Right');
		await expect(personRows(page, 'Bo Right')).toHaveCount(1);
		await expect(page.getByTestId('people')).not.toContainText('Wrong Bo');
		await expect(page.getByTestId('people').getByRole('listitem')).toHaveCount(3);
	}
	await facilitator.page.goto(facilitator.canvasPath);
	await bo.goto(facilitator.canvasPath);
	await waitForHydration(facilitator.page);
	await facilitator.page.getByRole('button', { name: /people here/ }).click();
	await expect(facilitator.page.getByRole('button', { name: 'Follow Bo Right' })).toBeVisible();
	await expect(facilitator.page.getByText('Wrong Bo')).toHaveCount(0);

	// Nothing a participant can open carries the facilitator's email.
	const w = `/w/${facilitator.workshopId}`;
	const pages = [w, facilitator.canvasPath, `${w}/round`, `${w}/screen`, '/workshops', '/join', '/signin', '/signin/profile', '/library', '/'];
	await expectNowhere(aino, facilitator.email, pages);
	await expectNowhere(bo, facilitator.email, pages);
	for (const path of [`${w}/console`, `${w}/console/__data.json`, '/api/clock', '/api/use-cases?q=parking']) {
		expect(await (await aino.request.get(path)).text(), path).not.toContain(facilitator.email);
	}
});

test('60-letter names and titles never make a page scroll sideways at 360 px; role selectors fit the tablet card; canvas rename', async ({
	browser
}) => {
	test.setTimeout(180_000);
	const facilitator = await facilitatorWithWorkshop(browser, LONG_NAME, LONG_NAME);
	const { page } = facilitator;

	// Canvas rename: the error beside the field, Cancel, and Remove apart from Save.
	const canvas = page.getByRole('region', { name: 'Canvases' }).getByRole('listitem').first();
	await waitForHydration(page);
	await canvas.getByRole('button', { name: 'Rename' }).click();
	const field = canvas.getByLabel('New title');
	await expect(canvas.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
	await field.fill('   ');
	await submitAndWait(page, canvas.getByRole('button', { name: 'Save' }));
	await expect(field).toHaveAttribute('aria-invalid', 'true');
	await expect(field).toHaveAccessibleDescription(/Enter a title\./);
	await expect(canvas.getByText('Enter a title.')).toBeVisible();
	await canvas.getByRole('button', { name: 'Cancel' }).click();
	await expect(field).toHaveCount(0);
	await expect(page.getByText('Enter a title.')).toHaveCount(0);
	const [rename, remove] = await Promise.all([
		canvas.getByRole('button', { name: 'Rename' }).boundingBox(),
		canvas.getByRole('button', { name: /^Remove/ }).boundingBox()
	]);
	expect(remove!.x - (rename!.x + rename!.width), 'Remove sits well apart from the other tools').toBeGreaterThan(100);
	await canvas.getByRole('button', { name: 'Rename' }).click();
	await canvas.getByLabel('New title').fill(LONG_NAME);
	await submitAndWait(page, canvas.getByRole('button', { name: 'Save' }));
	await expect(canvas.getByRole('link', { name: new RegExp(LONG_NAME) })).toBeVisible();

	// Two phones at 360 px, one with a 60-letter name; a participant with a role selector on the tablet.
	const phone = await (await browser.newContext(PHONE)).newPage();
	await joinByCode(phone, facilitator.code, LONG_NAME.slice(0, 59) + 'x', 'Developer');
	const other = await (await browser.newContext(PHONE)).newPage();
	await joinByCode(other, facilitator.code, 'Aino', 'Citizen');
	await page.reload();
	const people = page.getByRole('region', { name: /People/ });
	await expect(people.getByRole('combobox')).toHaveCount(2);
	const card = (await people.boundingBox())!;
	for (const select of await people.getByRole('combobox').all()) {
		const box = (await select.boundingBox())!;
		expect(box.x + box.width, 'a role selector inside the people card').toBeLessThanOrEqual(card.x + card.width);
	}
	await expectNoHorizontalScroll(page);
	await expectNoSeriousViolations(page);

	const w = `/w/${facilitator.workshopId}`;
	for (const path of [w, facilitator.canvasPath, `${w}/round`, '/join', '/workshops', '/signin/profile', '/library', `/library/${SEED.munich.slug}`]) {
		await phone.goto(path);
		await waitForHydration(phone);
		const width = await phone.evaluate(() => document.documentElement.scrollWidth);
		expect(width, `${path} is ${width}px wide at 360 px`).toBeLessThanOrEqual(360);
	}
	await phone.goto(w);
	await expect(phone.getByRole('heading', { level: 1, name: LONG_NAME })).toBeVisible();
	await expectNoSeriousViolations(phone);
	await phone.goto('/signin/profile');
	await expect(phone.getByLabel('Your name')).toHaveValue(LONG_NAME.slice(0, 59) + 'x');
	await expectNoSeriousViolations(phone);
});
