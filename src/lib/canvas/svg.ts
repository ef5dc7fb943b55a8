/**
 * A canvas drawn as a standalone SVG document: its template's blocks
 * (rectangles and polygons, with their titles) and its notes from the
 * projection (public.canvas_notes), each note's text wrapped into lines.
 * Pure: the same string for the same input, so exports and the report agree.
 *
 * Every piece of text, the person's notes above all, goes through escapeXml
 * and lands in a <text> or <title> element: user text is never markup.
 */
import type { Dimension } from '../domain/gassmann.ts';
import { STAKEHOLDER_COLORS, isStakeholder } from '../domain/stakeholders.ts';
import type { Template, TemplateBlock } from '../domain/templates.ts';
import { wrapText } from '../ui/charts/wrap-text.ts';
import { NOTE_DEFAULT_SIZE } from './schema.ts';

/** A note as canvas_notes holds it (x, y its top-left corner, in world units). */
export interface SvgNote {
	id: string;
	text: string;
	block: string | null;
	dimension: Dimension | null;
	stakeholder: string | null;
	cluster: string | null;
	x: number;
	y: number;
}

export interface CanvasSvgInput {
	title: string;
	template: Template;
	notes: readonly SvgNote[];
	/** Block titles and dimension names in the reader's language (the catalogue). */
	blockTitle: (blockId: string) => string;
	dimensionName: (dimension: Dimension) => string;
	/** Shown when the canvas has no note yet. */
	emptyText?: string;
}

/** The colours of the app's stylesheet (--who, --what, ...), so the export looks like the board. */
export const DIMENSION_COLORS: Record<Dimension, string> = { who: '#4e79a7', what: '#e15759', how: '#59a14f', why: '#b07aa1' };

const NOTE = NOTE_DEFAULT_SIZE;
const NOTE_FONT = 16;
const NOTE_LINE = 19;
const NOTE_PADDING = 10;
/** About 8 units per character of a 16-unit sans-serif: 160 units of line hold 20. */
const NOTE_CHARS = 19;
const NOTE_LINES = 5;
const TITLE_BAND = 90;
const MARGIN = 40;

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * Text safe in an XML text node or attribute value. Characters XML 1.0 does
 * not allow at all (most C0 controls, lone surrogates) are dropped, as a
 * parser would otherwise refuse the whole document.
 */
