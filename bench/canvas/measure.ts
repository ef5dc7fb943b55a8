/**
 * What is measured in the browser, the same way for the canvas page and the
 * baseline: page loads (performance marks from navigation start), frame times
 * during a pan and a zoom gesture, rendered notes, and for the canvas page the
 * remote edit and the JavaScript it loads.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext, Page } from '@playwright/test';
import { centreOn, type View } from '../../src/lib/canvas/viewport.ts';
import { machineBusyMs, treeCpu, treeCpuDelta } from '../realtime/proc.ts';
import { round, sleep, summarize, type Summary } from '../realtime/stats.ts';
import type { NodeClient, SeedNote } from './seed.ts';
import { traced, type TraceFigures } from './trace.ts';
import type { TypingFigures } from './typing.ts';

/** One vsync at 60 Hz. */
export const FRAME_MS = 1000 / 60;

/** Other processes' CPU, % of one core, above which a load's or gesture's figures count as disturbed. */
export const QUIET_PERCENT = 15;

export interface Options {
	loads: number;
	gestureMs: number;
	edits: number;
	/** How long a load may take to set both marks. */
	markTimeoutMs: number;
	/**
	 * Before each load and gesture, wait up to this long for other processes to use less than
	 * QUIET_PERCENT of a core (the two cores are shared); a disturbed gesture is also made again, twice at most.
	 */
	quietWaitMs: number;
	/** With --trace: the browser, to record a trace of each gesture. */
	tracer: Browser | null;
	log(line: string): void;
}

export interface PageState {
	url: string;
	title: string;
	board: boolean;
	boardRect: { left: number; top: number; width: number; height: number } | null;
	domNotes: number;
	api: boolean;
	view: View | string | null;
	noteCount: number | null;
	renderedCount: number | null;
	marks: string[];
	text: string;
}

export interface LoadFigures {
	/** From navigation start, ms. */
	firstRenderMs: number | null;
	interactiveMs: number | null;
	fcpMs: number | null;
	domContentLoadedMs: number | null;
	/** The page's canvas:* marks by name (mounted, local-copy, connect, synced, first-render ...), ms from navigation start. */
	phases: Record<string, number>;
	/**
	 * From navigation start: when frames began to come at every vsync (no gap over 20 ms) for 0.5 s,
	 * watched from the moment both marks were seen. Later than interactive by the work the page still
	 * did after its marks. Null: not at rest within 10 s.
	 */
	atRestMs: number | null;
	/** Notes in the document, and rendered (window.__canvas), after the load settled. */
	noteCount: number | null;
	renderedCount: number | null;
	domNotes: number;
	/** With --trace, the last load: main-thread time by kind from navigation start to the interactive mark. */
	trace?: TraceFigures | null;
	otherCpuPercent: number;
}

export interface FrameFigures extends Summary {
	/** Vsyncs without a new frame: a gap of n frame intervals counts n - 1. */
	dropped: number;
}

export interface GestureFigures {
	how: 'drag' | 'wheel' | 'ctrl+wheel' | 'pinch' | 'two-finger drag';
	frameMs: FrameFigures;
	durationMs: number;
	/** Input events sent; each waits for the page to take it. */
	events: number;
	/** The view at a point of the gesture: it must differ from the view before it, or nothing moved. */
	viewBefore: View | null;
	viewDuring: View | null;
	/** Notes rendered at that point. */
	renderedDuring: number | null;
	moved: boolean;
	startPoint?: { x: number; y: number; target?: string };
	/** With --trace: main-thread time by kind during the gesture. */
	trace?: TraceFigures | null;
	/** Busy CPU of processes that are not this benchmark's (Chromium, the app, Postgres are), % of one core. */
	otherCpuPercent: number;
	/** 1, or more when a disturbed gesture was made again (the last one counts). */
	attempts: number;
}

export interface EditFigures {
	/** Date.now() in Node before setNoteText to Date.now() in the page at the frame that shows it. */
	medianMs: number | null;
	p95Ms: number | null;
	maxMs: number | null;
	samples: number[];
	timeouts: number;
	detectedBy: string[];
	noteId: string | null;
}

