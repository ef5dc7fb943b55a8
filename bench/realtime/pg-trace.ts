/**
 * Times every pool.query of our server by kind (pool wait included: that is
 * what a flush or a projection experiences), and the deepest pool queue seen.
 * Instrumentation lives in the benchmark, so src/ stays as it ships.
 */
import pg from 'pg';

const kinds: [string, RegExp][] = [
	['flush', /insert into collab\.updates/],
	['projection', /canvas_notes/],
	['load', /from collab\.(snapshots|updates) where room = \$1/]
];
const durations = new Map<string, number[]>();
let maxWaiting = 0;

type Query = (...args: any[]) => any; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Wraps a query method: `prefix` tells pool time (wait + run) from client time (run only). */
function timed(original: Query, prefix: string, waiting: (self: unknown) => number): Query {
	return function (this: unknown, ...args: unknown[]) {
		const first = args[0] as { text?: string } | string;
		const text = typeof first === 'string' ? first : String(first?.text ?? '');
		const kind = prefix + (kinds.find(([, re]) => re.test(text))?.[0] ?? 'other');
		const started = performance.now();
		const done = () => {
			const list = durations.get(kind) ?? [];
			list.push(performance.now() - started);
			durations.set(kind, list);
		};
		// The pool calls its client with a callback; the app calls the pool for a promise.
		const last = args.length - 1;
		const callback = args[last];
		if (typeof callback === 'function') args[last] = (...out: unknown[]) => (done(), callback(...out));
		const result = original.apply(this, args);
		maxWaiting = Math.max(maxWaiting, waiting(this));
		if (typeof callback !== 'function' && result && typeof result.then === 'function') result.then(done, done);
		return result;
	};
}

pg.Pool.prototype.query = timed(pg.Pool.prototype.query as Query, '', (pool) => (pool as pg.Pool).waitingCount) as typeof pg.Pool.prototype.query;
// Only the realtime server's own queries are promises here; LISTEN's client is idle.
pg.Client.prototype.query = timed(pg.Client.prototype.query as Query, 'run:', () => 0) as typeof pg.Client.prototype.query;

/** Per kind: count, p50, p99, max in ms; resets, so each call covers the time since the last. */
export function takePgTrace() {
	const out: Record<string, { count: number; p50: number; p99: number; max: number }> = {};
	for (const [kind, list] of durations) {
		const sorted = [...list].sort((a, b) => a - b);
		const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 10) / 10;
		out[kind] = { count: sorted.length, p50: at(50), p99: at(99), max: at(100) };
	}
	const trace = { queries: out, maxWaiting };
	durations.clear();
	maxWaiting = 0;
	return trace;
}
