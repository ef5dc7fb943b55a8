/**
 * npm run bench:canvas [-- --case all|pages|cursors --peers 29 --peer-hz 10 --cursor-notes 500 --cursor-devices desktop,phone --notes 500,2000 --loads 3 --gesture-ms 3000 --edits 10 --typing-keys 40 --typing-interval-ms 120 --pages canvas,baseline --build|--no-build --quiet-wait 60 --trace --verbose]
 *
 * Builds the app if build/ is stale, starts it (start.ts: its own Postgres,
 * PostgREST and realtime server) in a temp folder on a free port, writes
 * canvases of N notes through the realtime server, and measures the live
 * canvas page in headless Chromium against a plain page of N divs: load marks,
 * frame times while panning and zooming, rendered notes, remote edits, typing
 * from one canvas page to another (typing.ts) and the JavaScript the route ships; and the cursors
 * case (cursors.ts): the page with 29 people moving their cursors against nobody else connected.
 * Prints a table, the goals and, last, one JSON line.
 */
import { existsSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import pg from 'pg';
import { fit, type View } from '../../src/lib/canvas/viewport.ts';
import { isTemplateId, TEMPLATES, type TemplateId } from '../../src/lib/domain/templates.ts';
import { machineBusyMs } from '../realtime/proc.ts';
import { goalLines, type Goal } from '../realtime/report.ts';
import { buildIfStale, startApp, type App } from './app.ts';
import { cursorsGoals, cursorsTable, DEVICES, measureCursors, rowOtherCpu, type CursorRow, type Device } from './cursors.ts';
import { baselineHtml, type BoardRect } from './baseline.ts';
import { measure, QUIET_PERCENT, type ImplResult, type Options } from './measure.ts';
import { goals, table } from './report.ts';
import { CanvasFixtures, type SeededCanvas } from './seed.ts';
import { measureTyping } from './typing.ts';

const { values: flags } = parseArgs({
	options: {
		notes: { type: 'string', default: '500,2000' },
		loads: { type: 'string', default: '3' },
		'gesture-ms': { type: 'string', default: '3000' },
		edits: { type: 'string', default: '10' },
		/** Keys typed on one canvas page and timed until another page shows them (0: not measured). */
		'typing-keys': { type: 'string', default: '40' },
		/** Pause after each key: steady typing, about 8 keys a second. */
		'typing-interval-ms': { type: 'string', default: '120' },
		pages: { type: 'string', default: 'canvas,baseline' },
		/** all: the pages (loads, gestures, edits, typing) and the cursors case; pages or cursors: only that one. */
		case: { type: 'string', default: 'all' },
		/** Cursors case: people connected besides the page, their cursor moves per second, and the canvas's notes. */
		peers: { type: 'string', default: '29' },
		'peer-hz': { type: 'string', default: '10' },
		'cursor-notes': { type: 'string', default: '500' },
		'cursor-devices': { type: 'string', default: 'desktop,phone' },
		template: { type: 'string', default: 'business-model-canvas' },
		/** Always build first; --no-build never builds. Default: build only when build/ is missing or older than the sources. */
		build: { type: 'boolean' },
		'no-build': { type: 'boolean', default: false },
		verbose: { type: 'boolean', default: false },
		/** Seconds to wait, before each load and gesture, for other processes to calm down (0: do not wait or repeat). */
		'quiet-wait': { type: 'string', default: '60' },
		/** Records a Chromium trace of every gesture and prints main-thread time by kind (costs a little: for diagnosis). */
		trace: { type: 'boolean', default: false }
	}
});

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const PAGE_SOURCE = join(root, 'src/routes/w/[workshop=uuid]/c/[canvas=uuid]/+page.svelte');
const VIEWPORT = { width: 1280, height: 800 };
const BASELINE_URL = 'http://baseline.bench/';
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const log = (line: string) => console.log(`[bench] ${line}`);

async function warnIfBusy() {
	const before = machineBusyMs().busy;
	await new Promise((ok) => setTimeout(ok, 2000));
	const busy = ((machineBusyMs().busy - before) / 2000) * 100;
	if (busy > 20) log(`warning: the machine is already ${Math.round(busy)}% busy (of ${cpus().length * 100}%) before the benchmark starts: frame times will suffer`);
	return Math.round(busy);
}

async function main() {
	if (!['all', 'pages', 'cursors'].includes(flags.case)) throw new Error('--case: all, pages or cursors');
	const runPages = flags.case !== 'cursors';
	const runCursors = flags.case !== 'pages';
	const peerCount = Number(flags.peers);
	const peerHz = Number(flags['peer-hz']);
	const cursorNotes = Number(flags['cursor-notes']);
	if (!Number.isInteger(peerCount) || peerCount < 1 || !(peerHz > 0) || !Number.isInteger(cursorNotes) || cursorNotes < 1)
		throw new Error('--peers and --cursor-notes: whole numbers from 1; --peer-hz: above 0');
	const cursorDevices = flags['cursor-devices'].split(',') as Device[];
	if (cursorDevices.some((d) => !(d in DEVICES))) throw new Error(`--cursor-devices: some of ${Object.keys(DEVICES).join(', ')}`);
	const counts = runPages ? flags.notes.split(',').map(Number) : [];
	if (counts.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--notes: a list of note counts, e.g. 500,2000`);
	const pages = new Set(flags.pages.split(','));
	const typingKeys = Number(flags['typing-keys']);
	const typingIntervalMs = Number(flags['typing-interval-ms']);
	if (!Number.isInteger(typingKeys) || typingKeys < 0) throw new Error('--typing-keys: a whole number, 0 for none');
	if (!isTemplateId(flags.template)) throw new Error(`--template: one of ${Object.keys(TEMPLATES).join(', ')}`);
	const templateId: TemplateId = flags.template;
	const opts: Options = {
		loads: Number(flags.loads),
		gestureMs: Number(flags['gesture-ms']),
		edits: Number(flags.edits),
		markTimeoutMs: 30_000,
		quietWaitMs: Number(flags['quiet-wait']) * 1000,
		tracer: null,
		log
	};
	const busyBefore = await warnIfBusy();

	let measureCanvas = pages.has('canvas') || runCursors;
	if (measureCanvas && !existsSync(PAGE_SOURCE)) {
		log(`the canvas page (${PAGE_SOURCE}) does not exist yet: measuring the baseline only`);
		measureCanvas = false;
	}
	const built = flags['no-build'] ? false : await buildIfStale(root, log, flags.build === true);

	const dataDir = await mkdtemp(join(tmpdir(), 'civic-canvas-bench-canvas-'));
	// As root, Postgres runs as the `postgres` OS user, who must reach the folder.
	await chmod(dataDir, 0o755);
	let app: App | undefined;
	let pool: pg.Pool | undefined;
	let browser: Browser | undefined;
	const canvases: SeededCanvas[] = [];
	let cleaned: Promise<void> | undefined;
	const cleanup = () =>
		(cleaned ??= (async () => {
			await browser?.close().catch(() => {});
			for (const c of canvases) c.client.close();
			await pool?.end().catch(() => {});
			await app?.stop().catch((error: Error) => log(`stopping the app: ${error.message}`));
			await rm(dataDir, { recursive: true, force: true });
		})());
	// process.on, not once: Ctrl-C reaches this process twice (from the terminal and relayed by tsx),
	// and a second SIGINT without a handler would kill it before the clean-up is done.
	const interrupted = (code: number) => () => {
		if (!cleaned) log('interrupted: stopping the browser, the app and its database');
		void cleanup().finally(() => process.exit(code));
	};
	process.on('SIGINT', interrupted(130));
	process.on('SIGTERM', interrupted(143));
	process.once('unhandledRejection', (error) => {
		console.error(error);
		void cleanup().finally(() => process.exit(1));
	});

	const results: ImplResult[] = [];
	let cursorRows: CursorRow[] = [];
	let list: Goal[] = [];
	let chromiumVersion = '';
	try {
		const t = performance.now();
		app = await startApp(root, dataDir, log, flags.verbose);
		log(`app ready at ${app.origin} in ${Math.round(performance.now() - t)} ms (pid ${app.pid}, data in ${dataDir})`);
		pool = new pg.Pool({ connectionString: app.dbUrl, max: 2 });
		// Ctrl-C reaches the app too, which stops Postgres under the pool's idle connections.
		pool.on('error', () => {});
		const fixtures = new CanvasFixtures(pool, app.jwtSecret, app.origin);
		const { user } = await fixtures.owner();
		for (const n of counts) canvases.push(await fixtures.canvas(n, templateId, log));

		browser = await chromium.launch({
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: CHROMIUM_ARGS,
			// This process stops the browser itself, after the measurements it is in the middle of.
			handleSIGINT: false,
			handleSIGTERM: false,
			handleSIGHUP: false
		});
		chromiumVersion = browser.version();
		if (flags.trace) opts.tracer = browser;
		const initScript = { path: fileURLToPath(new URL('./in-page.js', import.meta.url)) };

		for (const seeded of canvases) {
			const n = seeded.notes.length;
			const centre = { x: TEMPLATES[templateId].width / 2, y: TEMPLATES[templateId].height / 2 };
			let view: View | null = null;
			let board: BoardRect | null = null;
			if (measureCanvas && pages.has('canvas')) {
				log(`${n} notes: canvas page /w/${seeded.workshopId}/c/${seeded.canvasId}`);
				const context = await browser.newContext({ viewport: VIEWPORT });
				await context.addCookies([{ name: 'cc_access', value: user.token, url: app.origin, httpOnly: true, sameSite: 'Lax' }]);
				await context.addInitScript(initScript);
				const url = `${app.origin}/w/${seeded.workshopId}/c/${seeded.canvasId}`;
				const r = await measure(context, { impl: 'canvas', url, notes: seeded.notes, centre, client: seeded.client, origin: app.origin, root }, opts);
				await context.close();
				if (typingKeys > 0) {
					log(`${n} notes: typing ${typingKeys} keys on one page, watched on another`);
					r.typing = await measureTyping(browser, { url, origin: app.origin, token: user.token, initScript, viewport: VIEWPORT }, typingKeys, typingIntervalMs);
					r.problems.push(...r.typing.problems);
					log(`  typing: p50 ${r.typing.p50Ms} ms, p95 ${r.typing.p95Ms} ms, max ${r.typing.maxMs} ms (${r.typing.samples.length} keys seen)`);
				}
				results.push(r);
				view = r.initialView;
				board = r.boardRect;
			}
			if (pages.has('baseline')) {
				const template = TEMPLATES[templateId];
				const boardSize = board ? { w: board.width, h: board.height } : { w: VIEWPORT.width, h: VIEWPORT.height };
				// The canvas page's first view and board, so both show the same part of the world; else the whole template.
				const html = baselineHtml(templateId, seeded.notes, view ?? fit({ x: 0, y: 0, w: template.width, h: template.height }, boardSize), board);
				log(`${n} notes: baseline (plain page, ${n} divs, ${Math.round(html.length / 1024)} KB of HTML)`);
				const context = await browser.newContext({ viewport: VIEWPORT });
				await context.addInitScript(initScript);
				await context.route(`${BASELINE_URL}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
				results.push(await measure(context, { impl: 'baseline', url: BASELINE_URL, notes: seeded.notes, centre }, opts));
				await context.close();
			}
		}

		if (runCursors && measureCanvas) {
			const seeded = canvases.find((c) => c.notes.length === cursorNotes) ?? (canvases.push(await fixtures.canvas(cursorNotes, templateId, log)), canvases[canvases.length - 1]);
			const people = await fixtures.peers(peerCount);
			log(`cursors: ${cursorNotes} notes, ${peerCount} peers at ${peerHz} Hz, desktop and phone, nobody else connected first`);
			cursorRows = await measureCursors(
				browser,
				{
					url: `${app.origin}/w/${seeded.workshopId}/c/${seeded.canvasId}`,
					origin: app.origin,
					token: user.token,
					canvasId: seeded.canvasId,
					initScript,
					people,
					devices: cursorDevices,
					load: { hz: peerHz, area: { w: TEMPLATES[templateId].width, h: TEMPLATES[templateId].height }, noteIds: seeded.notes.map((n) => n.id), editorEvery: 3 }
				},
				opts
			);
		}

		list = goals(results);
		if (cursorRows.length) {
			// The machine-quiet line (last) covers the cursors case's rows too.
			const quiet = list.pop()!;
			const disturbed = cursorRows.filter((r) => rowOtherCpu(r) >= QUIET_PERCENT).map((r) => `cursors/${r.device}/${r.peers} peers (${rowOtherCpu(r)}%)`);
			const value = [quiet.pass ? '' : quiet.value.replace(/^not in /, ''), ...disturbed].filter(Boolean).join(', ');
			list.push(...cursorsGoals(cursorRows), { goal: quiet.goal, value: value ? `not in ${value}` : 'all', pass: quiet.pass && disturbed.length === 0 });
		}
		console.log('');
		if (results.length) console.log(table(results));
		console.log('');
		if (results.length) console.log(`ms from navigation start (median of ${opts.loads} loads; cold = the first, with an empty IndexedDB and HTTP cache); frame times are the gaps`);
		if (results.length) console.log(`between requestAnimationFrame callbacks during ~${opts.gestureMs / 1000} s of dragging / ctrl+wheel (60 Hz: 16.7 ms); dropped = vsyncs without a frame / all vsyncs;`);
		if (results.length) console.log('remote edit: Node setNoteText to the page showing the text (next frame), same clock; JS: every .js the route loaded, gzipped from build/client.');
		if (results.length) console.log(`typing: ${typingKeys} keys typed into a note on one canvas page, one every ${typingIntervalMs} ms; each from its keydown to another page's DOM holding it, over the realtime server.`);
		if (cursorRows.length) {
			console.log('');
			console.log(cursorsTable(cursorRows));
			console.log('');
			console.log(`cursors: ${cursorNotes} notes; ${peerCount} peers move their cursors at ${peerHz} Hz (every third edits a note now and then) against nobody else connected, same page;`);
			console.log(`busy at rest: renderer main-thread TaskDuration over 3 s (CDP Performance metrics); phone: 390x844 touch, one-finger pan and two-finger pinch (CDP touch events).`);
			for (const r of cursorRows) for (const p of r.problems) console.log(`  problem: ${p}`);
		}
		const problems = results.filter((r) => r.problems.length || r.pageErrors.length);
		for (const r of problems) {
			console.log('');
			console.log(`${r.notes} notes, ${r.impl}:`);
			for (const p of r.problems) console.log(`  problem: ${p}`);
			for (const e of r.pageErrors) console.log(`  page: ${e}`);
		}
		if (!measureCanvas && pages.has('canvas')) console.log('\nThe canvas page was not measured: it does not exist yet.');
		console.log('');
		console.log(goalLines(list));
	} finally {
		await cleanup();
	}
	const byCount: Record<string, Record<string, ImplResult>> = {};
	for (const r of results) (byCount[String(r.notes)] ??= {})[r.impl] = r;
	console.log(
		JSON.stringify({
			bench: 'canvas',
			machine: { cpus: cpus().length, node: process.version, chromium: chromiumVersion, busyBeforePercent: busyBefore },
			options: { case: flags.case, peers: peerCount, peerHz, cursorNotes, cursorDevices, notes: counts, loads: opts.loads, gestureMs: opts.gestureMs, edits: opts.edits, typingKeys, typingIntervalMs, quietWaitS: opts.quietWaitMs / 1000, template: templateId, viewport: VIEWPORT, built, canvasPageMeasured: measureCanvas, traced: flags.trace },
			results: byCount,
			cursors: cursorRows,
			goals: list
		})
	);
}

main().then(
	() => process.exit(0),
	(error) => {
		console.error(error);
		process.exit(1);
	}
);
