import { expect, test, type Browser, type Page } from '@playwright/test';
import { clickAddNote, createWorkshopAsFacilitator, expectNoSeriousViolations, joinByCode, submitAndWait, waitForHydration } from './helpers';
import { screenshot } from './screenshots';

const TABLET = { viewport: { width: 768, height: 1024 }, hasTouch: true };
const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
const CANVAS = 'Parking as a service';

interface Vertex {
	x: number;
	y: number;
}
interface Box {
	id: string;
	x: number;
	y: number;
	w: number;
	h: number;
	dimension: string;
}

const DIMENSION_NAMES = { who: 'Who', what: 'What', how: 'How', why: 'Why' } as const;
type Region = keyof typeof DIMENSION_NAMES;
const REGIONS = Object.keys(DIMENSION_NAMES) as Region[];

/** A facilitator's workshop with a Gassmann canvas; returns the facilitator's page and the join code. */
async function workshopWithTriangle(browser: Browser) {
	const facilitator = await (await browser.newContext(TABLET)).newPage();
	const { code } = await createWorkshopAsFacilitator(facilitator, 'Triangle');
	await waitForHydration(facilitator);
	await facilitator.getByLabel('Template').selectOption({ label: 'Gassmann’s magic triangle' });
	await facilitator.getByLabel('Title', { exact: true }).fill(CANVAS);
	await submitAndWait(facilitator, facilitator.getByRole('button', { name: 'Add', exact: true }));
	await expect(facilitator.getByRole('link', { name: new RegExp(CANVAS) })).toBeVisible();
	return { facilitator, code };
}

async function openTriangle(page: Page) {
	await page.getByRole('link', { name: new RegExp(CANVAS) }).click();
	await expect(page).toHaveURL(/\/c\/[0-9a-f-]{36}$/);
	await waitForHydration(page);
	await expect(page.getByRole('status').filter({ hasText: 'Live' }).first()).toBeVisible({ timeout: 30_000 });
}

/** Each region's polygon, in world units, as the page draws it. */
async function regions(page: Page): Promise<Record<Region, Vertex[]>> {
	const shapes = await page.locator('polygon[data-block-shape]').evaluateAll((elements) =>
		elements.map((el) => [el.getAttribute('data-block-shape'), el.getAttribute('points')] as const)
	);
	const parse = (points: string | null) =>
		(points ?? '')
			.trim()
			.split(/\s+/)
			.map((pair) => {
				const [x, y] = pair.split(',').map(Number);
				return { x, y };
			});
	return Object.fromEntries(shapes.map(([id, points]) => [id, parse(points)])) as Record<Region, Vertex[]>;
}

/** Every note's box in world units and its dimension chip, as the page draws them (fitted first, so none is culled). */
async function noteBoxes(page: Page): Promise<Box[]> {
	await page.getByRole('button', { name: 'Fit to screen' }).click();
	return page.locator('[data-note-id]').evaluateAll((elements) =>
		elements.map((el) => {
			const style = (el as HTMLElement).style;
			return {
				id: el.getAttribute('data-note-id')!,
				x: parseFloat(style.left),
				y: parseFloat(style.top),
				w: parseFloat(style.width),
				h: parseFloat(style.height),
				dimension: el.querySelector('.chip.dim')?.textContent?.trim() ?? ''
			};
		})
	);
}

function inside(point: Vertex, polygon: readonly Vertex[]): boolean {
	// The polygon is convex: inside means on the same side of every edge.
	const sides = polygon.map((a, i) => {
		const b = polygon[(i + 1) % polygon.length];
		return Math.sign((b.x - a.x) * (point.y - a.y) - (b.y - a.y) * (point.x - a.x));
	});
	return sides.every((s) => s >= 0) || sides.every((s) => s <= 0);
}

const boxInside = (box: Box, polygon: readonly Vertex[]) =>
	[
		{ x: box.x, y: box.y },
		{ x: box.x + box.w, y: box.y },
		{ x: box.x, y: box.y + box.h },
		{ x: box.x + box.w, y: box.y + box.h }
	].every((corner) => inside(corner, polygon));

const centroid = (polygon: readonly Vertex[]): Vertex => ({
	x: polygon.reduce((s, p) => s + p.x, 0) / polygon.length,
	y: polygon.reduce((s, p) => s + p.y, 0) / polygon.length
});

