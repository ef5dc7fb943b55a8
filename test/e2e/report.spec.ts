import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { clickAddNote, expectNoHorizontalScroll, expectNoSeriousViolations, joinByCode, joinCodeOf, signInWithEmail, submitAndWait, unique, waitForHydration } from './helpers';
import { screenshot } from './screenshots';

/**
 * The workshop report, end to end: a facilitator runs a small workshop (a
 * participant's note on the canvas, a dot vote revealed), opens the report,
 * downloads the PDF the server prints in Chromium and reads its first page
 * back with pdfjs; the Markdown has every section; a participant downloads
 * the canvas as SVG and PNG but is refused the report.
 */
const NOTE = 'Sensors <b>& "live" data</b>';
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function pdfText(bytes: Uint8Array): Promise<string[]> {
	const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
	const doc = await pdfjs.getDocument({ data: bytes, useSystemFonts: true, isEvalSupported: false }).promise;
	const pages: string[] = [];
	for (let i = 1; i <= doc.numPages; i++) {
		const content = await (await doc.getPage(i)).getTextContent();
		pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' ').replace(/\s+/g, ' '));
	}
	await doc.destroy();
	return pages;
}

async function downloaded(page: Page, click: () => Promise<unknown>) {
	const [download] = await Promise.all([page.waitForEvent('download'), click()]);
	return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync(await download.path())) };
}

