import type { SupabaseClient } from '@supabase/supabase-js';
// Relative imports with .ts: use-cases.ts (run by the library benchmark under tsx) reads patterns through here.
import { getLocale, m } from '../i18n/index.ts';
import { DataError } from './errors.ts';

/** One of Gassmann's 55 business model patterns, named in the page's language. */
export interface Pattern {
	id: number;
	slug: string;
	name: string;
	description: string;
}

/**
 * The table keeps each pattern's English name and description (for search and
 * links); the page shows the catalogue's, in its language, falling back to the table.
 */
export function localizedPattern<Row extends { slug: string; name: string; description?: string }>(row: Row): Row {
	const text = m.patterns[row.slug];
	if (!text) return row;
	return { ...row, name: text.name, ...(row.description === undefined ? {} : { description: text.description }) };
}

export const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, getLocale());

/** All 55, by name in the page's language: the pickers and the library's filter. */
export async function allPatterns(db: SupabaseClient): Promise<Pattern[]> {
	const { data, error } = await db.from('business_model_patterns').select('id, slug, name, description');
	if (error) throw new DataError(error.message);
	return ((data ?? []) as Pattern[]).map(localizedPattern).sort(byName);
}

/** The names of the patterns `ids` cites, in the page's language; one hidden or gone is missing from the map. */
export async function patternNames(db: SupabaseClient, ids: readonly number[]): Promise<Map<number, string>> {
	if (!ids.length) return new Map();
	const { data, error } = await db.from('business_model_patterns').select('id, slug, name').in('id', ids);
	if (error) throw new DataError(error.message);
	return new Map(((data ?? []) as Omit<Pattern, 'description'>[]).map((row) => [row.id, localizedPattern(row).name]));
}
