import { expect, test, type Page } from '@playwright/test';
import { chooseName, mainNav, submitAndWait, unique, waitForHydration } from './helpers';

async function joinAsParticipant(page: Page, name: string, stakeholder: string) {
	await page.goto('/signin');
	const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Join as a participant' }) });
	await form.getByLabel('Your name').fill(name);
	await form.getByRole('radio', { name: stakeholder, exact: true }).check();
	await submitAndWait(page, form.getByRole('button', { name: 'Continue' }));
}

async function expectSignedOut(page: Page) {
	await expect(mainNav(page).getByRole('link', { name: 'Sign in' })).toBeVisible();
	await expect(page.getByTestId('signed-in-name')).toHaveCount(0);
	await expect(mainNav(page).getByRole('button', { name: 'Sign out' })).toHaveCount(0);
}

test.describe('joining as a participant, on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

	test('signs in with a name, survives a reload, and signs out', async ({ page }) => {
		const name = `Ada ${unique()}`;
		await joinAsParticipant(page, name, 'Developer');
		await expect(page).toHaveURL(/\/$/);
		await expect(page.getByTestId('signed-in-name')).toHaveText(`Signed in as ${name}`);
		await expect(mainNav(page).getByRole('link', { name: 'Sign in' })).toHaveCount(0);
		// The home page stops inviting a signed-in person to sign in.
		await expect(page.getByRole('link', { name: 'Sign in to get ready' })).toHaveCount(0);

		await page.reload();
		await expect(page.getByTestId('signed-in-name')).toHaveText(`Signed in as ${name}`);

		await page.goto('/signin');
		await expect(page.getByRole('status').filter({ hasText: `You are signed in as ${name}.` })).toBeVisible();

		await submitAndWait(page, mainNav(page).getByRole('button', { name: 'Sign out' }));
		await expect(page).toHaveURL(/\/$/);
		await expectSignedOut(page);
		await page.reload();
		await expectSignedOut(page);
	});

	test('an empty name shows the validation message and keeps the form', async ({ page }) => {
		await joinAsParticipant(page, '   ', 'Citizen');
		const nameField = page.getByLabel('Your name');
		await expect(page.getByText('Enter a name of 1 to 60 characters.')).toBeVisible();
		await expect(nameField).toHaveAttribute('aria-invalid', 'true');
		await expect(nameField).toHaveAccessibleDescription(/Enter a name of 1 to 60 characters\./);
		await expect(page).toHaveURL(/\/signin/);
		await expect(page.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
		await expect(page.getByRole('radio', { name: 'Citizen', exact: true })).toBeChecked();
		await expectSignedOut(page);
	});
});

