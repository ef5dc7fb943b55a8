import type { SupabaseClient } from '@supabase/supabase-js';
import { readOutcome, type Outcome } from '$lib/domain/outcome';
import type { UseCaseRow } from '../../routes/compare/compare-columns';
import { DataError } from './errors';
import { localizedPattern, patternNames } from './patterns';

/** What /compare reads, as the caller (RLS decides what they see). */

const COLUMNS = `slug, title, city, country, who, what, how, why, scalability, replicability, sustainability, revenue_model,
	use_case_patterns(business_model_patterns(slug, name))`;

/** The use cases named by `slugs`, in that order; a slug nobody may see (or none has) is left out. */
export async function compareUseCases(db: SupabaseClient, slugs: string[]): Promise<UseCaseRow[]> {
	if (!slugs.length) return [];
	const { data, error } = await db.from('use_cases').select(COLUMNS).in('slug', slugs);
	if (error) throw new DataError(error.message);
	const rows = (data ?? []) as unknown as (Omit<UseCaseRow, 'patterns'> & { use_case_patterns: { business_model_patterns: { slug: string; name: string } }[] })[];
	const bySlug = new Map(
		rows.map(({ use_case_patterns, ...row }) => [row.slug, { ...row, patterns: use_case_patterns.map((l) => localizedPattern(l.business_model_patterns).name) }])
	);
	return slugs.map((s) => bySlug.get(s)).filter((r): r is UseCaseRow => Boolean(r));
}

/**
 * A workshop's outcome for one of its members: the workshop (null when RLS
 * shows it not, i.e. the caller is not a member), its outcome as stored
 * (empty when none was written yet), and the names of the patterns it cites.
 */
export async function compareOutcome(
	db: SupabaseClient,
	workshopId: string
): Promise<{ workshop: { id: string; title: string; host: string }; outcome: Outcome; patterns: Map<number, string> } | null> {
	const [workshop, stored] = await Promise.all([
		db.from('workshops').select('id, title, host').eq('id', workshopId).maybeSingle(),
		db.from('outcomes').select('content').eq('workshop_id', workshopId).maybeSingle()
	]);
	if (workshop.error) throw new DataError(workshop.error.message);
	if (stored.error) throw new DataError(stored.error.message);
	if (!workshop.data) return null;
	const outcome = readOutcome(stored.data?.content);
	const patterns = await patternNames(db, outcome.patterns);
	return { workshop: workshop.data as { id: string; title: string; host: string }, outcome, patterns };
}