export function escapeXml(value: string): string {
	return value
		.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
		.replace(/[&<>"']/g, (c) => XML_ESCAPES[c]);
}

const num = (value: number) => (Number.isFinite(value) ? String(Math.round(value * 10) / 10) : '0');

/** Light tint of a #rrggbb colour (mixed with white), so dark text on it stays readable. */
export function tint(hex: string, amount = 0.75): string {
	if (!/^#[0-9a-f]{6}$/i.test(hex)) return '#f4f4f4';
	const mix = (at: number) => Math.round(parseInt(hex.slice(at, at + 2), 16) * (1 - amount) + 255 * amount);
	return `#${[1, 3, 5].map((at) => mix(at).toString(16).padStart(2, '0')).join('')}`;
}

/** The area the drawing spans: the template, and any note placed beyond it. */
export function drawingBounds(template: Template, notes: readonly SvgNote[]) {
	let [left, top, right, bottom] = [0, 0, template.width, template.height];
	for (const note of notes) {
		if (!Number.isFinite(note.x) || !Number.isFinite(note.y)) continue;
		left = Math.min(left, note.x);
		top = Math.min(top, note.y);
		right = Math.max(right, note.x + NOTE.w);
		bottom = Math.max(bottom, note.y + NOTE.h);
	}
	return { x: left - MARGIN, y: top - MARGIN - TITLE_BAND, w: right - left + 2 * MARGIN, h: bottom - top + 2 * MARGIN + TITLE_BAND };
}

function textLines(lines: string[], x: number, y: number, lineHeight: number, attributes: string): string {
	const spans = lines.map((line, i) => `<tspan x="${num(x)}" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(line)}</tspan>`).join('');
	return `<text x="${num(x)}" y="${num(y)}" ${attributes}>${spans}</text>`;
}

function drawBlock(block: TemplateBlock, input: CanvasSvgInput): string {
	const colour = block.dimension ? DIMENSION_COLORS[block.dimension] : '#c3ccd6';
	const outline = block.shape
		? `<polygon points="${block.shape.map((p) => `${num(p.x)},${num(p.y)}`).join(' ')}" fill="#fbfcfd" stroke="${colour}" stroke-width="6" stroke-linejoin="round"/>`
		: `<rect x="${num(block.x)}" y="${num(block.y)}" width="${num(block.w)}" height="${num(block.h)}" rx="14" fill="#fbfcfd" stroke="#c3ccd6" stroke-width="2"/>` +
			`<rect x="${num(block.x)}" y="${num(block.y)}" width="${num(block.w)}" height="10" fill="${colour}"/>`;
	const box = block.label ?? { x: block.x, y: block.y, w: block.w, h: 140 };
	// Larger than on the board (30 and 40): an export is mostly seen whole, a page or a screen wide.
	const size = block.shape ? 56 : 40;
	const title = input.blockTitle(block.id);
	const dimension = block.dimension ? input.dimensionName(block.dimension) : '';
	// Centred in a polygon's label box (it sits where the shape is widest), left in a rectangle's band.
	const [x, anchor] = block.shape ? [box.x + box.w / 2, 'middle'] : [box.x + 24, 'start'];
	const chars = Math.max(8, Math.floor((box.w - 48) / (size * 0.55)));
	// The magic triangle's blocks are the dimensions themselves: "What", not "What · What".
	const label = dimension && dimension.toLowerCase() !== title.toLowerCase() ? `${title} · ${dimension}` : title;
	const lines = wrapText(label, chars, 2);
	return (
		`<g class="block" data-block="${escapeXml(block.id)}">${outline}` +
		textLines(lines, x, box.y + 24 + size, size * 1.2, `font-size="${size}" font-weight="700" fill="#1d2733" text-anchor="${anchor}"`) +
		'</g>'
	);
}

function drawNote(note: SvgNote): string {
	const colour = note.stakeholder && isStakeholder(note.stakeholder) ? STAKEHOLDER_COLORS[note.stakeholder] : '#9c9c9c';
	const stripe = note.dimension ? DIMENSION_COLORS[note.dimension] : colour;
	const [x, y] = [Number.isFinite(note.x) ? note.x : 0, Number.isFinite(note.y) ? note.y : 0];
	const lines = wrapText(note.text, NOTE_CHARS, NOTE_LINES);
	return (
		`<g class="note" data-note="${escapeXml(note.id)}">` +
		`<title>${escapeXml(note.text)}</title>` +
		`<rect x="${num(x)}" y="${num(y)}" width="${NOTE.w}" height="${NOTE.h}" rx="6" fill="${tint(colour)}" stroke="${colour}" stroke-width="1.5"/>` +
		`<rect x="${num(x)}" y="${num(y)}" width="6" height="${NOTE.h}" fill="${stripe}"/>` +
		textLines(lines, x + NOTE_PADDING + 4, y + NOTE_PADDING + NOTE_FONT, NOTE_LINE, `font-size="${NOTE_FONT}" fill="#111820"`) +
		'</g>'
	);
}

/** The whole canvas as an SVG document (UTF-8, with its own width and height in world units). */
export function canvasSvg(input: CanvasSvgInput): string {
	const bounds = drawingBounds(input.template, input.notes);
	// Notes in reading order (top to bottom, left to right), so a screen reader of the SVG reads them so.
	const notes = [...input.notes].sort((a, b) => a.y - b.y || a.x - b.x || a.id.localeCompare(b.id));
	const title = escapeXml(input.title);
	const empty =
		notes.length === 0 && input.emptyText
			? `<text x="${num(input.template.width / 2)}" y="${num(input.template.height / 2)}" font-size="40" fill="#5b6675" text-anchor="middle">${escapeXml(input.emptyText)}</text>`
			: '';
	return [
		'<?xml version="1.0" encoding="UTF-8"?>',
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="${num(bounds.x)} ${num(bounds.y)} ${num(bounds.w)} ${num(bounds.h)}" width="${num(bounds.w)}" height="${num(bounds.h)}" role="img" aria-labelledby="canvas-title" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif">`,
		`<title id="canvas-title">${title}</title>`,
		`<rect x="${num(bounds.x)}" y="${num(bounds.y)}" width="${num(bounds.w)}" height="${num(bounds.h)}" fill="#ffffff"/>`,
		textLines(wrapText(input.title, Math.floor((bounds.w - 2 * MARGIN) / 27), 1), bounds.x + MARGIN, bounds.y + MARGIN + 40, 0, 'font-size="48" font-weight="700" fill="#1d2733"'),
		...input.template.blocks.map((block) => drawBlock(block, input)),
		empty,
		...notes.map(drawNote),
		'</svg>'
	]
		.filter(Boolean)
		.join('\n');
}