export interface JsFigures {
	files: number;
	rawKb: number;
	gzipKb: number;
	/** Largest files first: path, gzip KB. */
	largest: [string, number][];
	missing: string[];
}

export interface ImplResult {
	impl: 'canvas' | 'baseline';
	notes: number;
	loads: LoadFigures[];
	/** Median of the loads (the first one with a cold IndexedDB and HTTP cache). */
	firstRenderMs: number | null;
	interactiveMs: number | null;
	fcpMs: number | null;
	coldFirstRenderMs: number | null;
	coldInteractiveMs: number | null;
	initialView: View | null;
	/** The board element's box in the window at the start. */
	boardRect: PageState['boardRect'];
	noteCount: number | null;
	renderedCount: number | null;
	/** Notes rendered at zoom 1 centred on the middle of the template: what virtualisation leaves out close up. */
	renderedAtZoom1: number | null;
	/** Median of the loads' atRestMs. */
	atRestMs: number | null;
	idle: FrameFigures | null;
	pan: GestureFigures | null;
	zoom: GestureFigures | null;
	remoteEdit: EditFigures | null;
	/** Canvas page only: typing on one page, seen on another (typing.ts); null when not measured. */
	typing?: TypingFigures | null;
	js: JsFigures | null;
	/** The most CPU other processes used during a load or gesture, % of one core: above ~15, the figures are disturbed. */
	otherCpuPercent: number | null;
	/** What went wrong or differed from the contract, in words. */
	problems: string[];
	/** Errors the page logged (console errors, uncaught exceptions, failed requests), first few. */
	pageErrors: string[];
}

const median = (values: (number | null)[]): number | null => {
	const v = values.filter((x): x is number => typeof x === 'number').sort((a, b) => a - b);
	return v.length ? round(v[Math.floor((v.length - 1) / 2)]) : null;
};

export const js = (expression: string) => `(async () => (${expression}))()`;

export function frames(deltas: number[]): FrameFigures {
	return { ...summarize(deltas), dropped: deltas.reduce((n, d) => n + Math.max(0, Math.round(d / FRAME_MS) - 1), 0) };
}

