import { describe, expect, it } from 'vitest';
import type { Replication } from '$lib/data/replications';
import { spreadItems } from './spread';

const replication = (city: string, at: string, slug: string): Replication => ({
	replicated_at: at,
	organization: { name: `City of ${city}`, slug: `city-of-${slug}` },
	replica: { slug, title: `Mobility points in ${city}`, city, country: 'Finland' }
});

describe('the places a use case spread to', () => {
	it('lists the recorded replications first, with organisation, year and the replica', () => {
		const items = spreadItems([replication('Oulu', '2027-03-04T10:00:00Z', 'oulu-points')], []);
		expect(items).toEqual([
			{ kind: 'replication', city: 'Oulu', organisation: 'City of Oulu', date: '2027-03-04T10:00:00Z', year: '2027', slug: 'oulu-points', title: 'Mobility points in Oulu' }
		]);
	});

	it('adds the follower cities without a record, once each, as followers', () => {
		const items = spreadItems([replication('Oulu', '2027-03-04T10:00:00Z', 'oulu-points')], ['oulu', 'Sofia', ' Sofia ', 'Kyiv']);
		expect(items.map((i) => [i.kind, i.city])).toEqual([
			['replication', 'Oulu'],
			['follower', 'Sofia'],
			['follower', 'Kyiv']
		]);
	});

	it('leaves out a record whose replica the reader cannot see', () => {
		expect(spreadItems([{ replicated_at: '2027-01-01T00:00:00Z', organization: null, replica: null }], [])).toEqual([]);
	});
});
