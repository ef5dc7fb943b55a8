import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

/** Seed facts the tests rely on (supabase/seed.sql). */
export const SEED = {
	publishedCount: 22,
	london: { slug: 'london-parking-apps-as-strategic-services', title: 'London: parking apps as strategic city services' },
	munich: {
		slug: 'munich-mobility-points',
		title: 'Munich: mobility points with e-mobility and sharing',
		who: 'Residents and commuters in the district, and the sharing providers that serve them.',
		what: 'Convenient access to several shared and electric modes at one spot, linked to public transport.',
		how: 'The city provides space and signage, the transport company and sharing providers run the vehicles',
		why: 'Users pay per use to the providers; the city finances the stations'
	},
	oulubot: { slug: 'oulu-oulubot-chatbot', title: 'OuluBot: a chatbot for city services' },
	/** Two drafts and one retired use case: never shown to an anonymous visitor. */
	hidden: [
		{ slug: 'icity-sponsored-engagement-events', title: 'iCity: sponsored engagement activities', search: 'sponsored engagement' },
		{ slug: 'sofia-smart-data-platform-replication-plan', title: 'Sofia: plan to replicate a smart data platform', search: 'Sofia' },
		{ slug: 'icity-free-open-data-first-model', title: 'First model: all open data free for everyone', search: 'free open data' }
	]
} as const;

/**
 * Waits until SvelteKit has hydrated the page and started its router (the
 * router's first act is to set history.scrollRestoration to 'manual'; a
 * freshly loaded document starts with 'auto'). Before that, a select's
 * onchange handler is not attached yet and a change would go unnoticed.
 */
export async function waitForHydration(page: Page) {
	await page.waitForFunction(() => history.scrollRestoration === 'manual');
}

/** The number in the library's result count ("22 use cases", "1 use case"). */
export async function resultCount(page: Page): Promise<number> {
	const text = (await page.getByTestId('result-count').innerText()).replace(/[,\s]/g, ' ');
	const match = /(\d+)\s+use cases?/.exec(text);
	if (!match) throw new Error(`no count in "${text}"`);
	return Number(match[1]);
}

/** The result cards of the library page. */
export const cards = (page: Page) => page.getByRole('main').getByRole('article');

/** The main navigation in the header. */
export const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Asserts the page does not scroll sideways (nothing wider than the viewport). */
export async function expectNoHorizontalScroll(page: Page) {
	const { scrollWidth, clientWidth } = await page.evaluate(() => ({
		scrollWidth: document.documentElement.scrollWidth,
		clientWidth: document.documentElement.clientWidth
	}));
	expect(scrollWidth, `page is ${scrollWidth}px wide in a ${clientWidth}px viewport`).toBeLessThanOrEqual(clientWidth);
}

/**
 * Clicks a form's submit button and waits for the POST it sends. A same-origin
 * form post must never be refused as cross-site (403): say so plainly rather
 * than let the test time out on what the page should have shown.
 */
export async function submitAndWait(page: Page, button: Locator) {
	const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), button.click()]);
	const status = response.status();
	const body = status === 403 ? await response.text().catch(() => '') : '';
	expect(status, `POST ${response.url()} was refused: ${body}`).not.toBe(403);
	return response;
}

type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'];