/** Double-clicks the world point: the block wrapper's own box maps world units to the screen. */
async function doubleClickAt(page: Page, region: Region, world: Vertex) {
	const block = page.locator(`[data-block-id="${region}"]`);
	const { left, top, width } = await block.evaluate((el) => {
		const style = (el as HTMLElement).style;
		return { left: parseFloat(style.left), top: parseFloat(style.top), width: parseFloat(style.width) };
	});
	// The view may still be gliding (after Fit to screen): aim once the block stands still on screen.
	let screen = (await block.boundingBox())!;
	await expect
		.poll(async () => {
			const before = screen;
			await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
			screen = (await block.boundingBox())!;
			return Math.abs(screen.x - before.x) + Math.abs(screen.y - before.y) + Math.abs(screen.width - before.width);
		})
		.toBeLessThan(0.5);
	const scale = screen.width / width;
	await page.mouse.dblclick(screen.x + (world.x - left) * scale, screen.y + (world.y - top) * scale);
}

/** The four regions are one large triangle cut by its midlines: Who inverted in the centre. */
function expectMagicTriangle(shapes: Record<Region, Vertex[]>) {
	expect(Object.keys(shapes).sort()).toEqual(['how', 'what', 'who', 'why']);
	for (const region of REGIONS) expect(shapes[region], region).toHaveLength(3);
	const c = Object.fromEntries(REGIONS.map((r) => [r, centroid(shapes[r])])) as Record<Region, Vertex>;
	expect(c.what.y).toBeLessThan(c.who.y);
	expect(c.how.y).toBeGreaterThan(c.who.y);
	expect(c.why.y).toBeGreaterThan(c.who.y);
	expect(c.how.x).toBeLessThan(c.who.x);
	expect(c.why.x).toBeGreaterThan(c.who.x);
	// Corners point up, Who points down: one vertex above its centroid, or two.
	const above = (r: Region) => shapes[r].filter((p) => p.y < c[r].y).length;
	expect(REGIONS.map(above)).toEqual([2, 1, 1, 1]);
	// Who's corners are the midpoints of the outer triangle (What's top, How's bottom left, Why's bottom right), give or take the gutter.
	const top = shapes.what.reduce((a, b) => (b.y < a.y ? b : a));
	const left = shapes.how.reduce((a, b) => (b.x < a.x ? b : a));
	const right = shapes.why.reduce((a, b) => (b.x > a.x ? b : a));
	const mid = (a: Vertex, b: Vertex) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
	for (const expected of [mid(top, left), mid(top, right), mid(left, right)]) {
		const nearest = Math.min(...shapes.who.map((p) => Math.hypot(p.x - expected.x, p.y - expected.y)));
		expect(nearest).toBeLessThan(40);
	}
}

for (const [device, options] of [
	['tablet', TABLET],
	['phone', PHONE]
] as const) {
	test(`${device}: the magic triangle is drawn as a triangle, and a note added in each region takes its dimension and lies inside it`, async ({
		browser
	}) => {
		test.setTimeout(120_000);
		const { facilitator, code } = await workshopWithTriangle(browser);
		let page = facilitator;
		if (device === 'phone') {
			page = await (await browser.newContext(options)).newPage();
			await joinByCode(page, code, 'Aino', 'Citizen');
		}
		await openTriangle(page);
		const shapes = await regions(page);
		expectMagicTriangle(shapes);

		for (const region of REGIONS) {
			// A phone's "Add note" asks which block; a tablet's double-click puts the note in the region clicked.
			if (device === 'phone') await clickAddNote(page, DIMENSION_NAMES[region]);
			else {
				await page.getByRole('button', { name: 'Fit to screen' }).click();
				await doubleClickAt(page, region, centroid(shapes[region]));
				await expect(page.getByLabel('Note text')).toBeVisible();
			}
			await page.getByLabel('Note text').fill(`A ${region} note`);
			await page.keyboard.press('Escape');
		}
		await expect.poll(async () => (await noteBoxes(page)).length).toBe(4);
		const boxes = await noteBoxes(page);
		for (const region of REGIONS) {
			const text = `A ${region} note`;
			const id = await page.locator('[data-note-id]').filter({ hasText: text }).getAttribute('data-note-id');
			const box = boxes.find((b) => b.id === id)!;
			expect(box.dimension, text).toBe(DIMENSION_NAMES[region]);
			expect(boxInside(box, shapes[region]), `${text} at ${JSON.stringify(box)}`).toBe(true);
		}
		await expectNoSeriousViolations(page);
		if (process.env.UPDATE_SCREENSHOTS === '1') {
			// The picture for the README: the whole triangle, nothing selected.
			const clear = page.getByRole('button', { name: 'Clear selection' });
			if (await clear.isVisible()) await clear.click();
			await page.getByRole('button', { name: 'Fit to screen' }).click();
			// A phone shows the centre closer: What's foot and Who's head.
			if (device === 'phone') for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
			await screenshot(page, `canvas-triangle-${device}`);
		}
	});
}

