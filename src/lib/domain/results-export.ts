/**
 * A round's results as files: CSV (one row per candidate and stakeholder
 * type, then the candidate's total) and JSON. Column names and stakeholder
 * ids are data, not UI text, so they stay the same in every language.
 */
import type { Round, Tally } from './rounds.ts';
import { CONSENSUS_RULE, DIVISION_RULE, groupSupport, roundResults, type RoundResults } from './results.ts';

/** Cells a spreadsheet would run as a formula (or treat as one, after a tab or carriage return). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell made safe to open: a leading apostrophe stops a formula, then RFC 4180 quoting. */
export function csvCell(value: string | number | null): string {
	let text = value === null ? '' : typeof value === 'number' ? formatNumber(value) : value;
	if (FORMULA_START.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Up to four decimals, without trailing zeros: enough to tell shares and means apart. */
const formatNumber = (n: number) => String(Math.round(n * 1e4) / 1e4);

/** RFC 4180: CRLF between records, and after the last. */
export const csvLines = (rows: (string | number | null)[][]): string => rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';

const TOTAL = 'total';

export function resultsCsv(round: Round, tally: Tally, results: RoundResults = roundResults(round, tally)): string {
	const support = groupSupport(round, tally);
	const allVoters = results.groups.reduce((n, g) => n + (tally.voters[g] ?? 0), 0);
	if (tally.kind === 'scores') {
		const header = ['place', 'candidate', 'stakeholder', 'voters', 'mean score'];
		for (const c of round.criteria) header.push(`${c}: mean`, `${c}: median`, `${c}: sd`);
		const rows: (string | number | null)[][] = [header];
		for (const ranked of results.ranked) {
			const scores = results.scores.find((s) => s.candidate.id === ranked.candidate.id);
			const start = [ranked.place, ranked.candidate.label];
			results.groups.forEach((g, i) => {
				const stats = scores?.criteria.flatMap((c) => [c.byGroup[i].mean, c.byGroup[i].median, c.byGroup[i].sd]) ?? [];
				rows.push([...start, g, tally.voters[g] ?? 0, support.get(g)?.get(ranked.candidate.id) ?? null, ...stats]);
			});
			const stats = scores?.criteria.flatMap((c) => [c.all.mean, c.all.median, c.all.sd]) ?? [];
			rows.push([...start, TOTAL, allVoters, ranked.total, ...stats]);
		}
		return csvLines(rows);
	}
	const measure = tally.kind === 'dots' ? 'dots' : 'points';
	const everything = results.ranked.reduce((n, r) => n + r.total, 0);
	const rows: (string | number | null)[][] = [['place', 'candidate', 'stakeholder', 'voters', measure, 'share']];
	for (const ranked of results.ranked) {
		const start = [ranked.place, ranked.candidate.label];
		for (const part of ranked.parts) {
			rows.push([...start, part.stakeholder, tally.voters[part.stakeholder] ?? 0, part.value, support.get(part.stakeholder)?.get(ranked.candidate.id) ?? null]);
		}
		rows.push([...start, TOTAL, allVoters, ranked.total, everything > 0 ? ranked.total / everything : null]);
	}
	return csvLines(rows);
}

/** The same results as JSON, with the rules they follow; candidates by id and label. */
export function resultsJson(round: Round, tally: Tally, results: RoundResults = roundResults(round, tally)): string {
	const ref = (c: { id: string; label: string }) => ({ id: c.id, label: c.label });
	const support = groupSupport(round, tally);
	return JSON.stringify(
		{
			round: {
				id: round.id,
				title: round.title,
				kind: round.kind,
				status: round.status,
				criteria: round.criteria,
				budget: round.budget,
				cap: round.cap,
				voters: round.voters,
				eligible: round.eligible
			},
			voters: Object.fromEntries(results.groups.map((g) => [g, tally.voters[g] ?? 0])),
			candidates: results.ranked.map((r) => ({
				...ref(r.candidate),
				place: r.place,
				total: r.total,
				/** Each group's part of the total (they add up to it). */
				parts: Object.fromEntries(r.parts.map((p) => [p.stakeholder, p.value])),
				/** Each group's share of its own dots or points, or its mean score. */
				support: Object.fromEntries([...support].map(([g, values]) => [g, values.get(r.candidate.id) ?? null]))
			})),
			consensus: { rule: CONSENSUS_RULE[tally.kind], candidates: results.consensus.map(ref) },
			division: {
				rule: DIVISION_RULE[tally.kind],
				candidates: results.division.map((d) => ({ ...ref(d.candidate), gap: d.gap, highest: d.highest, lowest: d.lowest }))
			},
			...(tally.kind === 'scores'
				? {
						scores: results.scores.map((s) => ({ ...ref(s.candidate), criteria: s.criteria })),
						disagreements: results.disagreements.map((d) => ({ ...d, candidate: ref(d.candidate) }))
					}
				: {}),
			tops: results.tops.map((t) => ({ stakeholder: t.stakeholder, top: t.top.map((x) => ({ ...ref(x.candidate), value: x.value })) }))
		},
		null,
		2
	);
}

/** A file name from the round's title: letters and digits only, so no path or odd character reaches the download. */
export function resultsFileName(round: Pick<Round, 'title'>, extension: string): string {
	const slug = round.title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return `results-${slug || 'round'}.${extension}`;
}
