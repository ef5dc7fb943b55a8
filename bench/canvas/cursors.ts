/**
 * The cursors case (issue 11, "thirty people's cursors cost nothing"): one
 * canvas page, on a desktop (1280x800, mouse) and a phone (390x844, touch),
 * measured first with nobody else connected and then with `peers` people
 * (peers.ts) moving their cursors at `hz` over the real realtime server, in
 * the same page and run. Per condition: main-thread busy time over 3 s at rest
 * (CDP Performance metrics: TaskDuration), then a pan and a zoom (desktop:
 * mouse drag, ctrl+wheel; phone: one-finger drag, two-finger pinch through
 * CDP Input.dispatchTouchEvent), read as frame times and dropped vsyncs.
 */
import type { Browser, CDPSession, Page } from '@playwright/test';
import type { View } from '../../src/lib/canvas/viewport.ts';
import { machineBusyMs, treeCpu, treeCpuDelta } from '../realtime/proc.ts';
import { round, sleep } from '../realtime/stats.ts';
import type { Goal } from '../realtime/report.ts';
import {
	frames,
	gesture,
	js,
	paced,
	pan,
	quietMachine,
	sameView,
	setView,
	traceLine,
	view,
	zoom,
	type FrameFigures,
	type GestureFigures,
	type Options
} from './measure.ts';
import { traced, type TraceFigures } from './trace.ts';
import { connectPeers, type PeerClient, type PeerLoad, type PeerPerson } from './peers.ts';

export const DEVICES = {
	desktop: { viewport: { width: 1280, height: 800 }, isMobile: false, hasTouch: false },
	phone: { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true }
} as const;
export type Device = keyof typeof DEVICES;

/** The goals, as ratios to the nobody-connected case of the same run. */
export const CURSOR_FRAME_RATIO_GOAL = 1.2;
export const CURSOR_REST_RATIO_GOAL = 2;
/** Main-thread time is summed over this long at rest. */
export const REST_MS = 3000;

export interface RestFigures {
	/** Renderer main-thread task time over REST_MS, ms (CDP Performance.getMetrics TaskDuration). */
	busyMs: number;
	scriptMs: number;
	styleMs: number;
	layoutMs: number;
	otherCpuPercent: number;
	/** With --trace: main-thread time by kind during the rest. */
	trace?: TraceFigures;
}

export interface CursorRow {
	device: Device;
	/** People connected besides this page. */
	peers: number;
	/** Cursors the page drew when the measuring began ([data-testid="cursor"]). */
	cursorsShown: number;
	rest: RestFigures | null;
	pan: GestureFigures | null;
	zoom: GestureFigures | null;
	problems: string[];
}

export interface CursorsTarget {
	url: string;
	origin: string;
	token: string;
	canvasId: string;
	initScript: { path: string };
	people: PeerPerson[];
	load: PeerLoad;
	devices: Device[];
}

const metric = (list: { name: string; value: number }[], name: string) => list.find((m) => m.name === name)?.value ?? 0;

async function rest(page: Page, cdp: CDPSession, opts: Options, what: string): Promise<RestFigures> {
	await quietMachine(opts, what);
	const [figures, trace] = await traced(
		opts.tracer,
		page,
		async () => {
			await page.evaluate(`performance.mark('bench:rest-start')`);
			const { metrics: before } = await cdp.send('Performance.getMetrics');
			const t = performance.now();
			const other = otherCpuWindow();
			await sleep(REST_MS);
			const { metrics: after } = await cdp.send('Performance.getMetrics');
			await page.evaluate(`performance.mark('bench:rest-stop')`);
			const scale = (REST_MS / (performance.now() - t)) * 1000;
			const d = (name: string) => round((metric(after, name) - metric(before, name)) * scale);
			return { busyMs: d('TaskDuration'), scriptMs: d('ScriptDuration'), styleMs: d('RecalcStyleDuration'), layoutMs: d('LayoutDuration'), otherCpuPercent: other() };
		},
		{ from: 'bench:rest-start', to: 'bench:rest-stop' }
	);
	return trace ? { ...figures, trace } : figures;
}

