import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../domain/templates.ts';
import { canvasSvg, drawingBounds, escapeXml, tint, type SvgNote } from './svg.ts';

const note = (over: Partial<SvgNote> = {}): SvgNote => ({
	id: 'n1',
	text: 'Parking sensors',
	block: 'customer-segments',
	dimension: 'who',
	stakeholder: 'city',
	cluster: null,
	x: 2500,
	y: 200,
	...over
});

const draw = (notes: SvgNote[], template = TEMPLATES['business-model-canvas'], title = 'Our canvas') =>
	canvasSvg({ title, template, notes, blockTitle: (id) => `Block ${id}`, dimensionName: (d) => d.toUpperCase(), emptyText: 'No notes yet' });

/** Parses as XML would (the PNG renderer and any viewer must accept it). */
function parses(svg: string) {
	// No DOMParser in node: check the structure that matters with a strict tag balance instead.
	const body = svg.replace(/^<\?xml[^>]*\?>\n/, '');
	const stack: string[] = [];
	for (const match of body.matchAll(/<(\/?)([a-zA-Z]+)[^>]*?(\/?)>/g)) {
		const [, closing, name, selfClosing] = match;
		if (selfClosing) continue;
		if (closing) expect(stack.pop()).toBe(name);
		else stack.push(name);
	}
	expect(stack).toEqual([]);
}

describe('escapeXml', () => {
	it('escapes the five XML specials', () => {
		expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;');
	});
	it('drops characters XML cannot hold, keeps tabs, newlines and emoji', () => {
		expect(escapeXml('a\u0000b\u0007c\td\ne\uD800f😀')).toBe('abc\td\nef😀');
	});
});

describe('canvasSvg', () => {
	it('never carries a note as markup: script, tags and entities come out as text', () => {
		const svg = draw([note({ text: '<script>alert(1)</script> & <b onload="x()">bold</b>' })]);
		expect(svg).not.toContain('<script');
		expect(svg).not.toContain('<b ');
		expect(svg).toContain('&lt;script&gt;');
		expect(svg).toContain('&amp;');
		parses(svg);
	});

	it('escapes the title and the note id too', () => {
		const svg = draw([note({ id: '"><g onload="x' })], undefined, 'A & B <canvas>');
		expect(svg).toContain('<title id="canvas-title">A &amp; B &lt;canvas&gt;</title>');
		expect(svg).toContain('data-note="&quot;&gt;&lt;g onload=&quot;x"');
		parses(svg);
	});

	it('wraps a long note into lines that fit the note, the last one cut with an ellipsis', () => {
		const text = 'A shared data platform for parking sensors, bus stops and bike lanes that every department of the city can read and publish to';
		const svg = draw([note({ text })]);
		const group = svg.match(/<g class="note"[\s\S]*?<\/g>/)![0];
		const lines = [...group.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
		expect(lines.length).toBe(5);
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(19);
		expect(lines[0]).toBe('A shared data');
		expect(lines.at(-1)!.endsWith('…')).toBe(true);
		// The whole text stays readable as the note's tooltip and for screen readers.
		expect(group).toContain(`<title>${text}</title>`);
	});

	it('draws every block of a template, polygons as polygons, with their titles', () => {
		const svg = draw([], TEMPLATES['magic-triangle']);
		expect(svg.match(/<polygon /g)?.length).toBe(4);
		for (const id of ['who', 'what', 'how', 'why']) expect(svg).toContain(`data-block="${id}"`);
		expect(svg).toContain('Block what · WHAT');
		// A block named as its dimension is not named twice.
		const named = canvasSvg({ title: 't', template: TEMPLATES['magic-triangle'], notes: [], blockTitle: (id) => id, dimensionName: (d) => d });
		expect(named).toContain('>what</tspan>');
		expect(named).not.toContain('what · what');
		expect(svg).toContain('No notes yet');
		parses(svg);
	});

	it('draws the nine rectangles of the Business Model Canvas and one group per note', () => {
		const svg = draw([note(), note({ id: 'n2', text: 'Bus app', x: 1300, y: 300, dimension: 'what' })]);
		expect(svg.match(/class="block"/g)?.length).toBe(9);
		expect(svg.match(/class="note"/g)?.length).toBe(2);
		expect(svg).not.toContain('No notes yet');
	});

	it('lists notes top to bottom so the document reads in order', () => {
		const svg = draw([note({ id: 'low', y: 900 }), note({ id: 'high', y: 100 })]);
		expect(svg.indexOf('data-note="high"')).toBeLessThan(svg.indexOf('data-note="low"'));
	});

	it('grows the drawing to hold a note placed beyond the template', () => {
		const template = TEMPLATES.blank;
		const inside = drawingBounds(template, [note({ x: 100, y: 100 })]);
		const beyond = drawingBounds(template, [note({ x: -500, y: 2500 })]);
		expect(beyond.x).toBeLessThan(inside.x - 400);
		expect(beyond.y + beyond.h).toBeGreaterThan(2500 + 120);
		const svg = draw([note({ x: Number.NaN, y: 5 })], template);
		expect(svg).not.toContain('NaN');
	});

	it('is the same string for the same canvas', () => {
		expect(draw([note()])).toBe(draw([note()]));
	});
});

describe('tint', () => {
	it('mixes a colour towards white and falls back for anything else', () => {
		expect(tint('#000000', 0.5)).toBe('#808080');
		expect(tint('red')).toBe('#f4f4f4');
	});
});
