import { expect, test, type Page } from '@playwright/test';
import { createWorkshopAsFacilitator, joinByCode, waitForHydration, unique } from './helpers';
const TABLET = { viewport: { width: 768, height: 1024 }, hasTouch: true };
const shot = async (p: Page, name: string) => { await p.waitForTimeout(400); await p.screenshot({ path: `/tmp/shots/${name}.png` }); console.log(name, await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)); };
async function act(f: Page, id: string, data: Record<string, unknown>) { const r = await f.request.post(`/w/${id}/session`, { data }); return ((await r.json()) as { result: string }).result; }
for (const code of ['de', 'fi']) test(`shots ${code}`, async ({ browser }) => {
	test.setTimeout(200_000);
	const f = await (await browser.newContext(TABLET)).newPage();
	const { workshopId, code: join } = await createWorkshopAsFacilitator(f, code === 'de' ? 'Parkraum Innenstadt' : 'Pysäköinti keskusta');
	await f.getByLabel('Language of the workshop').selectOption(code);
	await f.getByRole('button', { name: 'Set language' }).click();
	await expect(f.locator('html')).toHaveAttribute('lang', code);
	await shot(f, `${code}-tablet-workshop`);
	await f.goto(`/w/${workshopId}/console`); await waitForHydration(f); await shot(f, `${code}-tablet-console`);
	await f.goto(`/w/${workshopId}/outcome`); await waitForHydration(f); await shot(f, `${code}-tablet-outcome`);
	for (const width of [360, 390]) {
		const p = await (await browser.newContext({ viewport: { width, height: width === 360 ? 740 : 844 }, hasTouch: true, isMobile: true })).newPage();
		await joinByCode(p, join, `Aino${width}`, 'Citizen');
		await waitForHydration(p); await shot(p, `${code}-${width}-workshop`);
		await p.locator('a[href*="/c/"]').first().click(); await waitForHydration(p); await p.waitForTimeout(1500); await shot(p, `${code}-${width}-canvas`);
		const round = await act(f, workshopId, { action: 'open-round', kind: 'dots', title: code === 'de' ? 'Welcher Dienst zuerst?' : 'Mikä palvelu ensin?', canvas: null, block: null, budget: 3, cap: null, criteria: [], showAuthors: true, candidates: ['Offene Parkdaten / avoin pysäköintidata', 'Parkplatzsensoren'].map((label) => ({ noteId: null, label })) });
		await p.goto(`/w/${workshopId}/round`); await waitForHydration(p); await shot(p, `${code}-${width}-ballot`);
		await act(f, workshopId, { action: 'close-round', round }); await act(f, workshopId, { action: 'reveal-round', round });
		await p.waitForTimeout(1500); await shot(p, `${code}-${width}-results`);
		await p.goto(`/library?q=${code === 'de' ? 'Parkplatz' : 'pysäköinti'}`); await shot(p, `${code}-${width}-library`);
	}
});
