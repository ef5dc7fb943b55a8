/**
 * Typing between two pages over the real server: page A edits a note and
 * types one key at a time; page B watches its DOM. A key's latency is from
 * its keydown on A (the event's own timestamp) until B's DOM first holds the
 * text up to that key (a MutationObserver, before paint). Both pages run in
 * one browser on this machine, so their epoch clocks (timeOrigin + now) agree.
 */
import type { Browser, Page } from '@playwright/test';
import { round, sleep, summarize } from '../realtime/stats.ts';

export interface TypingFigures {
	keys: number;
	intervalMs: number;
	noteId: string | null;
	/** ms per key that B showed, in typing order. */
	samples: number[];
	p50Ms: number | null;
	p95Ms: number | null;
	maxMs: number | null;
	/** Keys B never showed within the wait. */
	timeouts: number;
	problems: string[];
}

export interface TypingTarget {
	url: string;
	origin: string;
	token: string;
	initScript: { path: string };
	viewport: { width: number; height: number };
}

const TYPED = 'bike lanes near every school ';

async function open(browser: Browser, target: TypingTarget): Promise<Page> {
	const context = await browser.newContext({ viewport: target.viewport });
	await context.addCookies([{ name: 'cc_access', value: target.token, url: target.origin, httpOnly: true, sameSite: 'Lax' }]);
	await context.addInitScript(target.initScript);
	const page = await context.newPage();
	await page.goto(target.url);
	await page.evaluate(`window.__bench.whenMarked(['canvas:first-render', 'canvas:interactive'], 30000)`);
	return page;
}

export async function measureTyping(browser: Browser, target: TypingTarget, keys: number, intervalMs: number): Promise<TypingFigures> {
	const out: TypingFigures = { keys, intervalMs, noteId: null, samples: [], p50Ms: null, p95Ms: null, maxMs: null, timeouts: 0, problems: [] };
	const [a, b] = [await open(browser, target), await open(browser, target)];
	try {
		// Both connected and synced before the first key.
		await sleep(1500);
		const note = (await a.evaluate('window.__bench.visibleNote()')) as { id: string } | null;
		if (!note) {
			out.problems.push('no visible note to type in');
			return out;
		}
		out.noteId = note.id;
		const selector = `[data-note-id="${note.id}"]`;
		await b.evaluate((sel) => {
			const seen: [number, string][] = [];
			(window as unknown as { __typing: typeof seen }).__typing = seen;
			new MutationObserver(() => seen.push([performance.timeOrigin + performance.now(), document.querySelector(sel)?.textContent ?? ''])).observe(document.body, {
				subtree: true,
				childList: true,
				characterData: true
			});
		}, selector);
		await a.focus(selector);
		await a.keyboard.press('Enter');
		const box = a.getByLabel('Note text');
		await box.waitFor();
		const original = await box.inputValue();
		await a.evaluate(() => {
			const downs: number[] = [];
			(window as unknown as { __keys: typeof downs }).__keys = downs;
			addEventListener('keydown', (e) => downs.push(performance.timeOrigin + e.timeStamp), true);
		});
		const typed = Array.from({ length: keys }, (_, i) => TYPED[i % TYPED.length]).join('');
		for (const ch of typed) {
			await a.keyboard.press(ch === ' ' ? 'Space' : ch);
			await sleep(intervalMs);
		}
		await sleep(2000);
		const downs = (await a.evaluate('window.__keys')) as number[];
		const seen = (await b.evaluate('window.__typing')) as [number, string][];
		if (downs.length !== keys) out.problems.push(`${downs.length} keydowns recorded for ${keys} keys`);
		for (let i = 0; i < Math.min(keys, downs.length); i++) {
			const expected = original + typed.slice(0, i + 1);
			const first = seen.find(([, text]) => text.includes(expected));
			if (first) out.samples.push(round(first[0] - downs[i]));
			else out.timeouts++;
		}
		const s = summarize(out.samples);
		if (out.samples.length) Object.assign(out, { p50Ms: s.p50, p95Ms: s.p95, maxMs: s.max });
		if (out.timeouts) out.problems.push(`${out.timeouts} of ${keys} keys never shown on page B`);
		return out;
	} finally {
		await a.context().close();
		await b.context().close();
	}
}
