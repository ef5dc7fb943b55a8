/**
 * The library on a phone (issue 11): the first result above the fold with the
 * filters folded behind one button, a city filter with one "any" that finds a
 * use case shared by several cities, and a magic triangle whose labels are
 * readable (12 px or more) and inside the screen.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { SEED, cards, expectNoHorizontalScroll, expectNoSeriousViolations, waitForHydration } from './helpers';

const PHONES = [
	{ width: 360, height: 740 },
	{ width: 390, height: 844 }
];

/** Seeded: the iCity platform names four cities, Genoa among them; Genoa also has its own. */
const SHARED = { title: 'iCity: an open platform for city infrastructure', slug: 'icity-open-city-infrastructure-platform' };
const GENOA = { title: 'Genoa: sharing public and private infrastructure' };

const filtersButton = (page: Page) => page.getByRole('button', { name: /^Filters/ });

/** The box of an element in CSS pixels of the viewport. */
async function box(locator: Locator) {
	const b = await locator.boundingBox();
	expect(b, 'element has no box').not.toBeNull();
	return b!;
}

/**
 * Every text of the triangle drawing on screen: its size in CSS pixels
 * (computed font size times the SVG's scale) and its box, with the drawing's.
 */
async function triangleTexts(triangle: Locator) {
	return triangle.evaluate((svg: SVGSVGElement) => {
		const scale = svg.getScreenCTM()!.a;
		const outer = svg.getBoundingClientRect();
		return {
			svg: { left: outer.left, right: outer.right, top: outer.top, bottom: outer.bottom },
			texts: [...svg.querySelectorAll('text')].map((text) => {
				const r = text.getBoundingClientRect();
				return {
					text: text.textContent?.trim() ?? '',
					px: parseFloat(getComputedStyle(text).fontSize) * scale,
					left: r.left,
					right: r.right,
					top: r.top,
					bottom: r.bottom
				};
			})
		};
	});
}

for (const viewport of PHONES) {
	test.describe(`library on a ${viewport.width}x${viewport.height} phone`, () => {
		test.use({ viewport, hasTouch: true, isMobile: true });

		test('the first result is above the fold, the filters folded behind one button', async ({ page }) => {
			await page.goto('/library');
			await waitForHydration(page);
			await expect(filtersButton(page)).toBeVisible();
			await expect(filtersButton(page)).toHaveAttribute('aria-expanded', 'false');
			await expect(page.getByLabel('Domain')).toBeHidden();
			await expect(page.getByLabel('City')).toBeHidden();

			const first = await box(cards(page).first());
			expect(first.y, 'the first result starts below the fold').toBeGreaterThanOrEqual(0);
			expect(first.y + first.height, 'the first result ends below the fold').toBeLessThanOrEqual(viewport.height);
			await expectNoHorizontalScroll(page);
			await expectNoSeriousViolations(page);
		});

		test('Filters opens, the city select has one "any", and a city finds the project it shares', async ({ page }) => {
			await page.goto('/library');
			await waitForHydration(page);
			await filtersButton(page).click();
			await expect(filtersButton(page)).toHaveAttribute('aria-expanded', 'true');
			const city = page.getByLabel('City');
			await expect(city).toBeVisible();
			await expect(page.getByLabel('Domain')).toBeVisible();

			const options = await city.locator('option').allInnerTexts();
			expect(options.filter((o) => /\bany\b/i.test(o)), options.join(' | ')).toEqual(['Any']);
			// Each city with how many use cases it would find.
			expect(options.find((o) => o.startsWith('Genoa '))).toMatch(/^Genoa \(\d+\)$/);
			const values = await city.locator('option').evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value));
			expect(values).toContain('Genoa');
			expect(values.filter((o) => /[,;/]/.test(o)), 'a shared project listed as one city').toEqual([]);
			expect(new Set(values).size).toBe(values.length);
			await expectNoHorizontalScroll(page);
			await expectNoSeriousViolations(page);

			await city.selectOption('Genoa');
			await expect(page).toHaveURL(/[?&]city=Genoa(&|$)/);
			await expect(page.getByRole('link', { name: SHARED.title })).toBeVisible();
			await expect(page.getByRole('link', { name: GENOA.title })).toBeVisible();
			const n = await cards(page).count();
			expect(n).toBeLessThan(SEED.publishedCount);
			for (const card of await cards(page).all()) await expect(card.locator('.place')).toContainText('Genoa');
			// The panel stays open for the next choice, and the button counts the filter.
			await expect(city).toHaveValue('Genoa');
			await expect(filtersButton(page)).toHaveAccessibleName('Filters, 1 active');
			await filtersButton(page).click();
			await expect(city).toBeHidden();
			await expectNoHorizontalScroll(page);
		});

		for (const slug of [SEED.munich.slug, SHARED.slug]) {
			test(`the magic triangle of ${slug} is readable: names of 12 px or more, inside the screen, texts below`, async ({ page }) => {
				await page.goto(`/library/${slug}`);
				const triangle = page.getByRole('img', { name: /^Gassmann’s magic triangle/ });
				await expect(triangle).toBeVisible();
				await expect(triangle).toHaveCount(1);
				await triangle.scrollIntoViewIfNeeded();

				const { svg, texts } = await triangleTexts(triangle);
				// On a phone the drawing shows only the four names.
				expect(texts.map((t) => t.text).sort()).toEqual(['How', 'What', 'Who', 'Why']);
				for (const t of texts) {
					expect(t.px, `${t.text} is ${t.px.toFixed(1)} px`).toBeGreaterThanOrEqual(12);
					expect(t.left, `${t.text} cut on the left`).toBeGreaterThanOrEqual(Math.max(0, svg.left));
					expect(t.right, `${t.text} cut on the right`).toBeLessThanOrEqual(Math.min(viewport.width, svg.right));
					expect(t.top, `${t.text} cut at the top`).toBeGreaterThanOrEqual(svg.top);
					expect(t.bottom, `${t.text} cut at the bottom`).toBeLessThanOrEqual(svg.bottom);
				}

				// The texts sit below it, each under its dimension's name.
				for (const name of ['Who', 'What', 'How', 'Why']) {
					const term = page.getByRole('term').filter({ hasText: new RegExp(`^${name}\\b`) });
					await expect(term).toBeVisible();
					expect((await box(term)).y).toBeGreaterThan(svg.bottom);
				}
				await expect(page.getByRole('definition').filter({ hasText: slug === SEED.munich.slug ? SEED.munich.who : 'Three customer segments' })).toBeVisible();
				await expectNoHorizontalScroll(page);
				await expectNoSeriousViolations(page);
			});
		}
	});
}

