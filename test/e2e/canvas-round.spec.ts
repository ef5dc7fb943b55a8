import { expect, test, type Page } from '@playwright/test';
import { clickAddNote, expectNoSeriousViolations, joinByCode, joinCodeOf, signInWithEmail, submitAndWait, unique, waitForHydration } from './helpers';

/**
 * Rounds from the canvas (issue 10): a facilitator selects notes and puts them
 * to the vote from the selection panel; the database's refusal shows in the
 * dialog; participants are offered "Vote now"; once revealed, the notes carry
 * their dot counts on every screen.
 */
const TABLET = { viewport: { width: 768, height: 1024 }, hasTouch: true };
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

const note = (page: Page, text: string) => page.locator('[data-note-id]').filter({ hasText: text });

async function addNote(page: Page, text: string) {
	await clickAddNote(page);
	await page.getByLabel('Note text').fill(text);
	await page.keyboard.press('Escape');
	await expect(note(page, text)).toBeVisible();
}

/** The round's candidates as a member reads them through the REST API (RLS: members may). */
async function candidates(page: Page, roundId: string): Promise<{ id: string; note_id: string }[]> {
	const token = (await page.context().cookies()).find((c) => c.name === 'cc_access')?.value;
	const response = await page.request.get(`/rest/v1/round_candidates?select=id,note_id&round_id=eq.${roundId}`, {
		headers: { authorization: `Bearer ${token}` }
	});
	expect(response.ok(), await response.text()).toBe(true);
	return response.json();
}

test('a facilitator puts selected notes to the vote from the canvas; revealed dots show on the notes', async ({ browser }) => {
	test.setTimeout(120_000);
	const facilitator = await (await browser.newContext(TABLET)).newPage();
	await signInWithEmail(facilitator, `facilitator-${unique()}@example.org`);
	await facilitator.goto('/workshops/new');
	await waitForHydration(facilitator);
	await facilitator.getByLabel('Title', { exact: true }).fill(`Mobility ${unique()}`);
	await submitAndWait(facilitator, facilitator.getByRole('button', { name: 'Create workshop' }));
	await expect(facilitator).toHaveURL(/\/w\/[0-9a-f-]{36}$/);
	const workshopId = new URL(facilitator.url()).pathname.split('/')[2];
	await expect(facilitator.getByRole('link', { name: 'Facilitator console' })).toHaveAttribute('href', `/w/${workshopId}/console`);
	const aino = await (await browser.newContext(PHONE)).newPage();
	await joinByCode(aino, await joinCodeOf(facilitator), 'Aino', 'Citizen');
	await waitForHydration(aino);
	await expect(aino.getByRole('link', { name: 'Facilitator console' })).toHaveCount(0);

	await facilitator.getByRole('link', { name: /Business Model Canvas/ }).click();
	await waitForHydration(facilitator);
	await addNote(facilitator, 'Bike lanes');
	await addNote(facilitator, 'Parking sensors');
	// The second note lies a little below and right of the first: its top left corner is free.
	await note(facilitator, 'Bike lanes').click({ modifiers: ['Shift'], position: { x: 6, y: 6 } });
	await expect(facilitator.getByText('2 notes selected')).toBeVisible();

	// The dialog: dots, a question, three dots each.
	await facilitator.getByRole('button', { name: 'Put to the vote' }).click();
	const dialog = facilitator.getByTestId('open-round-dialog');
	await expect(dialog.getByText('2 notes with text are selected')).toBeVisible();
	// The dialog and the session bar above the board pass axe.
	await expectNoSeriousViolations(facilitator);
	await dialog.getByLabel('Question (optional)').fill('Which first?');
	await dialog.getByLabel('Dots per person').fill('3');
	const [opened] = await Promise.all([
		facilitator.waitForResponse((r) => r.url().endsWith(`/w/${workshopId}/session`) && r.request().method() === 'POST'),
		dialog.getByRole('button', { name: 'Open the round' }).click()
	]);
	expect(opened.status()).toBe(200);
	const roundId = ((await opened.json()) as { result: string }).result;
	await expect(dialog).toHaveCount(0);

	// Participants are offered the ballot.
	await expect(aino.getByRole('link', { name: 'Vote now' })).toHaveAttribute('href', `/w/${workshopId}/round`);

	// A second round while this one is open: the database refuses, the dialog says why.
	await facilitator.getByRole('button', { name: 'Put to the vote' }).click();
	await dialog.getByRole('button', { name: 'Open the round' }).click();
	await expect(dialog.getByRole('alert')).toHaveText('Another round is open. Close it first.');
	await dialog.getByRole('button', { name: 'Cancel' }).click();
	await expect(dialog).toHaveCount(0);

	// Aino gives two dots to the bike lanes and one to the sensors (what the ballot screen sends).
	const noteIds = {
		bike: await note(facilitator, 'Bike lanes').getAttribute('data-note-id'),
		sensors: await note(facilitator, 'Parking sensors').getAttribute('data-note-id')
	};
	const list = await candidates(aino, roundId);
	const candidateOf = (noteId: string | null) => list.find((c) => c.note_id === noteId)?.id;
	for (const candidate of [candidateOf(noteIds.bike), candidateOf(noteIds.bike), candidateOf(noteIds.sensors)]) {
		const cast = await aino.request.post(`/w/${workshopId}/rounds/${roundId}/ballot`, { data: { action: 'vote', candidate } });
		expect(cast.status(), await cast.text()).toBe(200);
	}
	await aino.getByRole('link', { name: /Business Model Canvas/ }).click();
	await waitForHydration(aino);
	await expect(note(aino, 'Bike lanes')).toBeAttached();
	// Not before reveal.
	await expect(aino.getByTestId('note-dots')).toHaveCount(0);

	for (const action of ['close-round', 'reveal-round']) {
		const response = await facilitator.request.post(`/w/${workshopId}/session`, { data: { action, round: roundId } });
		expect(response.status(), await response.text()).toBe(200);
	}
	for (const page of [facilitator, aino]) {
		await expect(note(page, 'Bike lanes').getByTestId('note-dots')).toHaveText('2');
		await expect(note(page, 'Parking sensors').getByTestId('note-dots')).toHaveText('1');
		await expect(note(page, 'Bike lanes')).toHaveAttribute('aria-label', /2 dots/);
	}
});