for (const [device, options] of [
	['tablet', TABLET],
	['phone', PHONE]
] as const) {
	test(`${device}: a cluster’s region surrounds only its own notes: a note between two clustered ones stays outside it`, async ({ browser }) => {
		test.setTimeout(120_000);
		const { facilitator, code } = await workshopWithTriangle(browser);
		let page = facilitator;
		if (device === 'phone') {
			page = await (await browser.newContext(options)).newPage();
			await joinByCode(page, code, 'Aino', 'Citizen');
		}
		await openTriangle(page);
		const shapes = await regions(page);
		// Three notes side by side along the top of Who, the first free spots from its top-left.
		for (const text of ['Residents', 'Commuters', 'Visitors']) {
			if (device === 'phone') await clickAddNote(page, 'Who');
			else {
				await page.getByRole('button', { name: 'Fit to screen' }).click();
				await doubleClickAt(page, 'who', centroid(shapes.who));
			}
			await page.getByLabel('Note text').fill(text);
			await page.keyboard.press('Escape');
		}
		await expect.poll(async () => (await noteBoxes(page)).length).toBe(3);
		const note = (text: string) => page.locator('[data-note-id]').filter({ hasText: text });
		const boxes = await noteBoxes(page);
		const [a, between, c] = await Promise.all(['Residents', 'Commuters', 'Visitors'].map(async (text) => {
			const id = await note(text).getAttribute('data-note-id');
			return boxes.find((b) => b.id === id)!;
		}));
		// The middle note lies between the other two: one box around those two would hold it.
		expect(a.y).toBe(between.y);
		expect(between.y).toBe(c.y);
		expect(a.x).toBeLessThan(between.x);
		expect(between.x).toBeLessThan(c.x);

		// Zoomed in, so each note is big enough to click; select the outer two and cluster them.
		for (let i = 0; i < 2; i++) await page.getByRole('button', { name: 'Zoom in' }).click();
		await note('Residents').click();
		await note('Visitors').click({ modifiers: ['Shift'] });
		await expect(page.getByText('2 notes selected')).toBeVisible();
		await page.getByRole('button', { name: 'Cluster', exact: true }).click();
		await page.getByLabel('Cluster name').fill('Who uses the car parks');
		await page.getByRole('dialog').getByRole('button', { name: 'Cluster', exact: true }).click();
		await expect(note('Visitors')).toHaveAttribute('aria-label', /in cluster “Who uses the car parks”/);
		await expect(note('Commuters')).not.toHaveAttribute('aria-label', /in cluster/);

		const parts = await page.locator('rect[data-cluster-part]').evaluateAll((elements) =>
			elements.map((el) => ({
				x: Number(el.getAttribute('x')),
				y: Number(el.getAttribute('y')),
				w: Number(el.getAttribute('width')),
				h: Number(el.getAttribute('height'))
			}))
		);
		expect(parts.length).toBeGreaterThan(0);
		const overlaps = (p: { x: number; y: number; w: number; h: number }, b: Box) => p.x < b.x + b.w && b.x < p.x + p.w && p.y < b.y + b.h && b.y < p.y + p.h;
		const holds = (p: { x: number; y: number; w: number; h: number }, b: Box) => p.x <= b.x && p.y <= b.y && p.x + p.w >= b.x + b.w && p.y + p.h >= b.y + b.h;
		for (const part of parts) expect(overlaps(part, between), `cluster part ${JSON.stringify(part)} covers the note between`).toBe(false);
		for (const member of [a, c]) expect(parts.some((part) => holds(part, member))).toBe(true);
		await expect(page.getByText('Who uses the car parks', { exact: true })).toBeVisible();
		await expectNoSeriousViolations(page);
	});
}
