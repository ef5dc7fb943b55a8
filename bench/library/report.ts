/** The readable part of the output: one table row per query, and the goals as PASS/FAIL. */
import { round, type Summary } from '../realtime/stats.ts';

export const GOAL_MS = 50;

export interface QueryResult {
	name: string;
	/** What it asks, as the library's URL would. */
	url: string;
	/** How many use cases it finds (the total the page shows); null for the baseline and the HTTP pages. */
	matches: number | null;
	latencyMs: Summary;
	/** p95 over the goal (50 ms): at most 1 meets it. */
	goalRatio: number;
	/** p95 over the baseline's p95 in the same run. */
	baselineRatio: number | null;
	/** API queries: indexes and whole-table reads in its plans (as anon). */
	indexes?: string[];
	seqScans?: string[];
	/** Plans: every read of use_cases went through an index. */
	planUsesIndex?: boolean;
}

const cell = (v: number | null | undefined) => (v === null || v === undefined ? '-' : String(round(v)));
const COLUMNS: [string, (r: QueryResult) => string][] = [
	['query', (r) => r.name],
	['matches', (r) => cell(r.matches)],
	['p50 ms', (r) => cell(r.latencyMs.p50)],
	['p95 ms', (r) => cell(r.latencyMs.p95)],
	['p99 ms', (r) => cell(r.latencyMs.p99)],
	['max ms', (r) => cell(r.latencyMs.max)],
	['p95 / 50 ms', (r) => `${round(r.goalRatio)}`],
	['p95 / baseline', (r) => (r.baselineRatio === null ? '-' : `${round(r.baselineRatio)}x`)],
	['index used', (r) => (r.indexes ? r.indexes.join(', ') || 'none' : '-')],
	['seq scans', (r) => (r.seqScans ? r.seqScans.join(', ') || 'none' : '-')]
];

export function table(results: QueryResult[]): string {
	const rows = [COLUMNS.map(([h]) => h), ...results.map((r) => COLUMNS.map(([, f]) => f(r)))];
	const widths = COLUMNS.map((_, i) => Math.max(...rows.map((row) => row[i].length)));
	const line = (row: string[]) => row.map((c, i) => (i === 0 || i >= 8 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ');
	return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('-+-'), ...rows.slice(1).map(line)].join('\n');
}