/** A readable list of violations: rule, impact, help, and where. */
function describe(violations: Violations): string {
	return violations
		.map(
			(v) =>
				`[${v.impact}] ${v.id}: ${v.help} (${v.helpUrl})\n` +
				v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replaceAll('\n', '\n      ')}`).join('\n')
		)
		.join('\n');
}

/** axe on the hydrated page: serious and critical findings fail, minor ones are printed. */
export async function expectNoSeriousViolations(page: Page) {
	await waitForHydration(page);
	const { violations } = await new AxeBuilder({ page }).analyze();
	const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
	const minor = violations.filter((v) => !serious.includes(v));
	if (minor.length) console.log(`${page.url()}: minor accessibility findings\n${describe(minor)}`);
	expect(serious, `${page.url()}\n${describe(serious)}`).toEqual([]);
}

/**
 * Signs in with a one-time link from the local outbox (local mode). Someone
 * new is asked for a name first: they take `name`.
 */
export async function signInWithEmail(page: Page, email: string, name = 'Facilitator') {
	await page.goto('/signin');
	// Typed before hydration, the address can be reset by it and an empty form sent.
	await waitForHydration(page);
	const form = page.locator('form').filter({ has: page.getByRole('heading', { name: 'Facilitators and publishers' }) });
	await form.getByLabel('Email address').fill(email);
	const response = await submitAndWait(page, form.getByRole('button', { name: 'Send me a link' }));
	expect(response.status(), `the sign-in link for ${email} was not sent`).toBeLessThan(400);
	await page.goto('/auth/outbox');
	await page.getByRole('listitem').filter({ hasText: email }).first().getByRole('link', { name: 'Open link' }).click();
	await page.waitForURL((url) => !url.pathname.startsWith('/auth/'));
	if (new URL(page.url()).pathname === '/signin/profile') await chooseName(page, name);
	await expect(page.getByTestId('signed-in-name')).not.toHaveText(/@/);
}

/** Fills the profile page (a facilitator's first sign-in, or changing one's name) and saves. */
export async function chooseName(page: Page, name: string, stakeholder = 'City') {
	await waitForHydration(page);
	await page.getByLabel('Your name').fill(name);
	await page.getByRole('radio', { name: stakeholder, exact: true }).check();
	await submitAndWait(page, page.getByRole('button', { name: 'Save and continue' }));
	await expect(page.getByTestId('signed-in-name')).toHaveText(`Signed in as ${name}`);
}

/** Joins by code through /join; lands on the workshop page. */
export async function joinByCode(page: Page, code: string, name: string, stakeholder: string) {
	await page.goto('/join');
	await waitForHydration(page);
	await page.getByLabel('Workshop code').fill(code);
	await page.getByLabel('Your name').fill(name);
	await page.getByRole('radio', { name: stakeholder, exact: true }).check();
	await submitAndWait(page, page.getByRole('button', { name: 'Join', exact: true }));
	await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}$/);
}

/** The join code as shown on the workshop page, without the visual gap. */
export async function joinCodeOf(page: Page): Promise<string> {
	return (await page.getByTestId('join-code').innerText()).replace(/\s/g, '');
}

export const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

/**
 * A facilitator signed in with a new email creates a workshop (its default
 * canvas is a Business Model Canvas) and is left on its page.
 */
export async function createWorkshopAsFacilitator(page: Page, title: string) {
	await signInWithEmail(page, `facilitator-${unique()}@example.org`);
	await page.goto('/workshops/new');
	await waitForHydration(page);
	await page.getByLabel('Title', { exact: true }).fill(`${title} ${unique()}`);
	await submitAndWait(page, page.getByRole('button', { name: 'Create workshop' }));
	await expect(page).toHaveURL(/\/w\/[0-9a-f-]{36}$/);
	return { workshopUrl: page.url(), workshopId: new URL(page.url()).pathname.split('/')[2], code: await joinCodeOf(page) };
}

/**
 * "Add note": on a phone it first asks which block (Value propositions unless
 * told), elsewhere it places the note in the block in view. Ends with the
 * new note's text box open.
 */
export async function clickAddNote(page: Page, block = 'Value propositions') {
	await page.getByRole('button', { name: 'Add note' }).click();
	const picker = page.getByTestId('block-picker');
	await expect(picker.or(page.getByLabel('Note text'))).toBeVisible();
	if (await picker.isVisible()) await picker.getByRole('button', { name: new RegExp(`^${block}`) }).click();
	await expect(page.getByLabel('Note text')).toBeVisible();
}

/** One facilitator action through the session endpoint (what the console sends); fails the test with the server's words if refused. */
export async function sessionAction(facilitator: Page, workshopId: string, data: Record<string, unknown>): Promise<unknown> {
	const response = await facilitator.request.post(`/w/${workshopId}/session`, { data });
	const body = (await response.json()) as { result?: unknown; error?: string };
	expect(response.ok(), `${String(data.action)}: ${body.error}`).toBe(true);
	return body.result;
}
