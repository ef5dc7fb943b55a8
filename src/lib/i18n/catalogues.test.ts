/**
 * Every language has exactly English's keys, with the same kinds of value; the
 * maps keyed by data (stakeholders, templates, patterns …) hold exactly the keys
 * the data can take.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { STAKEHOLDERS } from '../domain/stakeholders';
import { TEMPLATE_IDS, TEMPLATES } from '../domain/templates';
import { DOMAINS, MATURITIES, SRS } from '../domain/use-cases';
import { DIMENSIONS } from '../domain/gassmann';
import { leaves } from './catalogue-keys';
import { en, type Messages } from './en';
import { de } from './de';
import { es } from './es';
import { fi } from './fi';
import { fr } from './fr';
import { it as italian } from './it';
import { LOCALES } from './locales';

const catalogues: Record<string, Messages> = { de, fr, it: italian, es, fi };
const english = new Map(leaves(en).map((leaf) => [leaf.path, leaf]));

describe('every catalogue has English’s keys and no other', () => {
	it('covers every language but English', () => {
		expect(Object.keys(catalogues).sort()).toEqual(LOCALES.filter((l) => l !== 'en').sort());
	});
	for (const [code, catalogue] of Object.entries(catalogues)) {
		it(code, () => {
			const own = new Map(leaves(catalogue).map((leaf) => [leaf.path, leaf]));
			expect([...english.keys()].filter((key) => !own.has(key)), `missing in ${code}`).toEqual([]);
			expect([...own.keys()].filter((key) => !english.has(key)), `only in ${code}`).toEqual([]);
			const different = [...english.values()].filter((leaf) => {
				const theirs = own.get(leaf.path)!;
				return theirs.kind !== leaf.kind || theirs.length !== leaf.length || (leaf.kind === 'function' && theirs.arity! > leaf.arity!);
			});
			expect(different.map((leaf) => leaf.path), `different kind, arity or length in ${code}`).toEqual([]);
			const empty = [...own.values()].filter((leaf) => leaf.kind === 'string' && readPath(catalogue, leaf.path) === '' && readPath(en, leaf.path) !== '');
			expect(empty.map((leaf) => leaf.path), `empty in ${code}`).toEqual([]);
		});
	}
});

describe('maps keyed by data hold exactly the data’s keys', () => {
	const patternSlugs = [
		...readFileSync(new URL('../../../supabase/migrations/20261122000300_business_model_patterns.sql', import.meta.url), 'utf8').matchAll(
			/\(\d+, '([a-z0-9-]+)', '/g
		)
	].map((match) => match[1]);

	it('reads the 55 patterns from their migration', () => expect(patternSlugs).toHaveLength(55));

	for (const [code, catalogue] of Object.entries({ en, ...catalogues })) {
		it(code, () => {
			expect(Object.keys(catalogue.stakeholders).sort()).toEqual([...STAKEHOLDERS].sort());
			expect(Object.keys(catalogue.dimensions).sort()).toEqual([...DIMENSIONS].sort());
			expect(Object.keys(catalogue.domains).sort()).toEqual([...DOMAINS].sort());
			expect(Object.keys(catalogue.maturities).sort()).toEqual([...MATURITIES].sort());
			expect(Object.keys(catalogue.srs).sort()).toEqual([...SRS].sort());
			expect(Object.keys(catalogue.patterns).sort()).toEqual([...patternSlugs].sort());
			expect(Object.keys(catalogue.templates).sort()).toEqual([...TEMPLATE_IDS].sort());
			for (const id of TEMPLATE_IDS)
				expect(Object.keys(catalogue.templates[id].blocks).sort(), `${code} ${id}`).toEqual(TEMPLATES[id].blocks.map((b) => b.id).sort());
		});
	}
});

function readPath(catalogue: unknown, path: string): unknown {
	return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown>)[key], catalogue);
}
