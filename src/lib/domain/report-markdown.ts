/**
 * The workshop report as Markdown (CommonMark with GFM tables): the same
 * sections as the report page, as text. Every piece of user text goes
 * through escapeMarkdown, so a note reading "# Hi <img onerror=...>" stays
 * those characters and never becomes a heading, a link or HTML.
 */
import type { Messages } from '../i18n/en.ts';
import { DIMENSIONS } from './gassmann.ts';
import { ATOS_FACTORS, type Outcome } from './outcome.ts';
import { formatBasisPoints, formatCents, notesByBlock, outcomeHasContent, type ReportModel, type ReportRound } from './report.ts';
import { roundResults } from './results.ts';
import { totals } from './revenue.ts';
import { TEMPLATES } from './templates.ts';
import { SRS } from './use-cases.ts';

/**
 * User text as literal Markdown: every character CommonMark could read as
 * syntax is backslash-escaped (any ASCII punctuation may be), line starts that
 * would begin a list, heading, quote or rule included; line breaks become
 * spaces, as the text sits in one paragraph, list item or table cell.
 */
export function escapeMarkdown(value: string): string {
	return value
		.replace(/\s+/g, ' ')
		.trim()
		.replace(/[\\`*_{}[\]()<>#|!~&]/g, (c) => `\\${c}`)
		.replace(/^([-+=])/, '\\$1')
		.replace(/^(\d+)([.)])/, '$1\\$2');
}

/** A GFM table; cells are escaped already. */
function table(head: string[], rows: string[][]): string {
	return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
}

const list = (items: string[]) => items.map((item) => `- ${item}`).join('\n');

function roundSection(entry: ReportRound, m: Messages): string {
	const { round, tally } = entry;
	const results = roundResults(round, tally);
	const t = m.report;
	const measure = m.results.measure[tally.kind];
	const format = (n: number) => (tally.kind === 'scores' ? n.toFixed(2) : String(n));
	const parts = [`### ${escapeMarkdown(t.roundHeading(round.title, t.roundKinds[round.kind]))}`, escapeMarkdown(m.results.voted(round.voters, round.eligible))];
	if (results.groups.length === 0) return [...parts, m.results.noVotes].join('\n\n');
	const groupNames = results.groups.map((g) => escapeMarkdown(m.stakeholders[g]));
	parts.push(
		table(
			[m.results.table.candidate, m.results.table.place, ...groupNames, `${m.results.table.total} (${measure})`],
			results.ranked.map((r) => [escapeMarkdown(r.candidate.label), String(r.place), ...r.parts.map((p) => format(p.value)), format(r.total)])
		)
	);
	const consensus = results.consensus.map((c) => escapeMarkdown(c.label));
	parts.push(`**${m.results.consensus.title}:** ${consensus.length ? consensus.join(', ') : escapeMarkdown(m.results.consensus.none)}`);
	return parts.join('\n\n');
}

function revenueSection(outcome: Outcome, m: Messages): string {
	const t = m.report;
	const model = outcome.revenue;
	const parts = [`### ${t.revenue}`];
	if (model.streams.length === 0 && model.costs.length === 0) return [...parts, t.noRevenue].join('\n\n');
	const sums = totals(model);
	const segmentName = (id: string) => escapeMarkdown(model.segments.find((s) => s.id === id)?.name ?? t.otherSegment);
	parts.push(
		`**${t.totalsCaption}**`,
		table(
			[t.revenueLabel, t.kept, t.capex, t.opex],
			[[formatCents(sums.total.revenue), formatCents(sums.total.kept), formatCents(sums.total.capex), formatCents(sums.total.opex)]]
		),
		`**${t.streamsCaption}**`,
		table(
			[t.stream, t.segment, t.revenueLabel, t.kept],
			model.streams.map((stream, i) => [
				`${escapeMarkdown(stream.name)} (${formatBasisPoints(stream.shareBasisPoints)})`,
				segmentName(stream.segment),
				formatCents(sums.streams[i].revenue),
				formatCents(sums.streams[i].kept)
			])
		),
		`**${t.segmentsCaption}**`,
		table(
			[t.segment, t.revenueLabel, t.kept],
			sums.segments.map((s) => [segmentName(s.id), formatCents(s.revenue), formatCents(s.kept)])
		),
		`**${t.yearsCaption}**`,
		table(
			[t.year, t.revenueLabel, t.kept, t.capex, t.opex],
			sums.years.map((y) => [String(y.year), formatCents(y.revenue), formatCents(y.kept), formatCents(y.capex), formatCents(y.opex)])
		)
	);
	return parts.join('\n\n');
}

function outcomeSection(model: ReportModel, m: Messages): string {
	const t = m.report;
	const outcome = model.outcome;
	if (!outcome || !outcomeHasContent(outcome)) return `## ${t.outcome}\n\n${t.noOutcome}`;
	const parts = [`## ${t.outcome}`, `### ${t.dimensionsTitle}`];
	for (const d of DIMENSIONS) {
		const dim = outcome.dimensions[d];
		parts.push(`#### ${m.dimensions[d].name}: ${m.dimensions[d].question}`);
		if (dim.text.trim()) parts.push(escapeMarkdown(dim.text));
		if (dim.notes.length) parts.push(`${t.keptNotes}:\n\n${list(dim.notes.map((n) => escapeMarkdown(n.text)))}`);
	}
	if (model.patterns.length) parts.push(`### ${t.patterns}`, list(model.patterns.map(escapeMarkdown)));
	if (model.useCases.length) parts.push(`### ${t.useCases}`, list(model.useCases.map((u) => escapeMarkdown(u.title))));
	parts.push(
		`### ${t.atos}`,
		table(
			[t.atosFactor, t.atosHolds, t.atosEvidence],
			ATOS_FACTORS.map((f) => {
				const a = outcome.atos[f];
				return [t.atosFactors[f], a.holds === null ? t.holds.open : a.holds ? t.holds.yes : t.holds.no, escapeMarkdown(a.evidence)];
			})
		),
		`### ${t.scores}`,
		list(SRS.map((c) => `${m.srs[c]}: ${outcome.scores[c] === null ? t.notScored : t.scoreOf(outcome.scores[c]!)}`))
	);
	const lists: [string, string[]][] = [
		[t.funding, outcome.funding],
		[t.internalFactors, outcome.internalFactors],
		[t.externalFactors, outcome.externalFactors]
	];
	for (const [title, items] of lists) if (items.length) parts.push(`### ${title}`, list(items.map(escapeMarkdown)));
	if (outcome.lessons.trim()) parts.push(`### ${t.lessons}`, escapeMarkdown(outcome.lessons));
	if (outcome.replicationNeeds.trim()) parts.push(`### ${t.replicationNeeds}`, escapeMarkdown(outcome.replicationNeeds));
	parts.push(revenueSection(outcome, m));
	return parts.join('\n\n');
}

/** The whole report; `madeOn` is the date as the reader's locale writes it. */
export function reportMarkdown(model: ReportModel, m: Messages, madeOn: string): string {
	const t = m.report;
	const w = model.workshop;
	const meta = [w.host ? t.heldBy(w.host) : null, w.heldOn ? t.heldOn(w.heldOn) : null, t.madeOn(madeOn)].filter((x): x is string => x !== null);
	const sections = [`# ${escapeMarkdown(w.title)}`, `${t.kicker}. ${meta.map(escapeMarkdown).join(' · ')}`];

	sections.push(`## ${t.purpose}`, w.purpose.trim() ? escapeMarkdown(w.purpose) : t.noPurpose);

	sections.push(`## ${t.agenda}`);
	if (model.agenda.length === 0) sections.push(t.noAgenda);
	else
		sections.push(
			model.agenda
				.map((phase, i) => {
					const extra = [phase.canvas ? t.agendaCanvas(phase.canvas) : null, phase.round ? t.agendaRound(phase.round) : null].filter(Boolean);
					return `${i + 1}. ${escapeMarkdown([phase.title, ...extra].join(' '))}`;
				})
				.join('\n')
		);

	const p = model.participation;
	sections.push(
		`## ${t.participation}`,
		t.people(p.total),
		table([t.stakeholderType, t.count], p.byStakeholder.map((row) => [m.stakeholders[row.stakeholder], String(row.count)]))
	);
	if (p.people) {
		sections.push(
			`### ${t.names}`,
			table([t.name, t.stakeholderType, t.role], p.people.map((person) => [escapeMarkdown(person.name), m.stakeholders[person.stakeholder], m.workshops.mine.role[person.role]]))
		);
	}

	sections.push(`## ${t.canvases}`);
	if (model.canvases.length === 0) sections.push(t.noCanvases);
	for (const canvas of model.canvases) {
		const template = TEMPLATES[canvas.template];
		const blockTitle = (id: string | null) => (id === null ? t.offBlock : (m.templates[canvas.template].blocks[id]?.title ?? id));
		sections.push(`### ${escapeMarkdown(canvas.title)}`, `${m.templates[canvas.template].name}`);
		const groups = notesByBlock(template.blocks.map((b) => b.id), canvas.notes);
		if (groups.length === 0) sections.push(t.noNotes);
		for (const group of groups) sections.push(`#### ${escapeMarkdown(blockTitle(group.block))}`, list(group.notes.map((n) => escapeMarkdown(n.text))));
	}

	sections.push(`## ${t.rounds}`);
	if (model.rounds.length === 0) sections.push(t.noRounds);
	for (const entry of model.rounds) sections.push(roundSection(entry, m));

	sections.push(outcomeSection(model, m));
	return `${sections.join('\n\n')}\n`;
}
