import { expect, test, type Page } from '@playwright/test';
import { clickAddNote, createWorkshopAsFacilitator, expectNoSeriousViolations, joinByCode, waitForHydration } from './helpers';

const TABLET = { viewport: { width: 768, height: 1024 }, hasTouch: true };
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

interface Box {
	id: string;
	x: number;
	y: number;
	w: number;
	h: number;
}

/** Every note's box in world units, as the page draws it (fitted first, so none is culled). */
async function noteBoxes(page: Page): Promise<Box[]> {
	await page.getByRole('button', { name: 'Fit to screen' }).click();
	return page.locator('[data-note-id]').evaluateAll((elements) =>
		elements.map((el) => {
			const style = (el as HTMLElement).style;
			return { id: el.getAttribute('data-note-id')!, x: parseFloat(style.left), y: parseFloat(style.top), w: parseFloat(style.width), h: parseFloat(style.height) };
		})
	);
}

function overlaps(boxes: Box[]): string[] {
	const found: string[] = [];
	for (const [i, a] of boxes.entries())
		for (const b of boxes.slice(i + 1))
			if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) found.push(`${a.id} on ${b.id}`);
	return found;
}

test('five phones add three notes each at once on one block: no two notes overlap', async ({ browser }) => {
	test.setTimeout(180_000);
	const facilitator = await (await browser.newContext(TABLET)).newPage();
	const { code } = await createWorkshopAsFacilitator(facilitator, 'Placement');
	const phones: Page[] = [];
	for (let i = 0; i < 5; i++) {
		const page = await (await browser.newContext(PHONE)).newPage();
		await joinByCode(page, code, `Phone ${i + 1}`, 'Citizen');
		phones.push(page);
	}
	await Promise.all(
		phones.map(async (page) => {
			await page.getByRole('link', { name: /Business Model Canvas/ }).click();
			await expect(page).toHaveURL(/\/c\/[0-9a-f-]{36}$/);
			await waitForHydration(page);
			await expect(page.getByRole('status').filter({ hasText: 'Live' }).first()).toBeVisible({ timeout: 30_000 });
		})
	);

	// On a phone "Add note" first asks which block, with each block's question.
	await phones[0].getByRole('button', { name: 'Add note' }).click();
	const picker = phones[0].getByTestId('block-picker');
	await expect(picker.getByRole('button', { name: /^Key resources/ })).toContainText('Which data, infrastructure, people and funds');
	await expectNoSeriousViolations(phones[0]);
	await picker.getByRole('button', { name: 'Cancel' }).click();
	await expect(picker).toBeHidden();
	await expect(phones[0].getByLabel('Note text')).toHaveCount(0);

	// All at once: each phone picks Key resources and writes three notes as fast as it can.
	await Promise.all(
		phones.map(async (page, p) => {
			for (let n = 0; n < 3; n++) {
				await clickAddNote(page, 'Key resources');
				await page.getByLabel('Note text').fill(`Phone ${p + 1} note ${n + 1}`);
				await page.keyboard.press('Escape');
			}
		})
	);

	// Every phone ends with all fifteen notes, none on another, and the same picture as the others.
	for (const page of phones)
		await expect.poll(() => page.evaluate(() => (window as unknown as { __canvas: { noteCount(): number } }).__canvas.noteCount()), { timeout: 20_000 }).toBe(15);
	let first: Box[] = [];
	await expect
		.poll(
			async () => {
				const all = await Promise.all(phones.map(noteBoxes));
				first = all[0].sort((a, b) => a.id.localeCompare(b.id));
				const same = all.every((boxes) => JSON.stringify(boxes.sort((a, b) => a.id.localeCompare(b.id))) === JSON.stringify(first));
				return { count: first.length, same, overlaps: overlaps(first) };
			},
			{ timeout: 20_000 }
		)
		.toEqual({ count: 15, same: true, overlaps: [] });
	// And all of them in the chosen block (the first free spots, or just below it when full).
	const block = await phones[0].locator('[data-block-id="key-resources"]').evaluate((el) => ({
		x: parseFloat((el as HTMLElement).style.left),
		w: parseFloat((el as HTMLElement).style.width)
	}));
	for (const box of first) {
		expect(box.x).toBeGreaterThanOrEqual(block.x);
		expect(box.x + box.w).toBeLessThanOrEqual(block.x + block.w);
	}
});
