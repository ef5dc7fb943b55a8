/**
 * Canvas templates: the labelled regions a canvas is drawn with, in world
 * units (notes are 180 x 120 by default). A note takes the block its centre
 * lies in, and that block's default Gassmann dimension. Block ids are stored
 * in notes and must stay stable; their titles and hints live in the i18n
 * catalogue (en/templates.ts).
 */
import { BLOCK_DIMENSION, type CanvasBlock, type Dimension } from './gassmann.ts';
import { boundsOfPolygon, distanceToPolygon, insetConvexPolygon, pointInPolygon, sliceAt, type Box, type Vertex } from './shapes.ts';

/** The same list as the `canvases.template` check constraint in the database. */
export const TEMPLATE_IDS = [
	'business-model-canvas',
	'magic-triangle',
	'opportunity-value-advantage',
	'multi-sided-market',
	'blank'
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export const isTemplateId = (v: unknown): v is TemplateId =>
	typeof v === 'string' && (TEMPLATE_IDS as readonly string[]).includes(v);

/**
 * A labelled region, in world units: a rectangle, or a convex polygon
 * (`shape`) whose bounding box is x, y, w, h. A shaped block keeps its
 * title, dimension and question in `label`, a box inside the shape that
 * notes are not placed on.
 */
export interface TemplateBlock {
	id: string;
	dimension: Dimension | null;
	x: number;
	y: number;
	w: number;
	h: number;
	shape?: readonly Vertex[];
	label?: Box;
}

export interface Template {
	id: TemplateId;
	width: number;
	height: number;
	blocks: readonly TemplateBlock[];
}

/** Space between blocks, so a note on a border is visibly in one block or the other. */
const GUTTER = 20;

/**
 * The band across a rectangle's top that holds its title and question
 * (BlockRegions.svelte: a 30-unit title over two lines of 20-unit text):
 * new notes start under it, so none covers the block's question.
 */
export const RECT_LABEL_HEIGHT = 140;

const block = (id: string, dimension: Dimension | null, x: number, y: number, w: number, h: number): TemplateBlock => ({
	id,
	dimension,
	x,
	y,
	w,
	h,
	label: { x, y, w, h: RECT_LABEL_HEIGHT }
});

/** Five columns over a tall upper band, two halves in the bottom band: the canvas as Osterwalder draws it. */
function businessModelCanvas(): Template {
	const width = 3000;
	const height = 2000;
	const col = (width - 4 * GUTTER) / 5; // 584
	const upper = 1400;
	const half = (upper - GUTTER) / 2; // 690
	const x = (i: number) => i * (col + GUTTER);
	const bmc = (id: CanvasBlock, bx: number, by: number, w: number, h: number) =>
		block(id, BLOCK_DIMENSION[id], bx, by, w, h);
	const bottomY = upper + GUTTER;
	const bottomW = (width - GUTTER) / 2;
	return {
		id: 'business-model-canvas',
		width,
		height,
		blocks: [
			bmc('key-partnerships', x(0), 0, col, upper),
			bmc('key-activities', x(1), 0, col, half),
			bmc('key-resources', x(1), half + GUTTER, col, half),
			bmc('value-propositions', x(2), 0, col, upper),
			bmc('customer-relationships', x(3), 0, col, half),
			bmc('channels', x(3), half + GUTTER, col, half),
			bmc('customer-segments', x(4), 0, col, upper),
			bmc('cost-structure', 0, bottomY, bottomW, height - bottomY),
			bmc('revenue-streams', bottomW + GUTTER, bottomY, bottomW, height - bottomY)
		]
	};
}

/**
 * The box that holds a shaped block's title, dimension and question. Its text
 * is drawn larger than a rectangle's (BlockRegions.svelte), as a triangle's
 * region is larger and is mostly seen whole, zoomed out.
 */
const LABEL_HEIGHT = 190;
/** Widest a label gets, so the question reads as one line. */
const LABEL_WIDTH = 1200;

/**
 * A polygon block, its label at the top or bottom of the shape (where it is
 * widest), centred on the shape's middle and inside it with a margin.
 */
function shaped(id: string, dimension: Dimension, outline: readonly Vertex[], labelAt: 'top' | 'bottom'): TemplateBlock {
	const shape = insetConvexPolygon(outline, GUTTER / 2);
	const bounds = boundsOfPolygon(shape);
	const y = labelAt === 'top' ? bounds.y + GUTTER : bounds.y + bounds.h - GUTTER - LABEL_HEIGHT;
	// The narrower of the label's two edges decides how wide it can be.
	const top = sliceAt(shape, y);
	const bottom = sliceAt(shape, y + LABEL_HEIGHT);
	if (!top || !bottom) throw new Error(`no room for the label of ${id}`);
	const left = Math.max(top.left, bottom.left) + GUTTER;
	const right = Math.min(top.right, bottom.right) - GUTTER;
	const w = Math.floor(Math.min(LABEL_WIDTH, right - left));
	const centre = shape.reduce((sum, p) => sum + p.x, 0) / shape.length;
	const x = Math.round(Math.max(left, Math.min(right - w, centre - w / 2)));
	return { id, dimension, ...bounds, shape, label: { x, y, w, h: LABEL_HEIGHT } };
}

/**
 * As the library draws it (gassmann.ts trianglePoints): one large triangle cut
 * by its midlines into four. What is the top corner, How bottom left, Why
 * bottom right, and Who the inverted triangle in the centre, touching all
 * three. Each part is inset by half a gutter, so the four stay apart.
 */
function magicTriangle(): Template {
	const width = 3200;
	const height = 2800;
	const top = { x: width / 2, y: 0 };
	const left = { x: 0, y: height };
	const right = { x: width, y: height };
	const mid = (a: Vertex, b: Vertex) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
	const [topLeft, topRight, base] = [mid(top, left), mid(top, right), mid(left, right)];
	return {
		id: 'magic-triangle',
		width,
		height,
		blocks: [
			shaped('what', 'what', [top, topRight, topLeft], 'bottom'),
			shaped('who', 'who', [topLeft, topRight, base], 'top'),
			shaped('how', 'how', [topLeft, base, left], 'bottom'),
			shaped('why', 'why', [topRight, right, base], 'bottom')
		]
	};
}

/**
 * The Oulu cycle, clockwise from the top left. Political discussion walks it
 * clockwise, practical implementation anticlockwise (see nextInCycle).
 */
export const OVA_CYCLE = [
	'opportunity',
	'value',
	'advantage',
	'scalability',
	'replicability',
	'sustainability'
] as const;

/**
 * Six blocks on a hexagonal ring, the centre left free for the cycle's arrows.
 * Default dimensions: an opportunity is a need of someone (who); value is what
 * is offered (what); an advantage is what lets the service capture value over
 * others (why); scaling and replicating depend on how it is built and run:
 * activities, resources, partners (how); sustainability is whether revenue
 * keeps covering cost over time (why).
 */
function opportunityValueAdvantage(): Template {
	const w = 800;
	const h = 560;
	return {
		id: 'opportunity-value-advantage',
		width: 3000,
		height: 2000,
		blocks: [
			block('opportunity', 'who', 560, 0, w, h),
			block('value', 'what', 1640, 0, w, h),
			block('advantage', 'why', 2200, 720, w, h),
			block('scalability', 'how', 1640, 1440, w, h),
			block('replicability', 'how', 560, 1440, w, h),
			block('sustainability', 'why', 0, 720, w, h)
		]
	};
}

/**
 * A 3 x 3 grid around the service in the centre (left free): the four sides
 * on the edges, the four factors that must all hold in the corners, each
 * corner between the two sides it concerns most.
 */
function multiSidedMarket(): Template {
	const cols = [0, 960, 2060]; // widths 940, 1080, 940
	const widths = [940, 1080, 940];
	const rows = [0, 660, 1360]; // heights 640, 680, 640
	const heights = [640, 680, 640];
	const cell = (id: string, dimension: Dimension, row: number, col: number) =>
		block(id, dimension, cols[col], rows[row], widths[col], heights[row]);
	return {
		id: 'multi-sided-market',
		width: 3000,
		height: 2000,
		blocks: [
			cell('public-interest', 'why', 0, 0),
			cell('side-city', 'who', 0, 1),
			cell('business-viability', 'why', 0, 2),
			cell('side-citizens', 'who', 1, 0),
			cell('side-companies', 'who', 1, 2),
			cell('public-engagement', 'who', 2, 0),
			cell('side-developers', 'who', 2, 1),
			cell('market-opportunities', 'what', 2, 2)
		]
	};
}

export const TEMPLATES: Record<TemplateId, Template> = {
	'business-model-canvas': businessModelCanvas(),
	'magic-triangle': magicTriangle(),
	'opportunity-value-advantage': opportunityValueAdvantage(),
	'multi-sided-market': multiSidedMarket(),
	blank: { id: 'blank', width: 3000, height: 2000, blocks: [] }
};

/** Whether the point lies in the block's region: its shape, else its rectangle. Edges count as inside. */
export function blockContains(block: TemplateBlock, x: number, y: number): boolean {
	if (!Number.isFinite(x) || !Number.isFinite(y)) return false;
	if (block.shape) return pointInPolygon({ x, y }, block.shape);
	return x >= block.x && x <= block.x + block.w && y >= block.y && y <= block.y + block.h;
}

/** How far the point is from the block's region: 0 inside it. */
export function distanceToBlock(block: TemplateBlock, x: number, y: number): number {
	if (block.shape) return distanceToPolygon({ x, y }, block.shape);
	return Math.hypot(Math.max(block.x - x, 0, x - (block.x + block.w)), Math.max(block.y - y, 0, y - (block.y + block.h)));
}

/** The block whose region contains the point (a note's centre), or null. Edges count as inside. */
export function blockAt(template: Template, x: number, y: number): TemplateBlock | null {
	return template.blocks.find((b) => blockContains(b, x, y)) ?? null;
}

/** What a note dropped with its centre at (x, y) takes: the block id and that block's default dimension (both null outside any block). */
export function placementAt(
	template: Template,
	x: number,
	y: number
): { block: string | null; dimension: Dimension | null } {
	const found = blockAt(template, x, y);
	return { block: found?.id ?? null, dimension: found?.dimension ?? null };
}

/**
 * Customer-segment colors for the Business Model Canvas: each segment gets
 * its own, value propositions tied to a segment take its color. Light tints
 * of the Okabe-Ito hues, spread apart in lightness and hue (CIE76 distance at
 * least 20 between any two) so they stay apart for color-blind eyes, all
 * light enough for dark note text (contrast above 7:1). Grey comes last: it
 * is also the 'other' stakeholder's note color.
 */
export const SEGMENT_COLORS: readonly string[] = [
	'#f7b24f', // orange
	'#8fd1f7', // sky blue
	'#72d1a8', // bluish green
	'#f4ec84', // yellow
	'#f49483', // vermilion
	'#eeb2e0', // pink
	'#b3adf5', // lavender
	'#d3d3d3' // grey
];

/**
 * For the Opportunity-Value-Advantage cycle: the next block walking clockwise
 * (political discussion: opportunity -> value -> ... -> sustainability ->
 * opportunity) or anticlockwise (practical implementation). null for a block
 * outside the cycle.
 */
export function nextInCycle(block: string, direction: 'clockwise' | 'anticlockwise'): string | null {
	const index = (OVA_CYCLE as readonly string[]).indexOf(block);
	if (index < 0) return null;
	const step = direction === 'clockwise' ? 1 : -1;
	return OVA_CYCLE[(index + step + OVA_CYCLE.length) % OVA_CYCLE.length];
}
