/**
 * The canvas's use-case picker query (GET /api/use-cases calls it) against the
 * real PostgREST: search, linked ids, malformed ids dropped, retired and other
 * organisations' drafts never shown.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { pickUseCases } from '../../src/lib/data/use-cases';
import { DRAFT_SLUGS, RETIRED_SLUG, clientFor, closeDb, useCaseBySlug } from './helpers';

afterAll(closeDb);

const LONDON = 'london-parking-apps-as-strategic-services';
const idOf = async (slug: string) => String((await useCaseBySlug(slug))!.id);

describe('pickUseCases', () => {
	it('searches the library for the words typed', async () => {
		const found = await pickUseCases(clientFor(null), { q: '  parking  ', ids: [] });
		expect(found.map((u) => u.slug)).toContain(LONDON);
		expect(Object.keys(found[0]).sort()).toEqual(['city', 'id', 'slug', 'title']);
	});

	it('names the linked use cases by id, dropping malformed ids instead of sending them', async () => {
		const london = await idOf(LONDON);
		const found = await pickUseCases(clientFor(null), { q: 'ignored when ids are given', ids: ['', 'not-an-id', london.toUpperCase(), london] });
		expect(found.map((u) => u.slug)).toEqual([LONDON]);
	});

	it('never shows a retired use case, nor drafts to someone outside their organisation', async () => {
		const ids = await Promise.all([RETIRED_SLUG, ...DRAFT_SLUGS].map(idOf));
		expect(await pickUseCases(clientFor(null), { q: '', ids })).toEqual([]);
	});
});
