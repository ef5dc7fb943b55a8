import { describe, expect, it } from 'vitest';
import { checkBlock } from '../canvas/validate.ts';
import { templates as catalogue } from '../i18n/en/templates.ts';
import { BLOCK_DIMENSION, CANVAS_BLOCKS, type CanvasBlock } from './gassmann.ts';
import { boundsOfPolygon, boxInConvexPolygon, distanceToPolygon, isConvex, pointInPolygon, type Vertex } from './shapes.ts';
import {
	OVA_CYCLE,
	SEGMENT_COLORS,
	TEMPLATES,
	RECT_LABEL_HEIGHT,
	TEMPLATE_IDS,
	blockAt,
	isTemplateId,
	nextInCycle,
	placementAt,
	type TemplateBlock
} from './templates.ts';

const all = TEMPLATE_IDS.map((id) => TEMPLATES[id]);
/** A block's outline: its shape, or its rectangle's four corners. */
const outline = (b: TemplateBlock): readonly Vertex[] =>
	b.shape ?? [
		{ x: b.x, y: b.y },
		{ x: b.x + b.w, y: b.y },
		{ x: b.x + b.w, y: b.y + b.h },
		{ x: b.x, y: b.y + b.h }
	];
/** Two convex outlines overlap when a corner of one lies in the other (enough for these blocks' sizes). */
const overlap = (a: TemplateBlock, b: TemplateBlock): boolean =>
	outline(a).some((p) => pointInPolygon(p, outline(b))) || outline(b).some((p) => pointInPolygon(p, outline(a)));
/** The space between two convex outlines that do not overlap: the nearest corner to the other's edges. */
const gap = (a: TemplateBlock, b: TemplateBlock): number =>
	Math.min(...outline(a).map((p) => distanceToPolygon(p, outline(b))), ...outline(b).map((p) => distanceToPolygon(p, outline(a))));

describe('template ids', () => {
	it('are exactly the values the database allows for canvases.template', () => {
		expect([...TEMPLATE_IDS].sort()).toEqual(
			['blank', 'business-model-canvas', 'magic-triangle', 'multi-sided-market', 'opportunity-value-advantage'].sort()
		);
		for (const id of TEMPLATE_IDS) expect(TEMPLATES[id].id).toBe(id);
	});

	it('are recognised, and nothing else is', () => {
		expect(TEMPLATE_IDS.every(isTemplateId)).toBe(true);
		expect(isTemplateId('lean-canvas')).toBe(false);
		expect(isTemplateId(undefined)).toBe(false);
	});
});