test('a facilitator opens the report, downloads it as PDF and Markdown; a participant exports the canvas as SVG and PNG but not the report', async ({ browser }) => {
	test.setTimeout(180_000);
	const title = `Parking pilot ${unique()}`;
	const purpose = 'Choose one parking service to pilot with residents';

	// The facilitator creates the workshop with its purpose.
	const facilitatorContext = await browser.newContext({ viewport: { width: 1280, height: 900 } });
	const facilitator = await facilitatorContext.newPage();
	await signInWithEmail(facilitator, `facilitator-${unique()}@example.org`);
	await facilitator.goto('/workshops/new');
	await waitForHydration(facilitator);
	await facilitator.getByLabel('Title', { exact: true }).fill(title);
	await facilitator.getByLabel('Purpose').fill(purpose);
	await submitAndWait(facilitator, facilitator.getByRole('button', { name: 'Create workshop' }));
	await expect(facilitator).toHaveURL(/\/w\/[0-9a-f-]{36}$/);
	const workshopId = new URL(facilitator.url()).pathname.split('/')[2];
	const code = await joinCodeOf(facilitator);
	const canvasHref = String(await facilitator.getByRole('link', { name: 'Business Model Canvas', exact: true }).getAttribute('href'));

	// A participant joins on a phone and writes a note with characters that must stay text.
	const phone = await (await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true })).newPage();
	await joinByCode(phone, code, 'Aino', 'Citizen');
	await phone.goto(canvasHref);
	await waitForHydration(phone);
	await clickAddNote(phone, 'Customer segments');
	await phone.getByLabel('Note text').fill(NOTE);
	await phone.keyboard.press('Escape');

	// The participant downloads the canvas: the SVG holds the note escaped (once the projection has it), the PNG is a PNG.
	const svgUrl = `/w/${workshopId}/c/${canvasHref.split('/c/')[1]}/export.svg`;
	await expect
		.poll(async () => (await phone.request.get(svgUrl)).text(), { timeout: 15_000 })
		.toContain('<title>Sensors &lt;b&gt;&amp; &quot;live&quot; data&lt;/b&gt;</title>');
	const svg = await (await phone.request.get(svgUrl)).text();
	expect(svg).not.toContain('<b>');
	await phone.goto(`/w/${workshopId}`);
	const canvasRow = phone.getByRole('group', { name: 'Download “Business Model Canvas” as an image' });
	const svgFile = await downloaded(phone, () => canvasRow.getByRole('link', { name: 'Download SVG' }).click());
	expect(svgFile.name).toBe('business-model-canvas.svg');
	expect(Buffer.from(svgFile.bytes).toString('utf8')).toContain('Sensors &lt;b&gt;&amp;');
	const pngFile = await downloaded(phone, () => canvasRow.getByRole('link', { name: 'Download PNG' }).click());
	expect(pngFile.name).toBe('business-model-canvas.png');
	expect([...pngFile.bytes.slice(0, 8)]).toEqual(PNG_SIGNATURE);

	// A participant is refused the report, and its downloads.
	const refused = await phone.goto(`/w/${workshopId}/report`);
	expect(refused?.status()).toBe(403);
	await expect(phone.getByText('Only the workshop’s facilitators can open its report.')).toBeVisible();
	expect((await phone.request.get(`/w/${workshopId}/report/report.pdf`)).status()).toBe(403);
	expect((await phone.request.get(`/w/${workshopId}/report/report.md`)).status()).toBe(403);

	// A dot vote runs to reveal: the participant gives two dots.
	const act = async (data: Record<string, unknown>) => {
		const response = await facilitator.request.post(`/w/${workshopId}/session`, { data });
		expect(response.ok(), await response.text()).toBe(true);
		return ((await response.json()) as { result?: unknown }).result;
	};
	const round = (await act({
		action: 'open-round',
		kind: 'dots',
		title: 'Which service first?',
		canvas: null,
		block: null,
		budget: 2,
		cap: null,
		criteria: [],
		showAuthors: true,
		candidates: [
			{ noteId: null, label: 'Open parking data' },
			{ noteId: null, label: 'Parking app' }
		]
	})) as string;
	await phone.goto(`/w/${workshopId}/round`);
	const card = phone.locator('[data-candidate="Parking app"]');
	for (let i = 0; i < 2; i++) {
		await card.getByRole('button', { name: 'Add a dot to “Parking app”' }).click();
		await expect(card).toContainText(`${i + 1} dot`);
	}
	await act({ action: 'close-round', round });
	await act({ action: 'reveal-round', round });

	// The facilitator finds the report from the workshop page.
	await facilitator.goto(`/w/${workshopId}`);
	await facilitator.getByRole('link', { name: 'Report', exact: true }).click();
	await expect(facilitator).toHaveURL(`/w/${workshopId}/report`);
	await expect(facilitator.getByRole('heading', { level: 1, name: title })).toBeVisible();
	for (const section of ['Purpose', 'Agenda', 'Participation', 'Canvases', 'Round results', 'Outcome']) {
		await expect(facilitator.getByRole('heading', { level: 2, name: section })).toBeVisible();
	}
	await expect(facilitator.getByText(purpose)).toBeVisible();
	await expect(facilitator.getByRole('row', { name: 'Citizen 1' })).toBeVisible();
	await expect(facilitator.getByText('Aino')).toHaveCount(0);
	// The canvas is drawn as an image that loaded; the note is listed as text beside it.
	const image = facilitator.getByRole('img', { name: 'The canvas “Business Model Canvas” with its note, as drawn on the board.' });
	await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(1000);
	await expect(facilitator.getByRole('listitem').filter({ hasText: NOTE })).toBeVisible();
	// The round's results with their chart.
	const results = facilitator.getByRole('region', { name: 'Results of “Which service first?”' });
	await expect(results.locator('svg[role="img"] rect[stroke="#ffffff"]').first()).toBeVisible();
	await expect(results.getByRole('row', { name: /Parking app 1 2 2/ })).toBeVisible();
	await expectNoSeriousViolations(facilitator);

	// Names appear only when the facilitator asks.
	await facilitator.getByLabel('Show participants’ names').check();
	await facilitator.getByRole('button', { name: 'Update the report' }).click();
	await expect(facilitator).toHaveURL(/names=1/);
	await expect(facilitator.getByRole('cell', { name: 'Aino' })).toBeVisible();
	await facilitator.goto(`/w/${workshopId}/report`);

	// The PDF: the button says it is working, then the file arrives; its first page holds the title and purpose.
	const pdfButton = facilitator.getByRole('link', { name: 'Download PDF' });
	const [download] = await Promise.all([
		facilitator.waitForEvent('download', { timeout: 60_000 }),
		pdfButton.click(),
		expect(facilitator.getByTestId('pdf-status')).toHaveText('Making the PDF… this takes a few seconds.')
	]);
	await expect(facilitator.getByTestId('pdf-status')).toHaveText('The PDF is downloaded.');
	const pdf = new Uint8Array(readFileSync(await download.path()));
	expect(Buffer.from(pdf.slice(0, 5)).toString('latin1')).toBe('%PDF-');
	const pages = await pdfText(pdf);
	expect(pages[0]).toContain(title);
	expect(pages[0]).toContain(purpose);
	// Canvases, round results and the outcome each start a page of their own.
	expect(pages.length).toBeGreaterThanOrEqual(4);
	// Print has no site chrome and no buttons.
	expect(pages.join(' ')).not.toContain('Download PDF');
	// (pdfjs splits ligatures such as "fi", so the round is checked by its table row.)
	expect(pages.join(' ')).toContain('Parking app 1 2 2');
	if (process.env.REPORT_PDF_COPY) await download.saveAs(process.env.REPORT_PDF_COPY);

	// The Markdown has every section and the note escaped.
	const md = await downloaded(facilitator, () => facilitator.getByRole('link', { name: 'Download Markdown' }).click());
	const text = Buffer.from(md.bytes).toString('utf8');
	expect(md.name).toMatch(/^parking-pilot-.*\.md$/);
	expect(text.startsWith(`# ${title}\n`)).toBe(true);
	for (const section of ['Purpose', 'Agenda', 'Participation', 'Canvases', 'Round results', 'Outcome']) expect(text).toContain(`\n## ${section}\n`);
	expect(text).toContain('- Sensors \\<b\\>\\& "live" data\\</b\\>');
	expect(text).toContain('| Parking app | 1 | 2 | 2 |');

	// Tablet and phone: readable, nothing wider than the screen.
	for (const viewport of [
		{ width: 768, height: 1024 },
		{ width: 390, height: 844 }
	]) {
		await facilitator.setViewportSize(viewport);
		await expectNoHorizontalScroll(facilitator);
		await screenshot(facilitator, `report-${viewport.width}`);
	}
	await facilitatorContext.close();
	await phone.context().close();
});
