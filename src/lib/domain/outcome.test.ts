import { describe, expect, it } from 'vitest';
import { emptyOutcome, outcomeSchema, readOutcome } from './outcome.ts';

describe('outcome', () => {
	it('an empty outcome is a valid one', () => {
		expect(outcomeSchema.safeParse(emptyOutcome()).success).toBe(true);
	});

	it('reads what is valid and keeps the rest empty', () => {
		const read = readOutcome({ lessons: 'Start small', patterns: 'not a list', funding: ['EU Horizon'] });
		expect(read.lessons).toBe('Start small');
		expect(read.funding).toEqual(['EU Horizon']);
		expect(read.patterns).toEqual([]);
		expect(read.dimensions.who).toEqual({ text: '', notes: [] });
	});

	it('refuses a score outside 1 to 5', () => {
		const outcome = emptyOutcome();
		outcome.scores.scalability = 6;
		expect(outcomeSchema.safeParse(outcome).success).toBe(false);
	});
});
