/**
 * Server-side rendering in Chromium (playwright-core drives the browser the
 * machine has: Debian's `chromium`, or CHROMIUM_PATH): the workshop report
 * as PDF, a canvas's SVG as PNG. One browser is launched on first use and
 * kept warm; every render gets its own context and page, closed afterwards;
 * renders go through a bounded queue; the browser is closed when the server
 * stops. Without a browser every render fails with RendererUnavailableError,
 * and the endpoints answer 503 with a message (Markdown and SVG still work).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { RenderQueue } from './queue.ts';

export { RenderBusyError, RenderTimeoutError } from './queue.ts';

export class RendererUnavailableError extends Error {}

/** Defaults, each with its reason. */
export const RENDER_LIMITS = {
	/** Two at a time: the server has few cores, and each page of a report holds charts and canvas images. */
	concurrency: 2,
	/** More waiting than this and a download is refused at once ("busy, try again") rather than queued for minutes. */
	maxWaiting: 8,
	/** A report of a large workshop renders in a few seconds; past this something hangs, and the person is told. */
	timeoutMs: 45_000,
	/** Largest PNG edge, in pixels: a canvas is 3000 world units wide, this keeps a PNG of a few hundred kilobytes. */
	maxPngEdge: 2400
};

/** The switches the brief asks for: no sandbox (containers), no GPU, nothing fetched in the background. */
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const chromiumPath = () => process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

let browser: Promise<Browser> | null = null;
let stopHooked = false;
const queue = new RenderQueue(RENDER_LIMITS);

/** Closes the warm browser (the server is stopping, or a test is done). */
export async function closeRenderer(): Promise<void> {
	const current = browser;
	browser = null;
	if (current) await current.then((b) => b.close()).catch(() => undefined);
}

function hookStop() {
	if (stopHooked) return;
	stopHooked = true;
	// `npm start` stops the backend in order on these signals, then exits; the
	// browser is closed beside it. Where nobody else handles the signal (a dev
	// server, say) it is raised again once the browser is closed, so the process
	// still ends as Node would have ended it. adapter-node's own server emits
	// sveltekit:shutdown. Should the process exit anyway, playwright kills the
	// browser it launched (its 'exit' handler).
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
		process.once(signal, () => {
			void closeRenderer().finally(() => {
				if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
			});
		});
	}
	process.once('sveltekit:shutdown' as never, () => void closeRenderer());
}

async function launch(): Promise<Browser> {
	const executablePath = chromiumPath();
	if (!existsSync(executablePath)) throw new RendererUnavailableError(`no Chromium at ${executablePath}`);
	// Playwright's own signal handlers would exit the process on Ctrl-C while the
	// server is still stopping Postgres: ours above only close the browser.
	const launched = await chromium.launch({ executablePath, args: ARGS, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false }).catch((failure: unknown) => {
		throw new RendererUnavailableError(failure instanceof Error ? failure.message : String(failure));
	});
	hookStop();
	return launched;
}

async function warmBrowser(): Promise<Browser> {
	if (!browser) {
		const launching = launch();
		browser = launching;
		// A failed launch or a crashed browser is launched again on the next render.
		const forget = () => {
			if (browser === launching) browser = null;
		};
		launching.then((b) => b.on('disconnected', forget), forget);
	}
	return browser;
}

/** Runs `work` in a fresh context of the warm browser, in the queue; the context is always closed. */
async function inContext<T>(options: Parameters<Browser['newContext']>[0], work: (context: BrowserContext) => Promise<T>): Promise<T> {
	return queue.run(async (signal) => {
		const context = await (await warmBrowser()).newContext(options);
		signal.addEventListener('abort', () => void context.close().catch(() => undefined));
		try {
			return await work(context);
		} finally {
			await context.close().catch(() => undefined);
		}
	});
}

export interface PdfRequest {
	/** The page to print, on the app's own origin. */
	url: string;
	/** The requesting person's cookies, so the page loads as them (RLS decides what it shows). */
	cookies: { name: string; value: string }[];
	/** A selector the page shows when everything (charts, canvas images) is drawn. */
	readySelector: string;
}

/** The page printed to an A4 PDF, backgrounds included, as Chromium's print does it. */
export async function renderPdf(request: PdfRequest): Promise<Uint8Array> {
	const origin = new URL(request.url).origin;
	return inContext({}, async (context) => {
		if (request.cookies.length) await context.addCookies(request.cookies.map((c) => ({ ...c, url: origin })));
		const page = await context.newPage();
		const response = await page.goto(request.url, { waitUntil: 'load', timeout: RENDER_LIMITS.timeoutMs });
		if (!response?.ok()) throw new Error(`the report page answered ${response?.status() ?? 'nothing'}`);
		await page.waitForSelector(request.readySelector, { state: 'attached', timeout: RENDER_LIMITS.timeoutMs });
		// Canvas images and web fonts finish after load on a slow machine: wait for both.
		await page.evaluate(async () => {
			await document.fonts.ready;
			await Promise.all([...document.images].map((img) => (img.complete ? null : img.decode().catch(() => null))));
		});
		await page.emulateMedia({ media: 'print' });
		return new Uint8Array(await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true }));
	});
}

/**
 * An SVG document drawn to PNG. The SVG is shown as an image (not inline
 * markup) in a page with JavaScript off, so nothing in it can run.
 */
export async function renderPng(svg: string, width: number, height: number): Promise<Uint8Array> {
	const scale = Math.min(1, RENDER_LIMITS.maxPngEdge / Math.max(width, height));
	const [w, h] = [Math.max(1, Math.round(width * scale)), Math.max(1, Math.round(height * scale))];
	return inContext({ javaScriptEnabled: false, viewport: { width: w, height: h } }, async (context) => {
		const page = await context.newPage();
		const source = `data:image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
		await page.setContent(
			`<!doctype html><html><body style="margin:0;background:#fff"><img id="canvas" alt="" src="${source}" width="${w}" height="${h}" style="display:block"></body></html>`,
			{ waitUntil: 'load', timeout: RENDER_LIMITS.timeoutMs }
		);
		return new Uint8Array(await page.locator('#canvas').screenshot({ type: 'png', timeout: RENDER_LIMITS.timeoutMs }));
	});
}