/** Busy CPU of processes not started here, % of one core, over the window it opens (as measure.ts's gestures). */
function otherCpuWindow(): () => number {
	const machine = machineBusyMs().busy;
	const ours = treeCpu([process.pid]);
	const start = performance.now();
	return () => round((Math.max(0, machineBusyMs().busy - machine - treeCpuDelta(ours, treeCpu([process.pid]))) / (performance.now() - start)) * 100);
}

type Touch = { x: number; y: number; id: number };
const touch = (cdp: CDPSession, type: 'touchStart' | 'touchMove' | 'touchEnd', touchPoints: Touch[]) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints });

/**
 * Phone pan: one finger on empty board round a circle of `radius`, twice, as pan() does with the mouse.
 * With no empty board on screen (a phone's fitted view is full of notes) one finger would drag a note:
 * then two fingers a fixed distance apart make the same circle (a pinch that only moves).
 */
async function touchPan(page: Page, cdp: CDPSession, opts: Options, radius = 100): Promise<Omit<GestureFigures, 'otherCpuPercent' | 'attempts'>> {
	const start = (await page.evaluate(js(`window.__bench.emptyPoint(${radius})`))) as { x: number; y: number } | null;
	const from = start ?? ((await page.evaluate(js('window.__bench.boardCentre()'))) as { x: number; y: number });
	const fingers = (p: { x: number; y: number }): Touch[] => (start ? [{ ...p, id: 0 }] : [{ x: p.x - 30, y: p.y, id: 0 }, { x: p.x + 30, y: p.y, id: 1 }]);
	const before = await view(page);
	let during: View | null = null;
	const at = (t: number) => {
		const angle = Math.PI + 4 * Math.PI * t;
		return { x: from.x + radius * (1 + Math.cos(angle)), y: from.y + radius * Math.sin(angle) };
	};
	// Frames first, then the finger: a finger that rests (a slow round trip) would be a long press, not a pan.
	await page.evaluate(js('window.__bench.startFrames()'));
	await touch(cdp, 'touchStart', fingers(from));
	const result = await paced(opts.gestureMs, 8, (t) => touch(cdp, 'touchMove', fingers(at(t))).then(() => {}), [{ at: 0.25, take: async () => (during = await view(page)) }]);
	await touch(cdp, 'touchEnd', []);
	await page.evaluate(js('window.__bench.nextFrame()'));
	const deltas = (await page.evaluate(js('window.__bench.stopFrames()'))) as number[];
	return { how: start ? 'drag' : 'two-finger drag', frameMs: frames(deltas), durationMs: Math.round(result.durationMs), events: result.events, viewBefore: before, viewDuring: during, renderedDuring: null, moved: !sameView(before, during) };
}

/** Phone pinch: two fingers about the board's centre, their distance following 2.5^sin(4 pi t), as zoom() does with the wheel. */
async function pinch(page: Page, cdp: CDPSession, opts: Options): Promise<Omit<GestureFigures, 'otherCpuPercent' | 'attempts'>> {
	const c = (await page.evaluate(js('window.__bench.boardCentre()'))) as { x: number; y: number };
	const base = 60;
	const fingers = (d: number): Touch[] => [
		{ x: c.x - d, y: c.y - d / 2, id: 0 },
		{ x: c.x + d, y: c.y + d / 2, id: 1 }
	];
	const before = await view(page);
	let during: View | null = null;
	await page.evaluate(js('window.__bench.startFrames()'));
	await touch(cdp, 'touchStart', fingers(base));
	const result = await paced(opts.gestureMs, 8, (t) => touch(cdp, 'touchMove', fingers(base * Math.pow(2.5, Math.sin(4 * Math.PI * t)))).then(() => {}), [
		{ at: 0.125, take: async () => (during = await view(page)) }
	]);
	await touch(cdp, 'touchMove', fingers(base));
	await touch(cdp, 'touchEnd', []);
	await page.evaluate(js('window.__bench.nextFrame()'));
	const deltas = (await page.evaluate(js('window.__bench.stopFrames()'))) as number[];
	return { how: 'pinch', frameMs: frames(deltas), durationMs: Math.round(result.durationMs), events: result.events, viewBefore: before, viewDuring: during, renderedDuring: null, moved: !sameView(before, during) };
}