function watchErrors(page: Page, into: string[]) {
	const add = (line: string) => {
		if (into.length < 20) into.push(line.slice(0, 300));
	};
	page.on('pageerror', (error) => add(`uncaught: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') add(`console.error: ${message.text()}`);
	});
	page.on('requestfailed', (request) => add(`request failed: ${request.url()} (${request.failure()?.errorText})`));
}

export const describe = (page: Page) => page.evaluate(js('window.__bench.describe()')) as Promise<PageState>;

/** ' marks: mounted 310, local-copy 420, ...' in the order they were set. */
function phaseLine(phases: Record<string, number> | undefined): string {
	const list = Object.entries(phases ?? {}).sort((a, b) => a[1] - b[1]);
	return list.length ? ` marks: ${list.map(([name, ms]) => `${name} ${ms}`).join(', ')};` : '';
}

/** One navigation; resolves when both marks are set (or throws with what the page shows instead). */
async function loadOnce(page: Page, url: string, opts: Options, settleMs: number): Promise<Omit<LoadFigures, 'otherCpuPercent'>> {
	const response = await page.goto(url, { waitUntil: 'commit', timeout: 60_000 });
	const status = response?.status();
	let marked = false;
	try {
		marked = (await page.evaluate(js(`window.__bench.whenMarked(['canvas:first-render', 'canvas:interactive'], ${opts.markTimeoutMs})`))) as boolean;
	} catch (error) {
		throw new Error(`the page navigated away while loading (${(error as Error).message.split('\n')[0]}); now at ${page.url()}`);
	}
	if (!marked) {
		const state = await describe(page).catch((error: Error) => error.message);
		throw new Error(`marks canvas:first-render / canvas:interactive not both set ${opts.markTimeoutMs} ms after navigation (HTTP ${status}); the page: ${JSON.stringify(state)}`);
	}
	// Gestures start on a page at rest: whatever it still does after its marks is timed here, not in them.
	const atRest = (await page.evaluate(js('window.__bench.quiet(500, 10000)'))) as number | null;
	await sleep(settleMs);
	const [marks, state] = await Promise.all([
		page.evaluate(js('window.__bench.marks()')) as Promise<Record<string, number | null> & { phases: Record<string, number> }>,
		describe(page)
	]);
	return {
		firstRenderMs: round(marks.firstRender!),
		interactiveMs: round(marks.interactive!),
		fcpMs: marks.fcp === null ? null : round(marks.fcp),
		domContentLoadedMs: marks.domContentLoaded === null ? null : round(marks.domContentLoaded),
		phases: marks.phases,
		atRestMs: atRest,
		noteCount: state.noteCount,
		renderedCount: state.renderedCount,
		domNotes: state.domNotes
	};
}

export const view = (page: Page) => page.evaluate(js('window.__canvas.view()')) as Promise<View>;
export const setView = async (page: Page, v: View) => {
	await page.evaluate(js(`window.__canvas.setView(${JSON.stringify(v)})`));
	await sleep(300);
};
const rendered = (page: Page) => page.evaluate(js('window.__canvas.renderedCount()')) as Promise<number>;
export const sameView = (a: View | null, b: View | null) => !!a && !!b && Math.abs(a.x - b.x) < 0.5 && Math.abs(a.y - b.y) < 0.5 && Math.abs(a.zoom - b.zoom) < 1e-4;

/** Frame times of the page doing nothing: the floor every gesture is read against. */
async function idleFrames(page: Page, ms = 1000): Promise<FrameFigures> {
	await page.evaluate(js('window.__bench.startFrames()'));
	await sleep(ms);
	return frames((await page.evaluate(js('window.__bench.stopFrames()'))) as number[]);
}

/** Sends input every `everyMs` for `durationMs`; `step(t)` sends one event for the time t (0..1) of the gesture. */
export async function paced(durationMs: number, everyMs: number, step: (t: number) => Promise<void>, during: { at: number; take: () => Promise<unknown> }[]) {
	const start = performance.now();
	let events = 0;
	const pending = [...during].sort((a, b) => a.at - b.at);
	for (;;) {
		const tick = performance.now();
		const t = (tick - start) / durationMs;
		if (t >= 1) break;
		await step(t);
		events++;
		while (pending.length && t >= pending[0].at) await pending.shift()!.take();
		const wait = everyMs - (performance.now() - tick);
		if (wait > 0) await sleep(wait);
	}
	return { events, durationMs: performance.now() - start };
}

/**
 * Pan: press on empty board and drag the mouse round a circle of `radius`
 * twice (the circle's leftmost point is where the drag starts), a move every
 * 8 ms; where the pointer is depends on time only, so a slow page gets fewer,
 * longer moves. Falls back to plain wheel scrolling along the same circle when
 * there is no empty board to press on.
 */
export async function pan(page: Page, opts: Options, radius = 180): Promise<Omit<GestureFigures, 'otherCpuPercent' | 'attempts'>> {
	const size = page.viewportSize()!;
	const clampX = (x: number) => Math.min(size.width - 1, Math.max(1, x));
	const clampY = (y: number) => Math.min(size.height - 1, Math.max(1, y));
	const start = (await page.evaluate(js(`window.__bench.emptyPoint(${radius})`))) as { x: number; y: number; target: string } | null;
	const before = await view(page);
	let during: View | null = null;
	let renderedDuring: number | null = null;
	const sample = { at: 0.25, take: async () => ((during = await view(page)), (renderedDuring = await rendered(page))) };
	const at = (t: number) => {
		const angle = Math.PI + 4 * Math.PI * t;
		return { x: radius * (1 + Math.cos(angle)), y: radius * Math.sin(angle) };
	};
	let result: { events: number; durationMs: number };
	let how: GestureFigures['how'];
	if (start) {
		how = 'drag';
		await page.mouse.move(start.x, start.y);
		await page.mouse.down();
		await page.evaluate(js('window.__bench.startFrames()'));
		result = await paced(opts.gestureMs, 8, async (t) => {
			const p = at(t);
			await page.mouse.move(clampX(start.x + p.x), clampY(start.y + p.y));
		}, [sample]);
		await page.mouse.move(start.x, start.y);
		await page.evaluate(js('window.__bench.nextFrame()'));
		await page.mouse.up();
	} else {
		how = 'wheel';
		const centre = (await page.evaluate(js('window.__bench.boardCentre()'))) as { x: number; y: number };
		await page.mouse.move(centre.x, centre.y);
		await page.evaluate(js('window.__bench.startFrames()'));
		let last = at(0);
		result = await paced(opts.gestureMs, 8, async (t) => {
			const p = at(t);
			// Scrolling moves the content the other way.
			await page.mouse.wheel(last.x - p.x, last.y - p.y);
			last = p;
		}, [sample]);
		await page.evaluate(js('window.__bench.nextFrame()'));
	}
	const deltas = (await page.evaluate(js('window.__bench.stopFrames()'))) as number[];
	return {
		how,
		frameMs: frames(deltas),
		durationMs: Math.round(result.durationMs),
		events: result.events,
		viewBefore: before,
		viewDuring: during,
		renderedDuring,
		moved: !sameView(before, during),
		startPoint: start ?? undefined
	};
}

/**
 * Zoom: ctrl+wheel over the board's centre, the zoom following
 * ln(zoom / start) = A sin(4 pi t), two cycles in and out, A = ln 2.5; each
 * event carries the delta that brings the zoom to where it should be by now
 * (exp(-deltaY / 100) per event, as viewport.ts wheelZoomFactor), so a slow
 * page gets fewer, bigger steps. Ends where it started.
 */
export async function zoom(page: Page, opts: Options): Promise<Omit<GestureFigures, 'otherCpuPercent' | 'attempts'>> {
	const centre = (await page.evaluate(js('window.__bench.boardCentre()'))) as { x: number; y: number };
	const amplitude = Math.log(2.5);
	const before = await view(page);
	let during: View | null = null;
	let renderedDuring: number | null = null;
	// At t = 0.375 the zoom is furthest out: the most notes on screen.
	const sample = { at: 0.375, take: async () => ((during = await view(page)), (renderedDuring = await rendered(page))) };
	await page.mouse.move(centre.x, centre.y);
	await page.keyboard.down('Control');
	let sent = 0;
	const wheelTo = async (target: number) => {
		const deltaY = Math.max(-100, Math.min(100, -(target - sent) * 100));
		if (Math.abs(deltaY) < 0.5) return;
		await page.mouse.wheel(0, deltaY);
		sent += -deltaY / 100;
	};
	try {
		await page.evaluate(js('window.__bench.startFrames()'));
		const result = await paced(opts.gestureMs, 8, (t) => wheelTo(amplitude * Math.sin(4 * Math.PI * t)), [sample]);
		while (Math.abs(sent) > 0.005) await wheelTo(0);
		await page.evaluate(js('window.__bench.nextFrame()'));
		const deltas = (await page.evaluate(js('window.__bench.stopFrames()'))) as number[];
		return {
			how: 'ctrl+wheel',
			frameMs: frames(deltas),
			durationMs: Math.round(result.durationMs),
			events: result.events,
			viewBefore: before,
			viewDuring: during,
			renderedDuring,
			moved: !sameView(before, during)
		};
	} finally {
		await page.keyboard.up('Control');
	}
}

/** Node edits a visible note's text on its own provider; the page reports when the text is in the DOM, at the next frame. */
async function remoteEdits(page: Page, client: NodeClient, notes: SeedNote[], opts: Options): Promise<EditFigures> {
	const target = (await page.evaluate(js('window.__bench.visibleNote()'))) as { id: string; text: string } | null;
	const out: EditFigures = { medianMs: null, p95Ms: null, maxMs: null, samples: [], timeouts: 0, detectedBy: [], noteId: target?.id ?? null };
	if (!target) return out;
	const original = notes.find((n) => n.id === target.id)?.text ?? 'Edited note';
	for (let i = 0; i < opts.edits; i++) {
		const text = `${original} (edit ${i + 1})`;
		await page.evaluate(js(`window.__bench.watchText(${JSON.stringify(target.id)}, ${JSON.stringify(text)}, 5000)`));
		const sent = Date.now();
		client.setText(target.id, text);
		const seen = (await page.evaluate(js('window.__bench.textSeen()'))) as { at: number; how: string } | null;
		if (seen) {
			out.samples.push(seen.at - sent);
			if (!out.detectedBy.includes(seen.how)) out.detectedBy.push(seen.how);
		} else out.timeouts++;
		await sleep(250);
	}
	const s = summarize(out.samples);
	if (out.samples.length) Object.assign(out, { medianMs: s.p50, p95Ms: s.p95, maxMs: s.max });
	return out;
}

/** Every .js file the page loaded from our origin, gzipped (level 9) from build/client as the server would send it. */
async function jsShipped(urls: string[], origin: string, root: string): Promise<JsFigures> {
	const files: [string, number, number][] = [];
	const missing: string[] = [];
	for (const href of urls) {
		const url = new URL(href);
		if (url.origin !== origin) continue;
		const path = decodeURIComponent(url.pathname);
		const body = await readFile(join(root, 'build', 'client', path)).catch(() => null);
		if (!body) {
			missing.push(path);
			continue;
		}
		files.push([path, body.byteLength, gzipSync(body, { level: 9 }).byteLength]);
	}
	files.sort((a, b) => b[2] - a[2]);
	return {
		files: files.length,
		rawKb: round(files.reduce((n, f) => n + f[1], 0) / 1024),
		gzipKb: round(files.reduce((n, f) => n + f[2], 0) / 1024),
		largest: files.slice(0, 8).map(([p, , gz]) => [p, round(gz / 1024)]),
		missing
	};
}

/**
 * Starts a window; the function it returns gives the busy CPU, % of one core, of every process that is
 * not this one or its descendants (Chromium, the app and its database are all started from here).
 */
function otherCpu(): () => number {
	const machine = machineBusyMs().busy;
	const ours = treeCpu([process.pid]);
	const start = performance.now();
	return () => {
		const mine = treeCpuDelta(ours, treeCpu([process.pid]));
		const busy = machineBusyMs().busy - machine;
		return round((Math.max(0, busy - mine) / (performance.now() - start)) * 100);
	};
}

async function withOtherCpu<T extends object>(run: () => Promise<T>): Promise<T & { otherCpuPercent: number }> {
	const other = otherCpu();
	const result = await run();
	return { ...result, otherCpuPercent: other() };
}

/** Waits (up to opts.quietWaitMs) until other processes use less than QUIET_PERCENT of a core over 1 s. */
export async function quietMachine(opts: Options, what: string): Promise<void> {
	const start = performance.now();
	let other = 0;
	while (performance.now() - start < opts.quietWaitMs) {
		const window = otherCpu();
		await sleep(1000);
		other = window();
		if (other < QUIET_PERCENT) {
			const waited = performance.now() - start;
			if (waited > 1500) opts.log(`  waited ${(waited / 1000).toFixed(0)} s for other processes to calm down before ${what}`);
			return;
		}
	}
	if (opts.quietWaitMs > 0) opts.log(`  other processes still used ${other}% of a core after ${opts.quietWaitMs / 1000} s: measuring ${what} anyway`);
}

/** A gesture on a quiet machine: made again (twice at most) if other processes disturbed it. */
export async function gesture(
	page: Page,
	opts: Options,
	what: string,
	run: () => Promise<Omit<GestureFigures, 'otherCpuPercent' | 'attempts'>>,
	reset: () => Promise<void>
): Promise<GestureFigures> {
	for (let attempt = 1; ; attempt++) {
		await quietMachine(opts, what);
		const [figures, trace] = await traced(opts.tracer, page, () => withOtherCpu(run));
		if (figures.otherCpuPercent < QUIET_PERCENT || attempt >= 3 || opts.quietWaitMs === 0) return { ...figures, trace, attempts: attempt };
		opts.log(`  ${what}: other processes used ${figures.otherCpuPercent}% of a core meanwhile: again`);
		await reset();
	}
}

export const traceLine = (t: TraceFigures | null | undefined) =>
	t
		? `; main thread busy ${t.mainBusyMs} of ${t.windowMs} ms (${Object.entries(t.mainMs).map(([k, ms]) => `${k} ${ms}`).join(', ')}), raster ${t.rasterMs} ms; most self time: ${t.topSelf.map(([n, ms]) => `${n} ${ms}`).join(', ')}; longest tasks: ${t.longest.map(([, ms]) => ms).join(', ')} ms`
		: '';

export interface Target {
	impl: 'canvas' | 'baseline';
	url: string;
	notes: SeedNote[];
	/** The middle of the template, world units. */
	centre?: { x: number; y: number };
	/** For the canvas page: the Node client that makes the remote edits, and where the built files are. */
	client?: NodeClient;
	origin?: string;
	root?: string;
}

/**
 * Loads the page `opts.loads` times (each in a new tab of the same context:
 * the first with a cold IndexedDB and HTTP cache, later ones warm), keeps the
 * last one open and measures the gestures, rendering and edits on it.
 */
export async function measure(context: BrowserContext, target: Target, opts: Options): Promise<ImplResult> {
	const result: ImplResult = {
		impl: target.impl,
		notes: target.notes.length,
		loads: [],
		firstRenderMs: null,
		interactiveMs: null,
		fcpMs: null,
		coldFirstRenderMs: null,
		coldInteractiveMs: null,
		initialView: null,
		boardRect: null,
		noteCount: null,
		renderedCount: null,
		renderedAtZoom1: null,
		atRestMs: null,
		idle: null,
		pan: null,
		zoom: null,
		remoteEdit: null,
		js: null,
		otherCpuPercent: null,
		problems: [],
		pageErrors: []
	};
	const scripts = new Set<string>();
	let page: Page | null = null;
	const label = `${target.notes.length} notes, ${target.impl}`;
	try {
		for (let i = 0; i < opts.loads; i++) {
			await page?.close();
			page = await context.newPage();
			watchErrors(page, result.pageErrors);
			// The first load also lets the page store what it synced (IndexedDB) before the tab closes.
			const last = i === opts.loads - 1;
			await quietMachine(opts, `load ${i + 1}`);
			const [figures, loadTrace] = await traced(last ? opts.tracer : null, page, () => withOtherCpu(() => loadOnce(page!, target.url, opts, i === 0 ? 1000 : 0)), {
				from: 'navigationStart',
				to: 'canvas:interactive'
			});
			result.loads.push(loadTrace ? { ...figures, trace: loadTrace } : figures);
			for (const url of (await page.evaluate(js('window.__bench.scripts()'))) as string[]) scripts.add(url);
			opts.log(`  ${label}: load ${i + 1}${i === 0 ? ' (cold)' : ''}: first render ${figures.firstRenderMs} ms, interactive ${figures.interactiveMs} ms, at rest ${figures.atRestMs ?? 'not within 10 s'} ms,${phaseLine(figures.phases)} rendered ${figures.renderedCount ?? figures.domNotes}/${figures.noteCount ?? '?'}, other CPU ${figures.otherCpuPercent}%${traceLine(loadTrace)}`);
		}
		result.firstRenderMs = median(result.loads.map((l) => l.firstRenderMs));
		result.interactiveMs = median(result.loads.map((l) => l.interactiveMs));
		result.fcpMs = median(result.loads.map((l) => l.fcpMs));
		result.atRestMs = median(result.loads.map((l) => l.atRestMs));
		if (result.loads.some((l) => l.atRestMs === null)) result.problems.push('after a load, frames still came late 10 s after the marks');
		result.coldFirstRenderMs = result.loads[0]?.firstRenderMs ?? null;
		result.coldInteractiveMs = result.loads[0]?.interactiveMs ?? null;
		const state = await describe(page!);
		if (!state.api) throw new Error(`window.__canvas is missing after the interactive mark; the page: ${JSON.stringify(state)}`);
		result.initialView = typeof state.view === 'object' ? state.view : null;
		result.boardRect = state.boardRect;
		result.noteCount = state.noteCount;
		result.renderedCount = state.renderedCount;
		if (state.noteCount !== target.notes.length) result.problems.push(`noteCount() is ${state.noteCount}, ${target.notes.length} notes were written`);
		if (state.renderedCount !== state.domNotes) result.problems.push(`renderedCount() is ${state.renderedCount} but the DOM has ${state.domNotes} [data-note-id] elements`);
		if (state.domNotes === 0) result.problems.push('no [data-note-id] element rendered at the initial view');

		await quietMachine(opts, `${label}: idle frames`);
		result.idle = await idleFrames(page!);
		const reset = async () => {
			if (result.initialView) await setView(page!, result.initialView);
		};
		result.pan = await gesture(page!, opts, `${label}: pan`, () => pan(page!, opts), reset);
		if (result.pan.how === 'wheel') result.problems.push('no empty board point at the initial view to drag from: panned with the plain wheel instead');
		if (!result.pan.moved) result.problems.push(`the pan (${result.pan.how}) did not change window.__canvas.view()`);
		opts.log(`  ${label}: pan (${result.pan.how}, ${result.pan.events} events): frames p50 ${result.pan.frameMs.p50} / p95 ${result.pan.frameMs.p95} / max ${result.pan.frameMs.max} ms, other CPU ${result.pan.otherCpuPercent}%${traceLine(result.pan.trace)}`);
		await reset();
		result.zoom = await gesture(page!, opts, `${label}: zoom`, () => zoom(page!, opts), reset);
		if (!result.zoom.moved) result.problems.push('ctrl+wheel did not change window.__canvas.view()');
		await reset();
		opts.log(`  ${label}: zoom (${result.zoom.events} events): frames p50 ${result.zoom.frameMs.p50} / p95 ${result.zoom.frameMs.p95} / max ${result.zoom.frameMs.max} ms, other CPU ${result.zoom.otherCpuPercent}%${traceLine(result.zoom.trace)}`);

		if (result.boardRect && target.centre) {
			await setView(page!, centreOn(target.centre, 1, { w: result.boardRect.width, h: result.boardRect.height }));
			result.renderedAtZoom1 = await rendered(page!);
			if (result.initialView) await setView(page!, result.initialView);
		}

		if (target.client) {
			result.remoteEdit = await remoteEdits(page!, target.client, target.notes, opts);
			if (!result.remoteEdit.noteId) result.problems.push('no visible, uncovered note to edit');
			if (result.remoteEdit.timeouts) result.problems.push(`${result.remoteEdit.timeouts} of ${opts.edits} remote edits never showed within 5 s`);
			opts.log(`  ${label}: remote edit median ${result.remoteEdit.medianMs} ms, max ${result.remoteEdit.maxMs} ms (${result.remoteEdit.samples.length} seen)`);
			for (const url of (await page!.evaluate(js('window.__bench.scripts()'))) as string[]) scripts.add(url);
		}
		if (target.origin && target.root) result.js = await jsShipped([...scripts], target.origin, target.root);
	} catch (error) {
		result.problems.push((error as Error).message);
		opts.log(`  ${label}: ${(error as Error).message}`);
		if (target.origin && target.root && scripts.size && !result.js) result.js = await jsShipped([...scripts], target.origin, target.root);
	} finally {
		await page?.close().catch(() => {});
	}
	const others = [...result.loads.map((l) => l.otherCpuPercent), result.pan?.otherCpuPercent, result.zoom?.otherCpuPercent].filter((v): v is number => typeof v === 'number');
	result.otherCpuPercent = others.length ? Math.max(...others) : null;
	return result;
}
