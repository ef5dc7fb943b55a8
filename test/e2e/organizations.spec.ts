import { expect, test, type Browser, type Page } from '@playwright/test';
import {
	expectNoHorizontalScroll,
	expectNoSeriousViolations,
	signInWithEmail,
	submitAndWait,
	unique,
	waitForHydration
} from './helpers';
import { screenshot } from './screenshots';

const TABLET = { width: 768, height: 1024 };
const PHONE = { width: 390, height: 844 };

/** A signed-in person creates an organisation from /orgs and is left on its page. */
async function createOrganization(page: Page, name: string) {
	await page.goto('/orgs');
	await waitForHydration(page);
	await page.getByLabel('Name', { exact: true }).fill(name);
	await page.getByLabel('Kind').selectOption({ label: 'City' });
	await page.getByLabel('Country').fill('Finland');
	await submitAndWait(page, page.getByRole('button', { name: 'Create organisation' }));
	await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
	return new URL(page.url()).pathname;
}

async function newPage(browser: Browser, viewport = TABLET) {
	const context = await browser.newContext({ viewport, hasTouch: viewport === PHONE });
	return context.newPage();
}

const memberRow = (page: Page, name: string) => page.getByTestId('member').filter({ hasText: name });

test.describe('organisations', () => {
	test.use({ viewport: TABLET });
	// Each test signs several people in through the outbox, on a shared 2-core machine.
	test.describe.configure({ timeout: 120_000 });

	test('create an organisation, invite a second person who accepts by the emailed link, then leaves', async ({ page, browser }) => {
		const id = unique();
		const adminEmail = `admin-${id}@example.org`;
		const inviteeEmail = `invitee-${id}@example.org`;
		const orgName = `City of Testville ${id}`;

		await signInWithEmail(page, adminEmail, 'Aino Admin');
		const orgPath = await createOrganization(page, orgName);
		expect(orgPath).toBe(`/orgs/city-of-testville-${id}`);
		await expect(page.getByText('You are Admin').first()).toBeVisible();
		await expect(memberRow(page, 'Aino Admin').getByTestId('member-role')).toHaveText('Admin');
		// The only admin can neither leave nor step down, and the page says why.
		await expect(page.getByRole('button', { name: 'Leave organisation' })).toHaveCount(0);
		await expect(page.getByText('You are its only admin')).toBeVisible();

		// A malformed address is refused with a message, and nothing is sent.
		await waitForHydration(page);
		await page.getByLabel('Email address').fill('not-an-email');
		await submitAndWait(page, page.getByRole('button', { name: 'Send invitation' }));
		await expect(page.getByText('Enter a valid email address.')).toBeVisible();
		await expect(page.getByText('No open invitation.')).toBeVisible();

		await page.getByLabel('Email address').fill(inviteeEmail.toUpperCase());
		await page.getByLabel('Role', { exact: true }).selectOption({ label: 'Publisher' });
		await submitAndWait(page, page.getByRole('button', { name: 'Send invitation' }));
		await expect(page.getByTestId('org-done')).toContainText(`Invitation sent to ${inviteeEmail}`);
		await expect(page.getByTestId('invitations')).toContainText(inviteeEmail);
		await expectNoHorizontalScroll(page);
		await screenshot(page, 'organization-admin-tablet');
		await expectNoSeriousViolations(page);

		// The link signs its holder in as the invitee: the admin's outbox never shows it.
		await page.goto('/auth/outbox');
		await expect(page.getByRole('heading', { level: 1, name: 'Local outbox' })).toBeVisible();
		await expect(page.getByText(inviteeEmail)).toHaveCount(0);

		// The invitee: a new person, in their own browser, reads their mail (the outbox) and follows the link.
		const invitee = await newPage(browser, PHONE);
		await signInWithEmail(invitee, inviteeEmail, 'Bea Publisher');
		await invitee.goto('/auth/outbox');
		const mail = invitee.getByRole('listitem').filter({ hasText: `You are invited to ${orgName}` });
		await expect(mail).toBeVisible();
		await mail.getByRole('link', { name: 'Open link' }).click();
		await invitee.waitForURL(/\/orgs\/invitations\/[A-Za-z0-9_-]{43}$/);
		await expect(invitee.getByText(`You are invited to join ${orgName} as Publisher.`)).toBeVisible();
		await expectNoHorizontalScroll(invitee);
		await screenshot(invitee, 'organization-invitation-phone');
		await expectNoSeriousViolations(invitee);
		const invitationUrl = invitee.url();
		await submitAndWait(invitee, invitee.getByRole('button', { name: 'Accept and join' }));
		await expect(invitee).toHaveURL(new RegExp(`${orgPath}$`));
		await expect(memberRow(invitee, 'Bea Publisher').getByTestId('member-role')).toHaveText('Publisher');
		await expect(memberRow(invitee, 'Aino Admin').getByTestId('member-role')).toHaveText('Admin');
		// A publisher sees no invitation form and changes nobody's role.
		await expect(invitee.getByRole('heading', { name: 'Invite someone' })).toHaveCount(0);
		await expect(invitee.getByRole('button', { name: 'Change role' })).toHaveCount(0);
		await expectNoHorizontalScroll(invitee);
		await screenshot(invitee, 'organization-member-phone');

		// The admin sees the new publisher, and the invitation is no longer open.
		await page.goto(orgPath);
		await expect(memberRow(page, 'Bea Publisher').getByTestId('member-role')).toHaveText('Publisher');
		await expect(page.getByText('No open invitation.')).toBeVisible();

		// The same link works once.
		await invitee.goto(invitationUrl);
		await expect(invitee.getByText('This invitation has been accepted already.')).toBeVisible();

		// Leaving: after a confirm, the publisher is out and sees the public page only.
		await invitee.goto(orgPath);
		await waitForHydration(invitee);
		invitee.once('dialog', (dialog) => dialog.accept());
		await submitAndWait(invitee, invitee.getByRole('button', { name: 'Leave organisation' }));
		await expect(invitee.getByRole('heading', { level: 1, name: orgName })).toBeVisible();
		await expect(invitee.getByRole('heading', { name: 'Members' })).toHaveCount(0);
		await page.reload();
		await expect(memberRow(page, 'Bea Publisher')).toHaveCount(0);
		await invitee.context().close();
	});

	test('an admin changes a role and revokes an invitation; someone signed in with another email cannot accept', async ({ page, browser }) => {
		const id = unique();
		await signInWithEmail(page, `admin2-${id}@example.org`, 'Otto Admin');
		const orgPath = await createOrganization(page, `Agency ${id}`);
		await waitForHydration(page);

		// An invitation for one address, opened by someone signed in with another.
		const intended = `intended-${id}@example.org`;
		await page.getByLabel('Email address').fill(intended);
		await submitAndWait(page, page.getByRole('button', { name: 'Send invitation' }));
		await expect(page.getByTestId('invitations')).toContainText(intended);
		const owner = await newPage(browser);
		await signInWithEmail(owner, intended, 'Ida Intended');
		await owner.goto('/auth/outbox');
		const link = await owner.getByRole('listitem').filter({ hasText: 'You are invited to' }).getByRole('link', { name: 'Open link' }).getAttribute('href');
		const next = new URL(link!, 'http://x').searchParams.get('next')!;
		const invitationPath = decodeURIComponent(next.split('next=')[1]);
		expect(invitationPath).toMatch(/^\/orgs\/invitations\/[A-Za-z0-9_-]{43}$/);
		const stranger = await newPage(browser);
		await signInWithEmail(stranger, `stranger-${id}@example.org`, 'Sam Stranger');
		await stranger.goto(invitationPath);
		await expect(stranger.getByText('Sign in with the address it was sent to')).toBeVisible();
		await expect(stranger.getByRole('button', { name: 'Accept and join' })).toHaveCount(0);
		await expectNoSeriousViolations(stranger);
		// Not signed in at all: sign in first, then back to the invitation.
		const visitor = await newPage(browser);
		await visitor.goto(invitationPath);
		await expect(visitor).toHaveURL(/\/signin\?next=%2Forgs%2Finvitations%2F/);

		// Revoked, the link no longer works.
		await waitForHydration(page);
		await submitAndWait(page, page.getByRole('button', { name: `Revoke the invitation to ${intended}` }));
		await expect(page.getByText('No open invitation.')).toBeVisible();
		await owner.goto(invitationPath);
		await expect(owner.getByText('This invitation link is not valid.')).toBeVisible();

		// A second member by invitation, then made admin; now the first admin may leave.
		const second = `second-${id}@example.org`;
		await page.getByLabel('Email address').fill(second);
		await submitAndWait(page, page.getByRole('button', { name: 'Send invitation' }));
		const member = await newPage(browser);
		await signInWithEmail(member, second, 'Max Member');
		await member.goto('/auth/outbox');
		await member.getByRole('listitem').filter({ hasText: 'You are invited to' }).getByRole('link', { name: 'Open link' }).click();
		await member.waitForURL(/\/orgs\/invitations\//);
		await submitAndWait(member, member.getByRole('button', { name: 'Accept and join' }));
		await expect(memberRow(member, 'Max Member').getByTestId('member-role')).toHaveText('Member');

		await page.goto(orgPath);
		await waitForHydration(page);
		await memberRow(page, 'Max Member').getByLabel('Role of Max Member').selectOption({ label: 'Admin' });
		await submitAndWait(page, memberRow(page, 'Max Member').getByRole('button', { name: 'Change role' }));
		await expect(page.getByTestId('org-done')).toHaveText('Max Member is now Admin.');
		await expect(memberRow(page, 'Max Member').getByTestId('member-role')).toHaveText('Admin');
		await expect(page.getByRole('button', { name: 'Leave organisation' })).toBeVisible();
		// The admin's page on a phone: every member's controls fit.
		await page.setViewportSize(PHONE);
		await expectNoHorizontalScroll(page);
		await memberRow(page, 'Max Member').scrollIntoViewIfNeeded();
		await screenshot(page, 'organization-admin-phone');
		for (const p of [owner, stranger, visitor, member]) await p.context().close();
	});

	test('the organisations page: list, a new organisation with a bad name, axe, phone layout', async ({ page, browser }) => {
		await page.goto('/orgs');
		await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'City of Oulu' })).toBeVisible();
		await expect(page.getByText('Sign in with your email to create an organisation.')).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisations' })).toHaveAttribute('aria-current', 'page');
		await expectNoSeriousViolations(page);

		await signInWithEmail(page, `creator-${unique()}@example.org`, 'Cara Creator');
		await page.goto('/orgs');
		await waitForHydration(page);
		await page.getByLabel('Name', { exact: true }).fill('   ');
		await submitAndWait(page, page.getByRole('button', { name: 'Create organisation' }));
		await expect(page.getByText('Enter a name.')).toBeVisible();
		await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
		await expectNoSeriousViolations(page);

		// A seed organisation's page shows its published use cases as library cards.
		await page.goto('/orgs/city-of-oulu');
		await expect(page.getByRole('heading', { level: 1, name: 'City of Oulu' })).toBeVisible();
		await expect(page.getByRole('article').first()).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Members' })).toHaveCount(0);
		await expectNoSeriousViolations(page);

		const phone = await newPage(browser, PHONE);
		await phone.goto('/orgs');
		await expectNoHorizontalScroll(phone);
		await phone.goto('/orgs/city-of-oulu');
		await expectNoHorizontalScroll(phone);
		await phone.context().close();
	});
});
