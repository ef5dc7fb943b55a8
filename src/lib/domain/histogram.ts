/**
 * Statistics of 1-to-5 scores, computed exactly from their histogram (how
 * many gave 1, 2, 3, 4, 5), which is all a tally holds.
 */
import { SCORE_MIN, type Histogram } from './rounds.ts';

export interface HistogramStats {
	/** How many scores. */
	count: number;
	/** The rest are null when count is 0. */
	mean: number | null;
	/** The middle score; with an even count, the mean of the two middle ones (so it may end in .5). */
	median: number | null;
	/** Population standard deviation: how far scores lie from the mean, on average (root mean square). */
	sd: number | null;
}

export const emptyHistogram = (): Histogram => [0, 0, 0, 0, 0];

export function addHistograms(a: Histogram, b: Histogram): Histogram {
	return a.map((n, i) => n + b[i]) as Histogram;
}

export const histogramCount = (h: Histogram): number => h.reduce((sum, n) => sum + n, 0);

/** Sum of the scores a histogram counts. */
export const histogramSum = (h: Histogram): number => h.reduce((sum, n, i) => sum + n * (SCORE_MIN + i), 0);

/** The score at a 1-based position of the scores in ascending order. */
function scoreAt(h: Histogram, position: number): number {
	let seen = 0;
	for (let i = 0; i < h.length; i++) {
		seen += h[i];
		if (seen >= position) return SCORE_MIN + i;
	}
	throw new RangeError(`position ${position} is past the ${seen} scores`);
}

export function histogramStats(h: Histogram): HistogramStats {
	const count = histogramCount(h);
	if (count === 0) return { count, mean: null, median: null, sd: null };
	const mean = histogramSum(h) / count;
	const median = count % 2 === 1 ? scoreAt(h, (count + 1) / 2) : (scoreAt(h, count / 2) + scoreAt(h, count / 2 + 1)) / 2;
	const variance = h.reduce((sum, n, i) => sum + n * (SCORE_MIN + i - mean) ** 2, 0) / count;
	return { count, mean, median, sd: Math.sqrt(variance) };
}
