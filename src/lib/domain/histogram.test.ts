import { describe, expect, it } from 'vitest';
import { addHistograms, histogramStats, histogramSum } from './histogram';

describe('histogram statistics', () => {
	it('has nothing to say about no scores', () => {
		expect(histogramStats([0, 0, 0, 0, 0])).toEqual({ count: 0, mean: null, median: null, sd: null });
	});

	it('computes mean, median and standard deviation of an odd count', () => {
		// Scores 1, 3, 3, 4, 5: sum 16, mean 3.2; middle (3rd) score 3;
		// squared distances 4.84 + 0.04 + 0.04 + 0.64 + 3.24 = 8.8, / 5 = 1.76.
		const s = histogramStats([1, 0, 2, 1, 1]);
		expect(s.count).toBe(5);
		expect(s.mean).toBeCloseTo(3.2, 12);
		expect(s.median).toBe(3);
		expect(s.sd).toBeCloseTo(Math.sqrt(1.76), 12);
	});

	it('takes the median of an even count halfway between the two middle scores', () => {
		// Scores 2, 2, 4, 5: middle ones 2 and 4.
		expect(histogramStats([0, 2, 0, 1, 1]).median).toBe(3);
		// Scores 4, 5: one each.
		expect(histogramStats([0, 0, 0, 1, 1]).median).toBe(4.5);
	});

	it('gives no spread when everyone agrees', () => {
		expect(histogramStats([0, 0, 0, 7, 0])).toEqual({ count: 7, mean: 4, median: 4, sd: 0 });
	});

	it('adds histograms and sums their scores', () => {
		expect(addHistograms([1, 0, 2, 0, 0], [0, 1, 1, 0, 3])).toEqual([1, 1, 3, 0, 3]);
		expect(histogramSum([1, 1, 3, 0, 3])).toBe(1 + 2 + 9 + 15);
	});
});
