/**
 * --trace: where a gesture's time goes. Records a Chromium trace (devtools
 * timeline categories, what DevTools' Performance panel records) around the
 * gesture and sums, on the page's renderer main thread, each event's self time
 * by kind (script, style, layout, paint, gc, parse), plus raster time on the
 * raster worker threads. Tracing costs a little: read frame times from an
 * untraced run.
 */
import type { Browser, Page } from '@playwright/test';
import { round } from '../realtime/stats.ts';

export interface TraceFigures {
	/** Self time on the renderer main thread by kind, ms. */
	mainMs: Record<string, number>;
	mainBusyMs: number;
	/** Time in raster tasks on the worker threads (they run in parallel with the main thread). */
	rasterMs: number;
	/** The longest main-thread events (with their own children), name and ms. */
	longest: [string, number][];
	/** Event names with the most self time, across kinds. */
	topSelf: [string, number][];
	windowMs: number | null;
}

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { name?: string };
}

const KIND: [RegExp, string][] = [
	[/^(FunctionCall|EventDispatch|TimerFire|FireAnimationFrame|EvaluateScript|v8\.compile|v8\.run|v8\.callFunction|RunMicrotasks|V8\.Execute|FireIdleCallback|XHRReadyStateChange|v8\.evaluateModule|v8\.produceCache|ResourceReceivedData|HandlePostMessage)$/, 'script'],
	[/^(MinorGC|MajorGC|V8\.GC.*|BlinkGC.*|GCEvent|CppGC.*)$/, 'gc'],
	[/^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet)$/, 'style'],
	[/^(Layout|LayoutShift|IntersectionObserverController::computeIntersections|ResizeObserver.*)$/, 'layout'],
	[/^(Paint|PrePaint|PaintImage|Layerize|UpdateLayer|UpdateLayerTree|CompositeLayers|Commit|PaintSetup|Decode.*)$/, 'paint'],
	[/^(ParseHTML)$/, 'parse']
];
const kindOf = (name: string) => KIND.find(([re]) => re.test(name))?.[1] ?? 'other';

/** A window of the trace, between two marks (user timing or blink's navigationStart); the first of each name. */
export interface TraceWindow {
	from: string;
	to: string;
}

const GESTURE: TraceWindow = { from: 'bench:frames-start', to: 'bench:frames-stop' };

export async function traced<T>(browser: Browser | null, page: Page, run: () => Promise<T>, window: TraceWindow = GESTURE): Promise<[T, TraceFigures | null]> {
	if (!browser) return [await run(), null];
	await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'] });
	let result: T;
	try {
		result = await run();
	} catch (error) {
		await browser.stopTracing().catch(() => {});
		throw error;
	}
	const buffer = await browser.stopTracing();
	return [result, summarise(JSON.parse(buffer.toString()).traceEvents as TraceEvent[], window)];
}

function summarise(events: TraceEvent[], window: TraceWindow): TraceFigures {
	const names = new Map<string, string>();
	for (const e of events) if (e.ph === 'M' && e.name === 'thread_name' && e.args?.name) names.set(`${e.pid}:${e.tid}`, e.args.name);
	// The window between the marks (for a gesture: when frame recording started and stopped);
	// a task already running at its start or still running at its end is clipped to it.
	const mark = (name: string) => events.filter((e) => e.name === name && e.ph !== 'M').sort((a, b) => a.ts - b.ts)[0]?.ts;
	const from = mark(window.from) ?? -Infinity;
	const to = mark(window.to) ?? Infinity;
	const complete = events
		.filter((e) => e.ph === 'X' && typeof e.dur === 'number' && e.ts < to && e.ts + e.dur! > from)
		.map((e) => {
			const ts = Math.max(e.ts, from);
			return { ...e, ts, dur: Math.min(e.ts + e.dur!, to) - ts };
		});
	// The page's main thread: the renderer main thread that did the most.
	const busy = new Map<string, number>();
	for (const e of complete) {
		const key = `${e.pid}:${e.tid}`;
		if (names.get(key) === 'CrRendererMain') busy.set(key, (busy.get(key) ?? 0) + e.dur!);
	}
	const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
	const mainEvents = complete.filter((e) => `${e.pid}:${e.tid}` === main).sort((a, b) => a.ts - b.ts || b.dur! - a.dur!);
	const self = new Map<string, number>();
	const byName = new Map<string, number>();
	const stack: { end: number; kind: string; name: string; childMs: number; dur: number }[] = [];
	const close = (until: number) => {
		while (stack.length && stack[stack.length - 1].end <= until) {
			const top = stack.pop()!;
			const own = Math.max(0, top.dur - top.childMs);
			self.set(top.kind, (self.get(top.kind) ?? 0) + own);
			byName.set(top.name, (byName.get(top.name) ?? 0) + own);
		}
	};
	let mainBusy = 0;
	const longest: [string, number][] = [];
	for (const e of mainEvents) {
		close(e.ts);
		const parent = stack[stack.length - 1];
		if (parent) parent.childMs += e.dur!;
		else {
			mainBusy += e.dur!;
			longest.push([e.name, e.dur! / 1000]);
		}
		// A child counts under its own kind; an unknown child of a known event counts as its parent's kind.
		const kind = kindOf(e.name);
		stack.push({ end: e.ts + e.dur!, kind: kind === 'other' && parent ? parent.kind : kind, name: e.name, childMs: 0, dur: e.dur! });
	}
	close(Infinity);
	const raster = complete.filter((e) => /^(RasterTask|RasterizerTask)$/.test(e.name) && names.get(`${e.pid}:${e.tid}`) !== 'CrRendererMain');
	return {
		mainMs: Object.fromEntries([...self].map(([k, us]) => [k, round(us / 1000)]).sort((a, b) => (b[1] as number) - (a[1] as number))),
		mainBusyMs: round(mainBusy / 1000),
		rasterMs: round(raster.reduce((n, e) => n + e.dur!, 0) / 1000),
		longest: longest.sort((a, b) => b[1] - a[1]).slice(0, 5).map(([n, ms]) => [n, round(ms)]),
		topSelf: [...byName].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([n, us]) => [n, round(us / 1000)]),
		windowMs: Number.isFinite(from) && Number.isFinite(to) ? round((to - from) / 1000) : null
	};
}
