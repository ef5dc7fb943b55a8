/** The readable part of the output: one table row per scenario and arm, and the goals as PASS/FAIL. */
import { round, type Summary } from '../realtime/stats.ts';

export interface ArmResult {
	scenario: 'burst' | 'spread';
	arm: 'votes' | 'baseline';
	calls: number;
	ok: number;
	refused: Record<string, number>;
	latencyMs: Summary;
	/** Answered calls per second, first send to last answer. */
	callsPerS: number;
	wallMs: number;
	/** Votes: p99 over the baseline's p99 of the same scenario. */
	p99Ratio?: number;
	/** Votes: what SQL counts after the arm. */
	counted?: { dots: number; ballots: number; overBudget: number; notFive: number; mismatched: number };
	/** Baseline: rows inserted. */
	rows?: number;
	/** Votes: ms from the last successful cast's answer until the watcher's console tally / session voters were final; null: never (or no watcher). */
	watcherMs?: { console: number | null; session: number | null; note?: string };
	/** Votes: what the server wrote meanwhile: updates the watcher received per room, and bytes it stored for both rooms. */
	docs?: { consoleUpdates: number; consoleKb: number; sessionUpdates: number; sessionKb: number; storedKb: number };
	/** CPU during the arm, % of one core: the server process (proxy + realtime), Postgres + PostgREST, the clients, everything else. */
	load?: { server: number; db: number; bench: number; other: number; serverLoopLagMs: { p99: number; max: number } };
}

export interface Goal {
	goal: string;
	value: string;
	pass: boolean;
}

const cell = (v: number | null | undefined) => (v === null || v === undefined ? '-' : String(round(v)));
const COLUMNS: [string, (r: ArmResult) => string][] = [
	['scenario', (r) => r.scenario],
	['arm', (r) => r.arm],
	['calls', (r) => String(r.calls)],
	['ok', (r) => String(r.ok)],
	['refused', (r) => Object.entries(r.refused).map(([k, n]) => `${k} ${n}`).join(', ') || '0'],
	['counted', (r) => (r.counted ? `${r.counted.dots} dots / ${r.counted.ballots} ballots` : r.rows !== undefined ? `${r.rows} rows` : '-')],
	['p50', (r) => cell(r.latencyMs.p50)],
	['p95', (r) => cell(r.latencyMs.p95)],
	['p99', (r) => cell(r.latencyMs.p99)],
	['max', (r) => cell(r.latencyMs.max)],
	['p99 / baseline', (r) => (r.p99Ratio === undefined ? '-' : `${round(r.p99Ratio)}x`)],
	['calls/s', (r) => String(Math.round(r.callsPerS))],
	['wall ms', (r) => String(Math.round(r.wallMs))],
	['CPU% srv/db/clients/other', (r) => (r.load ? `${r.load.server}/${r.load.db}/${r.load.bench}/${r.load.other}` : '-')],
	['srv loop lag p99/max', (r) => (r.load ? `${r.load.serverLoopLagMs.p99}/${r.load.serverLoopLagMs.max}` : '-')],
	['doc updates console/session (KB)', (r) => (r.docs ? `${r.docs.consoleUpdates} (${r.docs.consoleKb}) / ${r.docs.sessionUpdates} (${r.docs.sessionKb})` : '-')],
	['stored KB', (r) => (r.docs ? String(r.docs.storedKb) : '-')],
	['watcher console/session ms', (r) => (r.watcherMs ? `${cell(r.watcherMs.console)} / ${cell(r.watcherMs.session)}` : '-')]
];

export function table(results: ArmResult[]): string {
	const rows = [COLUMNS.map(([h]) => h), ...results.map((r) => COLUMNS.map(([, f]) => f(r)))];
	const widths = COLUMNS.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
	const line = (row: string[]) => row.map((c, i) => (i < 2 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ');
	return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('-+-'), ...rows.slice(1).map(line)].join('\n');
}

export function goals(results: ArmResult[], expected: { people: number; perPerson: number; budget: number }): Goal[] {
	const votes = results.filter((r) => r.arm === 'votes');
	const baseline = results.filter((r) => r.arm === 'baseline');
	const dots = expected.people * expected.budget;
	const exact = (r: ArmResult) =>
		r.ok === dots &&
		Object.keys(r.refused).length === 1 &&
		r.refused.budget === expected.people * (expected.perPerson - expected.budget) &&
		r.counted?.dots === dots &&
		r.counted.ballots === expected.people &&
		r.counted.overBudget === 0 &&
		r.counted.notFive === 0 &&
		r.counted.mismatched === 0;
	const list: Goal[] = [
		{
			goal: `nothing lost or double: ${dots} dots per scenario, ${expected.people} refused (budget), none over budget (SQL)`,
			value: votes.map((r) => `${r.scenario} ${r.counted?.dots ?? '?'} dots, ok ${r.ok}, refused ${JSON.stringify(r.refused)}, over budget ${r.counted?.overBudget ?? '?'}`).join('; '),
			pass: votes.length > 0 && votes.every(exact) && baseline.every((r) => r.rows === r.calls && r.ok === r.calls)
		}
	];
	const spread = votes.find((r) => r.scenario === 'spread');
	if (spread) list.push({ goal: 'spread: cast p99 <= 100 ms', value: `${spread.latencyMs.p99} ms`, pass: spread.latencyMs.p99 <= 100 });
	const burst = votes.find((r) => r.scenario === 'burst');
	const burstBase = baseline.find((r) => r.scenario === 'burst');
	if (burst && burstBase) {
		list.push({
			goal: "burst: cast p99 <= 1.5x the baseline's burst p99",
			value: `${burst.latencyMs.p99} vs ${burstBase.latencyMs.p99} ms (${round(burst.latencyMs.p99 / burstBase.latencyMs.p99)}x)`,
			pass: burst.latencyMs.p99 <= 1.5 * burstBase.latencyMs.p99
		});
	}
	for (const r of votes) {
		const w = r.watcherMs;
		const worst = w && w.console !== null && w.session !== null ? Math.max(w.console, w.session) : null;
		list.push({
			goal: `${r.scenario}: watcher's tally final within 500 ms of the last cast's answer (console / session)`,
			value: worst === null ? `not final (${w?.note ?? 'no watcher'})` : `console ${cell(w!.console)} ms, session ${cell(w!.session)} ms`,
			pass: worst !== null && worst <= 500
		});
	}
	return list;
}

export const goalLines = (list: Goal[]) => list.map((g) => `${g.pass ? 'PASS' : 'FAIL'}  ${g.goal}: ${g.value}`).join('\n');