const cursorsShown = (page: Page) => page.evaluate(`document.querySelectorAll('[data-testid="cursor"]').length`) as Promise<number>;

async function measureRow(page: Page, cdp: CDPSession, device: Device, peers: number, opts: Options, initial: View): Promise<CursorRow> {
	const label = `cursors, ${device}, ${peers ? `${peers} peers` : 'nobody else'}`;
	const row: CursorRow = { device, peers, cursorsShown: await cursorsShown(page), rest: null, pan: null, zoom: null, problems: [] };
	const reset = () => setView(page, initial);
	try {
		row.rest = await rest(page, cdp, opts, `${label}: rest`);
		opts.log(`  ${label}: at rest, main thread busy ${row.rest.busyMs} ms of ${REST_MS} (script ${row.rest.scriptMs}, style ${row.rest.styleMs}, layout ${row.rest.layoutMs}), ${row.cursorsShown} cursors shown, other CPU ${row.rest.otherCpuPercent}%${traceLine(row.rest.trace)}`);
		row.pan = await gesture(page, opts, `${label}: pan`, () => (device === 'phone' ? touchPan(page, cdp, opts) : pan(page, opts)), reset);
		await reset();
		row.zoom = await gesture(page, opts, `${label}: ${device === 'phone' ? 'pinch' : 'zoom'}`, () => (device === 'phone' ? pinch(page, cdp, opts) : zoom(page, opts)), reset);
		await reset();
		for (const g of [row.pan, row.zoom]) {
			if (!g.moved) row.problems.push(`${label}: the ${g.how} did not change the view`);
			opts.log(`  ${label}: ${g.how} (${g.events} events): frames p50 ${g.frameMs.p50} / p95 ${g.frameMs.p95} / max ${g.frameMs.max} ms, ${g.frameMs.dropped} dropped, other CPU ${g.otherCpuPercent}%${traceLine(g.trace)}`);
		}
	} catch (error) {
		row.problems.push(`${label}: ${(error as Error).message.split('\n')[0]}`);
		opts.log(`  ${label}: ${(error as Error).message}`);
	}
	return row;
}

/** Both devices, each alone and then with the peers; the peers leave between devices. */
export async function measureCursors(browser: Browser, target: CursorsTarget, opts: Options): Promise<CursorRow[]> {
	const rows: CursorRow[] = [];
	for (const device of target.devices) {
		const context = await browser.newContext({ ...DEVICES[device] });
		await context.addCookies([{ name: 'cc_access', value: target.token, url: target.origin, httpOnly: true, sameSite: 'Lax' }]);
		await context.addInitScript(target.initScript);
		let peers: PeerClient[] = [];
		try {
			const page = await context.newPage();
			await page.goto(target.url);
			if (!(await page.evaluate(js(`window.__bench.whenMarked(['canvas:first-render', 'canvas:interactive'], ${opts.markTimeoutMs})`)))) throw new Error(`cursors, ${device}: the page set no marks`);
			await page.evaluate(js('window.__bench.quiet(500, 10000)'));
			const cdp = await context.newCDPSession(page);
			await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
			const initial = await view(page);
			rows.push(await measureRow(page, cdp, device, 0, opts, initial));

			peers = await connectPeers(target.origin, target.canvasId, target.people);
			peers.forEach((p, i) => p.start(target.load, i));
			// Until the page draws every peer's cursor (or 10 s), then a little longer for the editing highlights.
			const deadline = Date.now() + 10_000;
			while ((await cursorsShown(page)) < target.people.length && Date.now() < deadline) await sleep(250);
			await sleep(1500);
			const row = await measureRow(page, cdp, device, target.people.length, opts, initial);
			if (row.cursorsShown < target.people.length) row.problems.push(`${device}: the page showed ${row.cursorsShown} of ${target.people.length} cursors`);
			rows.push(row);
		} catch (error) {
			rows.push({ device, peers: target.people.length, cursorsShown: 0, rest: null, pan: null, zoom: null, problems: [(error as Error).message.split('\n')[0]] });
		} finally {
			for (const p of peers) p.close();
			await context.close();
		}
		// The server drops the peers' states when their sockets close; the next page starts alone.
		await sleep(1000);
	}
	return rows;
}