test.describe('library on a phone without JavaScript', () => {
	test.use({ viewport: PHONES[0], hasTouch: true, isMobile: true, javaScriptEnabled: false });

	test('the filters stay open as a plain form, and a city applies with the button', async ({ page }) => {
		await page.goto('/library');
		await expect(filtersButton(page)).toBeHidden();
		await page.getByLabel('City').selectOption('Genoa');
		await page.getByRole('button', { name: 'Apply filters' }).click();
		await expect(page).toHaveURL(/[?&]city=Genoa(&|$)/);
		await expect(page.getByRole('link', { name: SHARED.title })).toBeVisible();
		await expect(page.getByRole('link', { name: GENOA.title })).toBeVisible();
		await page.goto(`/library/${SEED.munich.slug}`);
		await expect(page.getByRole('img', { name: /^Gassmann’s magic triangle/ })).toBeVisible();
		await expectNoHorizontalScroll(page);
	});
});

test.describe('library on a tablet, as before', () => {
	test.use({ viewport: { width: 768, height: 1024 }, hasTouch: true });

	test('the filters show without a Filters button, and the triangle writes its texts', async ({ page }) => {
		await page.goto('/library');
		await waitForHydration(page);
		await expect(filtersButton(page)).toBeHidden();
		for (const label of ['Domain', 'City', 'Maturity', 'Business model pattern']) await expect(page.getByLabel(label)).toBeVisible();

		await page.goto(`/library/${SEED.munich.slug}`);
		const triangle = page.getByRole('img', { name: /^Gassmann’s magic triangle/ });
		await expect(triangle).toHaveCount(1);
		const { svg, texts } = await triangleTexts(triangle);
		expect(texts.map((t) => t.text).join(' ')).toContain('Residents and');
		for (const t of texts) {
			expect(t.px, `"${t.text}" is ${t.px.toFixed(1)} px`).toBeGreaterThanOrEqual(12);
			expect(t.left).toBeGreaterThanOrEqual(svg.left);
			expect(t.right).toBeLessThanOrEqual(svg.right);
		}
		await expectNoHorizontalScroll(page);
	});
});
