import { describe, expect, it } from 'vitest';
import { LABEL_MAX, voteCandidates } from './vote-candidates';

describe('notes put to the vote', () => {
	it('each note with text becomes a candidate labelled with its text on one line', () => {
		const candidates = voteCandidates([
			{ id: 'a', note: { text: '  Open parking\n data ' } },
			{ id: 'b', note: { text: '   ' } },
			{ id: 'c', note: { text: 'Bike lanes' } }
		]);
		expect(candidates).toEqual([
			{ noteId: 'a', label: 'Open parking data' },
			{ noteId: 'c', label: 'Bike lanes' }
		]);
	});

	it('a long text is cut to what a label may hold, never inside an emoji', () => {
		const [candidate] = voteCandidates([{ id: 'a', note: { text: '🚲'.repeat(LABEL_MAX + 5) } }]);
		expect(candidate.label).toHaveLength(LABEL_MAX);
		expect(candidate.label.endsWith('🚲')).toBe(true);
	});
});