const trio = (f: FrameFigures | undefined) => (f ? `${f.p50}/${f.p95}/${f.max}` : '-');
const dropped = (g: GestureFigures | null) => (g ? `${g.frameMs.dropped}/${g.frameMs.samples + g.frameMs.dropped}` : '-');

export function cursorsTable(rows: CursorRow[]): string {
	const columns: [string, (r: CursorRow) => string][] = [
		['device', (r) => r.device],
		['peers', (r) => String(r.peers)],
		['cursors shown', (r) => String(r.cursorsShown)],
		[`busy at rest ms/${REST_MS / 1000} s`, (r) => (r.rest ? String(r.rest.busyMs) : '-')],
		['script/style/layout ms', (r) => (r.rest ? `${r.rest.scriptMs}/${r.rest.styleMs}/${r.rest.layoutMs}` : '-')],
		['pan p50/p95/max ms', (r) => trio(r.pan?.frameMs)],
		['pan dropped', (r) => dropped(r.pan)],
		['zoom|pinch p50/p95/max ms', (r) => trio(r.zoom?.frameMs)],
		['zoom|pinch dropped', (r) => dropped(r.zoom)],
		['other CPU%', (r) => String(rowOtherCpu(r))]
	];
	const cells = [columns.map(([h]) => h), ...rows.map((r) => columns.map(([, f]) => f(r)))];
	const widths = columns.map((_, i) => Math.max(...cells.map((c) => c[i].length)));
	const line = (c: string[]) => c.map((cell, i) => (i < 1 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join(' | ');
	return [line(cells[0]), widths.map((w) => '-'.repeat(w)).join('-+-'), ...cells.slice(1).map(line)].join('\n');
}

/**
 * Dropped frames and frame p95 within 1.2x of nobody connected, busy at rest within 2x.
 * A ratio to nothing is undefined: nobody-connected dropped frames count as at least 1.
 */
/** The most CPU other processes used during a row's rest or gestures, % of one core. */
export const rowOtherCpu = (r: CursorRow) => Math.max(r.rest?.otherCpuPercent ?? 0, r.pan?.otherCpuPercent ?? 0, r.zoom?.otherCpuPercent ?? 0);

export function cursorsGoals(rows: CursorRow[]): Goal[] {
	const out: Goal[] = [];
	for (const device of [...new Set(rows.map((r) => r.device))]) {
		const alone = rows.find((r) => r.device === device && r.peers === 0);
		const crowd = rows.find((r) => r.device === device && r.peers > 0);
		const n = crowd?.peers ?? 0;
		const ratioGoal = (goal: string, a: number | undefined, b: number | undefined, limit: number, floor = 0) => {
			if (a === undefined || b === undefined) return { goal, value: `not measured${crowd?.problems[0] ? ` (${crowd.problems[0].slice(0, 160)})` : ''}`, pass: false };
			const ratio = b / Math.max(a, floor);
			return { goal, value: `${ratio.toFixed(2)}x (${b} with ${n} peers vs ${a} alone)`, pass: ratio <= limit };
		};
		for (const gesture of ['pan', 'zoom'] as const) {
			const name = gesture === 'zoom' ? (device === 'phone' ? 'pinch' : 'zoom') : 'pan';
			out.push(ratioGoal(`cursors, ${device} ${name}: dropped frames <= ${CURSOR_FRAME_RATIO_GOAL}x nobody connected`, alone?.[gesture]?.frameMs.dropped, crowd?.[gesture]?.frameMs.dropped, CURSOR_FRAME_RATIO_GOAL, 1));
			out.push(ratioGoal(`cursors, ${device} ${name}: frame p95 <= ${CURSOR_FRAME_RATIO_GOAL}x nobody connected`, alone?.[gesture]?.frameMs.p95, crowd?.[gesture]?.frameMs.p95, CURSOR_FRAME_RATIO_GOAL));
		}
		out.push(ratioGoal(`cursors, ${device}: main thread busy at rest <= ${CURSOR_REST_RATIO_GOAL}x nobody connected`, alone?.rest?.busyMs, crowd?.rest?.busyMs, CURSOR_REST_RATIO_GOAL));
	}
	return out;
}