test.describe('signing in with an email link', () => {
	test('the link from the outbox signs in once, and only once, and lands on My workshops', async ({ page }) => {
		const consoleErrors: string[] = [];
		page.on('console', (msg) => {
			if (msg.type() === 'error') consoleErrors.push(msg.text());
		});
		page.on('pageerror', (error) => consoleErrors.push(error.message));
		const email = `facilitator-${unique()}@example.org`;
		await page.goto('/signin');
		const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Facilitators and publishers' }) });
		await form.getByLabel('Email address').fill(email);
		await submitAndWait(page, form.getByRole('button', { name: 'Send me a link' }));
		await expect(page.getByRole('status').filter({ hasText: `A sign-in link is on its way to ${email}.` })).toBeVisible();

		await page.getByRole('link', { name: 'Local mode: open the outbox to see the link' }).click();
		await expect(page).toHaveURL(/\/auth\/outbox$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Local outbox' })).toBeVisible();
		// Newest first; other tests may send links at the same time, so take the newest one to us.
		const message = page.getByRole('listitem').filter({ hasText: email }).first();
		const open = message.getByRole('link', { name: 'Open link' });
		await expect(open).toBeVisible();
		const link = await open.getAttribute('href');
		expect(link).toBeTruthy();
		await open.click();

		// Someone new chooses the name others see first; the email is only theirs.
		await expect(page).toHaveURL(/\/signin\/profile\?welcome&next=%2Fworkshops$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Choose your name' })).toBeVisible();
		await expect(page.getByTestId('signed-in-name')).toHaveText(`Signed in as ${email}`);
		await expect(page.getByLabel('Your name')).toHaveValue('');
		await chooseName(page, 'Maija Virtanen');
		await expect(page).toHaveURL(/\/workshops$/);
		await expect(page.getByRole('heading', { level: 1, name: 'My workshops' })).toBeVisible();
		expect(consoleErrors, 'console errors while following the link').toEqual([]);

		// The outbox now shows the link as used.
		await page.goto('/auth/outbox');
		await expect(page.getByRole('listitem').filter({ hasText: email }).first().getByText('used', { exact: true })).toBeVisible();

		// A second use of the same link is refused.
		await submitAndWait(page, mainNav(page).getByRole('button', { name: 'Sign out' }));
		await expectSignedOut(page);
		await page.goto(link!);
		await expect(page).toHaveURL(/\/signin\?error=link-invalid/);
		await expect(page.getByRole('alert')).toHaveText('This sign-in link is not valid any more. Ask for a new one.');
		await expectSignedOut(page);
	});

	test('a link asked for on the way somewhere goes there', async ({ page }) => {
		const email = `facilitator-${unique()}@example.org`;
		await page.goto('/workshops/new');
		await expect(page).toHaveURL(/\/signin\?next=%2Fworkshops%2Fnew|\/signin\?next=\/workshops\/new/);
		await waitForHydration(page);
		const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Facilitators and publishers' }) });
		await form.getByLabel('Email address').fill(email);
		await submitAndWait(page, form.getByRole('button', { name: 'Send me a link' }));
		await page.goto('/auth/outbox');
		await page.getByRole('listitem').filter({ hasText: email }).first().getByRole('link', { name: 'Open link' }).click();
		await chooseName(page, 'Bo Facilitator');
		await expect(page).toHaveURL(/\/workshops\/new$/);
	});

	test('the outbox shows a browser only its own links, never someone else\'s', async ({ page, browser }) => {
		const email = `facilitator-${unique()}@example.org`;
		await page.goto('/signin');
		await waitForHydration(page);
		const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Facilitators and publishers' }) });
		await form.getByLabel('Email address').fill(email);
		await submitAndWait(page, form.getByRole('button', { name: 'Send me a link' }));
		await page.goto('/auth/outbox');
		// This browser asked for one link, to one address: that is all it sees.
		await expect(page.getByTestId('outbox-email')).toHaveText([email]);

		// Another browser, anonymous, asked for nothing: it sees no address and no link.
		const other = await browser.newContext();
		const stranger = await other.newPage();
		await stranger.goto('/auth/outbox');
		await expect(stranger.getByRole('heading', { level: 1, name: 'Local outbox' })).toBeVisible();
		await expect(stranger.getByText('No message yet.')).toBeVisible();
		await expect(stranger.getByTestId('outbox-email')).toHaveCount(0);
		await expect(stranger.getByText(email)).toHaveCount(0);
		// A forged cookie (ids with a seal from elsewhere) shows nothing either.
		await other.addCookies([{ name: 'cc_outbox', value: '1.2.3.4.5~forged', url: new URL('/auth/outbox', page.url()).toString() }]);
		await stranger.reload();
		await expect(stranger.getByTestId('outbox-email')).toHaveCount(0);
		await other.close();
	});

	test('an invalid email address shows the validation message', async ({ page }) => {
		await page.goto('/signin');
		const field = page.getByLabel('Email address');
		await field.fill('not-an-email');
		await submitAndWait(page, page.getByRole('button', { name: 'Send me a link' }));
		await expect(page.getByText('Enter a valid email address.')).toBeVisible();
		await expect(field).toHaveAccessibleDescription('Enter a valid email address.');
		await expect(page.getByRole('status').filter({ hasText: 'A sign-in link is on its way' })).toHaveCount(0);
	});
});

test.describe('session cookies', () => {
	test('a tampered session counts as signed out, not as an error', async ({ page, context }) => {
		const name = `Mallory ${unique()}`;
		await joinAsParticipant(page, name, 'Other');
		await expect(page.getByTestId('signed-in-name')).toHaveText(`Signed in as ${name}`);

		const access = (await context.cookies()).find((c) => c.name === 'cc_access');
		expect(access, 'the cc_access cookie').toBeTruthy();
		expect((await context.cookies()).some((c) => c.name === 'cc_refresh')).toBe(true);
		// Claim to be someone else: same header and signature, another subject.
		const [header, payload, signature] = access!.value.split('.');
		const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
		claims.sub = '00000000-0000-4000-8000-0000000000aa';
		const forged = [header, Buffer.from(JSON.stringify(claims)).toString('base64url'), signature].join('.');
		await context.clearCookies({ name: 'cc_refresh' });
		await context.addCookies([{ ...access!, value: forged }]);

		const response = await page.reload();
		expect(response?.status()).toBe(200);
		await expectSignedOut(page);
		await expect(page.getByRole('heading', { level: 1, name: 'Design city services together, live' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Something went wrong' })).toHaveCount(0);
		// The server drops the bad cookie.
		await expect.poll(async () => (await context.cookies()).some((c) => c.name === 'cc_access')).toBe(false);
	});
});
