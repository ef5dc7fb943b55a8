/**
 * Gassmann's business model logic (St. Gallen Business Model Navigator):
 * Who is the value target, What the value proposition, How value creation,
 * Why value capture.
 */
export const DIMENSIONS = ['who', 'what', 'how', 'why'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

export const isDimension = (value: unknown): value is Dimension =>
	typeof value === 'string' && (DIMENSIONS as readonly string[]).includes(value);

/** The nine blocks of the Business Model Canvas. */
export const CANVAS_BLOCKS = [
	'customer-segments',
	'value-propositions',
	'channels',
	'customer-relationships',
	'revenue-streams',
	'key-activities',
	'key-resources',
	'key-partnerships',
	'cost-structure'
] as const;
export type CanvasBlock = (typeof CANVAS_BLOCKS)[number];

/** Default mapping from a canvas block to the Gassmann dimension it answers. */
export const BLOCK_DIMENSION: Record<CanvasBlock, Dimension> = {
	'customer-segments': 'who',
	channels: 'who',
	'customer-relationships': 'who',
	'value-propositions': 'what',
	'key-activities': 'how',
	'key-resources': 'how',
	'key-partnerships': 'how',
	'revenue-streams': 'why',
	'cost-structure': 'why'
};

export function blocksOf(dimension: Dimension): CanvasBlock[] {
	return CANVAS_BLOCKS.filter((block) => BLOCK_DIMENSION[block] === dimension);
}

/**
 * The magic triangle: Who in the centre, What, How and Why at the corners
 * (What at the top, How bottom left, Why bottom right). Returns points in a
 * unit box [0, 1] x [0, 1] so a drawing can scale them.
 */
export function trianglePoints(): Record<Dimension, { x: number; y: number }> {
	const top = { x: 0.5, y: 0.06 };
	const left = { x: 0.06, y: 0.9 };
	const right = { x: 0.94, y: 0.9 };
	return {
		what: top,
		how: left,
		why: right,
		who: { x: (top.x + left.x + right.x) / 3, y: (top.y + left.y + right.y) / 3 }
	};
}
