import { csvCell } from './results-export.ts';

/**
 * Chosen ideas as a Decidim proposals import (admin: Proposals > Import from
 * a file). Decidim reads `title/<locale>` and `body/<locale>` for the
 * organisation's default locale, CSV with `;` between cells (its CSV reader
 * is `CSV.read(file, col_sep: ";")`), or JSON as an array of
 * `{"title": {"<locale>": ...}, "body": {...}}`. Its model needs a title and a
 * body; its proposal forms hold a title to 15..150 characters and a body to
 * at least 15, so an imported proposal stays editable there. We check those
 * here and refuse with what to fix rather than hand over a file Decidim
 * would turn down or that no one could edit afterwards.
 */

export const TITLE_MIN = 15;
export const TITLE_MAX = 150;
export const BODY_MIN = 15;

export interface Proposal {
	title: string;
	body: string;
}

export type ProposalProblem = { index: number; field: 'title' | 'body'; problem: 'tooShort' | 'tooLong' };

/** Characters as Ruby counts them (code points), not UTF-16 units. */
const length = (text: string) => [...text.trim()].length;

/** What Decidim would say of a title, or null when it takes it. */
export function titleProblem(title: string): 'tooShort' | 'tooLong' | null {
	const n = length(title);
	return n < TITLE_MIN ? 'tooShort' : n > TITLE_MAX ? 'tooLong' : null;
}

export function proposalProblems(proposals: Proposal[]): ProposalProblem[] {
	const problems: ProposalProblem[] = [];
	proposals.forEach((p, index) => {
		const title = titleProblem(p.title);
		if (title) problems.push({ index, field: 'title', problem: title });
		if (length(p.body) < BODY_MIN) problems.push({ index, field: 'body', problem: 'tooShort' });
	});
	return problems;
}

export class ProposalsRefused extends Error {
	constructor(readonly problems: ProposalProblem[]) {
		super(problems.length ? `proposals refused: ${problems.map((p) => `${p.index + 1} ${p.field} ${p.problem}`).join(', ')}` : 'no proposals');
	}
}

/** A Decidim locale: ISO 639 language, optionally a region ("en", "ca", "pt-BR"). */
export const LOCALE = /^[a-z]{2,3}(-[A-Z]{2})?$/;

function checked(proposals: Proposal[], locale: string): Proposal[] {
	if (!LOCALE.test(locale)) throw new RangeError(`not a locale: ${locale}`);
	const problems = proposalProblems(proposals);
	if (!proposals.length || problems.length) throw new ProposalsRefused(problems);
	return proposals.map((p) => ({ title: p.title.trim(), body: p.body.trim() }));
}

/**
 * A cell as Decidim's reader needs it: formula starts neutralised and quoted
 * as results-export does (RFC 4180), and quoted too when it holds the `;`
 * that separates cells here.
 */
function cell(text: string): string {
	const safe = csvCell(text);
	return safe.includes(';') && !safe.startsWith('"') ? `"${safe}"` : safe;
}

/** The CSV file: UTF-8 text, header `title/<locale>;body/<locale>`, CRLF after every record. */
export function decidimCsv(proposals: Proposal[], locale: string): string {
	const rows = [[`title/${locale}`, `body/${locale}`], ...checked(proposals, locale).map((p) => [p.title, p.body])];
	return rows.map((row) => row.map(cell).join(';')).join('\r\n') + '\r\n';
}

/** The JSON file: the same proposals, nested by locale (no spreadsheet opens it, so the text goes as it is). */
export function decidimJson(proposals: Proposal[], locale: string): string {
	return JSON.stringify(
		checked(proposals, locale).map((p) => ({ title: { [locale]: p.title }, body: { [locale]: p.body } })),
		null,
		2
	);
}

/** A title from a note's text: its first line, spaces collapsed, cut on a word before TITLE_MAX with an ellipsis. */
export function titleFrom(text: string): string {
	const line = (text.split(/\r?\n/).find((l) => l.trim()) ?? '').replace(/\s+/g, ' ').trim();
	const chars = [...line];
	if (chars.length <= TITLE_MAX) return line;
	const cut = chars.slice(0, TITLE_MAX - 1).join('');
	const space = cut.lastIndexOf(' ');
	return `${(space > TITLE_MAX / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** The body Decidim shows: the note's whole text, then where it came from, so the platform's readers have the context. */
export function bodyFrom(text: string, context: string): string {
	return [text.trim(), context.trim()].filter(Boolean).join('\n\n');
}

/** A file name for the download: the workshop title's letters and digits. */
export function decidimFileName(title: string, extension: 'csv' | 'json'): string {
	const slug = title
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
	return `decidim-proposals-${slug || 'workshop'}.${extension}`;
}

/** A workshop note offered for hand-over. */
export interface Idea {
	/** "canvas id:note id", unique in the workshop. */
	key: string;
	canvasId: string;
	noteId: string;
	canvasTitle: string;
	text: string;
	dimension: string | null;
	/** The outcome kept this note for a dimension. */
	kept: boolean;
	/** The best place it reached among the top candidates of a revealed round, else null. */
	top: number | null;
	/** Ticked when the page opens: kept or a top candidate. */
	chosen: boolean;
}

/**
 * The workshop's notes in the order the hand-over page lists them: top
 * candidates of revealed rounds first (best place first), then the notes the
 * outcome kept, both ticked; then the rest, canvas by canvas, each canvas in
 * the order given (its notes top to bottom as read).
 */
export function orderIdeas(
	notes: Omit<Idea, 'key' | 'kept' | 'top' | 'chosen'>[],
	canvasOrder: string[],
	kept: Set<string>,
	top: Map<string, number>
): Idea[] {
	const ideas = notes.map((n, index) => {
		const key = `${n.canvasId}:${n.noteId}`;
		const place = top.get(key) ?? null;
		return { idea: { ...n, key, kept: kept.has(key), top: place, chosen: kept.has(key) || place !== null }, index };
	});
	const canvas = (id: string) => {
		const at = canvasOrder.indexOf(id);
		return at < 0 ? canvasOrder.length : at;
	};
	const rank = ({ idea }: (typeof ideas)[number]) => (idea.top !== null ? 0 : idea.kept ? 1 : 2);
	ideas.sort(
		(a, b) =>
			rank(a) - rank(b) ||
			(a.idea.top ?? 0) - (b.idea.top ?? 0) ||
			canvas(a.idea.canvasId) - canvas(b.idea.canvasId) ||
			a.index - b.index
	);
	return ideas.map((i) => i.idea);
}