describe('template layouts', () => {
	it.each(all)('$id: block ids are unique and accepted by the canvas operations', (template) => {
		const ids = template.blocks.map((b) => b.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(checkBlock(id)).toBe(id);
	});

	it.each(all)('$id: blocks lie inside the template and keep a gutter between them', (template) => {
		for (const b of template.blocks) {
			expect(b.x).toBeGreaterThanOrEqual(0);
			expect(b.y).toBeGreaterThanOrEqual(0);
			expect(b.x + b.w).toBeLessThanOrEqual(template.width);
			expect(b.y + b.h).toBeLessThanOrEqual(template.height);
			// Room for several default notes (180 x 120) side by side and stacked.
			expect(b.w).toBeGreaterThanOrEqual(2 * 180);
			expect(b.h).toBeGreaterThanOrEqual(2 * 120);
		}
		for (const [i, a] of template.blocks.entries())
			for (const b of template.blocks.slice(i + 1)) {
				expect(overlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
				// Shaped blocks' corners are rounded to whole units.
				expect(gap(a, b), `${a.id} too close to ${b.id}`).toBeGreaterThanOrEqual(a.shape ? 19 : 20);
			}
	});

	it.each(all)('$id: a shaped block is convex, x/y/w/h are its bounds, and its label lies inside it', (template) => {
		for (const b of template.blocks) {
			if (!b.shape) {
				// A rectangle's label is the band across its top, with room below it for notes.
				expect(b.label, b.id).toEqual({ x: b.x, y: b.y, w: b.w, h: RECT_LABEL_HEIGHT });
				expect(b.h, b.id).toBeGreaterThan(RECT_LABEL_HEIGHT + 2 * 136);
				continue;
			}
			expect(isConvex(b.shape), b.id).toBe(true);
			expect(boundsOfPolygon(b.shape)).toEqual({ x: b.x, y: b.y, w: b.w, h: b.h });
			expect(b.label, b.id).toBeDefined();
			if (b.label) expect(boxInConvexPolygon(b.label, b.shape), `${b.id} label`).toBe(true);
		}
	});

	it('the Business Model Canvas has the nine blocks in the classic layout, tagged as BLOCK_DIMENSION says', () => {
		const bmc = TEMPLATES['business-model-canvas'];
		expect(bmc.blocks.map((b) => b.id).sort()).toEqual([...CANVAS_BLOCKS].sort());
		for (const b of bmc.blocks) expect(b.dimension).toBe(BLOCK_DIMENSION[b.id as CanvasBlock]);
		const at = (id: string) => bmc.blocks.find((b) => b.id === id) as TemplateBlock;
		// Left to right across the top band.
		const order = ['key-partnerships', 'key-activities', 'value-propositions', 'customer-relationships', 'customer-segments'];
		for (let i = 1; i < order.length; i++) expect(at(order[i]).x).toBeGreaterThan(at(order[i - 1]).x);
		expect(at('key-resources').y).toBeGreaterThan(at('key-activities').y);
		expect(at('channels').y).toBeGreaterThan(at('customer-relationships').y);
		// Cost left and revenue right, both below everything else.
		expect(at('revenue-streams').x).toBeGreaterThan(at('cost-structure').x);
		expect(at('cost-structure').y).toBeGreaterThan(at('key-partnerships').y + at('key-partnerships').h);
	});

	describe('the magic triangle', () => {
		const t = TEMPLATES['magic-triangle'];
		const at = (id: string) => t.blocks.find((block) => block.id === id) as TemplateBlock;
		const centroid = (id: string) => {
			const shape = at(id).shape ?? [];
			return { x: shape.reduce((s, p) => s + p.x, 0) / 3, y: shape.reduce((s, p) => s + p.y, 0) / 3 };
		};
		const area = (shape: readonly Vertex[]) =>
			Math.abs(shape.reduce((sum, a, i) => sum + a.x * shape[(i + 1) % 3].y - shape[(i + 1) % 3].x * a.y, 0)) / 2;

		it('is four triangles, each tagged with its own dimension', () => {
			expect(t.blocks.map((b) => b.id).sort()).toEqual(['how', 'what', 'who', 'why']);
			for (const b of t.blocks) {
				expect(b.dimension).toBe(b.id);
				expect(b.shape).toHaveLength(3);
			}
		});

		it('is one large triangle cut by its midlines: What on top, How bottom left, Why bottom right, Who inverted in the centre', () => {
			const [what, who, how, why] = ['what', 'who', 'how', 'why'].map(centroid);
			expect(what.y).toBeLessThan(who.y);
			expect(who.y).toBeLessThan(how.y);
			expect(how.y).toBeCloseTo(why.y);
			expect(how.x).toBeLessThan(who.x);
			expect(why.x).toBeGreaterThan(who.x);
			expect(what.x).toBeCloseTo(who.x);
			// What, How and Why point up (one corner on top); Who points down (one corner at the bottom).
			const cornersAbove = (id: string) => {
				const shape = at(id).shape ?? [];
				const c = centroid(id);
				return shape.filter((p) => p.y < c.y).length;
			};
			expect(['what', 'how', 'why'].map(cornersAbove)).toEqual([1, 1, 1]);
			expect(cornersAbove('who')).toBe(2);
			// Four equal parts, together the whole triangle but for the gutters between them.
			const areas = t.blocks.map((b) => area(b.shape ?? []));
			for (const a of areas) expect(a).toBeCloseTo(areas[0], -3);
			const whole = (t.width * t.height) / 2;
			const sum = areas.reduce((s, a) => s + a, 0);
			expect(sum).toBeLessThan(whole);
			expect(sum).toBeGreaterThan(0.9 * whole);
		});

		it('gives a point the triangle it lies in, not the rectangle around it', () => {
			for (const id of ['what', 'who', 'how', 'why']) {
				const c = centroid(id);
				expect(placementAt(t, c.x, c.y)).toEqual({ block: id, dimension: id });
			}
			const what = at('what');
			// The top-left corner of What's bounding box is outside every triangle.
			expect(blockAt(t, what.x + 20, what.y + 20)).toBeNull();
			// Just below What's base is the gutter, then Who.
			expect(blockAt(t, centroid('what').x, what.y + what.h + 5)).toBeNull();
			expect(blockAt(t, centroid('what').x, what.y + what.h + 25)?.id).toBe('who');
		});
	});

	it('the multi-sided market has the four factors and the four sides', () => {
		const dims = Object.fromEntries(TEMPLATES['multi-sided-market'].blocks.map((b) => [b.id, b.dimension]));
		expect(dims).toEqual({
			'public-interest': 'why',
			'public-engagement': 'who',
			'business-viability': 'why',
			'market-opportunities': 'what',
			'side-citizens': 'who',
			'side-city': 'who',
			'side-companies': 'who',
			'side-developers': 'who'
		});
	});

	it('the blank canvas has no blocks, so nothing dropped on it takes one', () => {
		expect(TEMPLATES.blank.blocks).toHaveLength(0);
		expect(placementAt(TEMPLATES.blank, 100, 100)).toEqual({ block: null, dimension: null });
	});
});

describe('blockAt and placementAt', () => {
	const bmc = TEMPLATES['business-model-canvas'];
	const channels = bmc.blocks.find((b) => b.id === 'channels') as TemplateBlock;

	it('find the block under a note’s centre, with its default dimension', () => {
		expect(blockAt(bmc, channels.x + channels.w / 2, channels.y + channels.h / 2)).toBe(channels);
		expect(placementAt(bmc, channels.x + 10, channels.y + 10)).toEqual({ block: 'channels', dimension: 'who' });
		expect(placementAt(TEMPLATES['opportunity-value-advantage'], 1000, 200)).toEqual({
			block: 'opportunity',
			dimension: 'who'
		});
	});

	it('count a point on the edge as inside, and one just past it as outside', () => {
		const right = channels.x + channels.w;
		const bottom = channels.y + channels.h;
		expect(blockAt(bmc, right, bottom)?.id).toBe('channels');
		expect(blockAt(bmc, channels.x, channels.y)?.id).toBe('channels');
		// The gutter between channels and customer-segments belongs to neither.
		expect(blockAt(bmc, right + 1, channels.y + 10)).toBeNull();
		expect(placementAt(bmc, right + 1, channels.y + 10)).toEqual({ block: null, dimension: null });
	});

	it('return null outside the template and for a point that is not a number', () => {
		expect(blockAt(bmc, -5, 100)).toBeNull();
		expect(blockAt(bmc, bmc.width + 5, 100)).toBeNull();
		expect(blockAt(bmc, Number.NaN, 100)).toBeNull();
		// The centre of the Oulu ring is left free for its arrows.
		const ova = TEMPLATES['opportunity-value-advantage'];
		expect(blockAt(ova, ova.width / 2, ova.height / 2)).toBeNull();
	});
});

describe('the Opportunity-Value-Advantage cycle', () => {
	it('walks clockwise from opportunity to sustainability and back', () => {
		const walk: string[] = ['opportunity'];
		for (let i = 0; i < 6; i++) walk.push(nextInCycle(walk[walk.length - 1], 'clockwise') as string);
		expect(walk).toEqual([
			'opportunity',
			'value',
			'advantage',
			'scalability',
			'replicability',
			'sustainability',
			'opportunity'
		]);
	});

	it('walks anticlockwise the other way, so each step undoes the other', () => {
		expect(nextInCycle('opportunity', 'anticlockwise')).toBe('sustainability');
		expect(nextInCycle('sustainability', 'anticlockwise')).toBe('replicability');
		for (const block of OVA_CYCLE) {
			expect(nextInCycle(nextInCycle(block, 'clockwise') as string, 'anticlockwise')).toBe(block);
			expect(nextInCycle(nextInCycle(block, 'anticlockwise') as string, 'clockwise')).toBe(block);
		}
	});

	it('has no next block for a block outside the cycle', () => {
		expect(nextInCycle('channels', 'clockwise')).toBeNull();
	});

	it('is drawn clockwise on the canvas: each next block lies further round the ring', () => {
		const t = TEMPLATES['opportunity-value-advantage'];
		expect(t.blocks.map((b) => b.id).sort()).toEqual([...OVA_CYCLE].sort());
		const angle = (id: string) => {
			const b = t.blocks.find((block) => block.id === id) as TemplateBlock;
			// y grows downwards, so a growing atan2 angle is clockwise on screen.
			return Math.atan2(b.y + b.h / 2 - t.height / 2, b.x + b.w / 2 - t.width / 2);
		};
		const angles = OVA_CYCLE.map(angle);
		const steps = angles.map((a, i) => {
			const next = angles[(i + 1) % angles.length];
			return (next - a + 2 * Math.PI) % (2 * Math.PI);
		});
		// Six forward steps of less than half a turn each add up to exactly one turn.
		for (const step of steps) expect(step).toBeLessThan(Math.PI);
		expect(steps.reduce((sum, s) => sum + s, 0)).toBeCloseTo(2 * Math.PI);
	});
});

describe('segment colors', () => {
	const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
	const luminance = (hex: string) => {
		const [r, g, b] = rgb(hex).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
		return 0.2126 * r + 0.7152 * g + 0.0722 * b;
	};
	const darkText = '#1f1f1f';

	it('has at least six distinct #rrggbb colors', () => {
		expect(SEGMENT_COLORS.length).toBeGreaterThanOrEqual(6);
		for (const c of SEGMENT_COLORS) expect(c).toMatch(/^#[0-9a-f]{6}$/);
		expect(new Set(SEGMENT_COLORS).size).toBe(SEGMENT_COLORS.length);
	});

	it('keeps dark note text readable (WCAG AA contrast 4.5:1)', () => {
		for (const c of SEGMENT_COLORS) {
			const ratio = (luminance(c) + 0.05) / (luminance(darkText) + 0.05);
			expect(ratio, c).toBeGreaterThanOrEqual(4.5);
		}
	});

	/** CIE L*a*b* (D65), so the distance below follows what eyes see, not raw RGB. */
	const lab = (hex: string) => {
		const [r, g, b] = rgb(hex).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
		const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
		const fx = f((0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047);
		const fy = f(0.2126 * r + 0.7152 * g + 0.0722 * b);
		const fz = f((0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883);
		return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
	};

	it('keeps every two colors clearly apart (CIE76 distance of at least 20)', () => {
		for (const [i, a] of SEGMENT_COLORS.entries())
			for (const b of SEGMENT_COLORS.slice(i + 1)) {
				const [la, aa, ba] = lab(a);
				const [lb, ab, bb] = lab(b);
				expect(Math.hypot(la - lb, aa - ab, ba - bb), `${a} vs ${b}`).toBeGreaterThanOrEqual(20);
			}
	});
});

describe('catalogue text', () => {
	it.each(all)('$id: has a name, a description, and a title and hint for every block', (template) => {
		const text = catalogue[template.id];
		expect(text.name.trim()).not.toBe('');
		expect(text.description.trim()).not.toBe('');
		expect(Object.keys(text.blocks).sort()).toEqual(template.blocks.map((b) => b.id).sort());
		for (const b of template.blocks) {
			expect(text.blocks[b.id].title.trim(), b.id).not.toBe('');
			expect(text.blocks[b.id].hint.trim(), b.id).not.toBe('');
		}
	});
});
