import type { SupabaseClient } from '@supabase/supabase-js';
import type { Outcome } from '$lib/domain/outcome';
import type { ReplicationSource } from '$lib/domain/replication';
import { DataError } from './errors';

/** Every query here runs as the caller (their supabase-js client), so RLS decides. */

/** One recorded replication of a use case, with what the library shows of it. */
export interface Replication {
	replicated_at: string;
	organization: { name: string; slug: string } | null;
	replica: { slug: string; title: string; city: string; country: string } | null;
}

/**
 * The replications of a use case, oldest first. RLS shows a record only when
 * the caller can read both use cases (for a visitor: both published).
 */
export async function listReplications(db: SupabaseClient, useCaseId: string): Promise<Replication[]> {
	const { data, error } = await db
		.from('use_case_replications')
		.select(
			`replicated_at, organization:organizations(name, slug),
			 replica:use_cases!use_case_replications_replica_id_fkey(slug, title, city, country)`
		)
		.eq('use_case_id', useCaseId)
		.order('replicated_at');
	if (error) throw new DataError(error.message);
	return (data ?? []) as unknown as Replication[];
}

/** An organisation of kind city the reader belongs to: a city a workshop can be started for. */
export interface CityChoice {
	id: string;
	name: string;
}

export async function myCities(db: SupabaseClient, userId: string): Promise<CityChoice[]> {
	const { data, error } = await db
		.from('organization_members')
		.select('organization:organizations!inner(id, name, kind)')
		.eq('user_id', userId)
		.eq('organization.kind', 'city');
	if (error) throw new DataError(error.message);
	const rows = (data ?? []) as unknown as { organization: CityChoice }[];
	return rows.map((r) => ({ id: r.organization.id, name: r.organization.name })).sort((a, b) => a.name.localeCompare(b.name));
}

/** What a replication copies of the use case with this slug, or null when the caller cannot read it. */
export async function replicationSource(db: SupabaseClient, slug: string): Promise<ReplicationSource | null> {
	const { data, error } = await db
		.from('use_cases')
		.select(
			`id, title, who, what, how, why, funding_mechanisms, internal_success_factors, external_success_factors,
			 scalability, replicability, sustainability, lessons, replication_conditions, atos, revenue_model,
			 use_case_patterns(pattern_id)`
		)
		.eq('slug', slug)
		.maybeSingle();
	if (error) throw new DataError(error.message);
	if (!data) return null;
	const { use_case_patterns, ...rest } = data as unknown as Omit<ReplicationSource, 'patterns'> & { use_case_patterns: { pattern_id: number }[] };
	return { ...rest, patterns: use_case_patterns.map((p) => p.pattern_id).sort((a, b) => a - b) };
}

export interface StartInput {
	useCaseId: string;
	title: string;
	/** The city the workshop is for, as its host. */
	host: string;
	organization: string | null;
	purpose: string;
	canvasTitle: string;
	outcome: Outcome;
}

/** Creates the workshop, its Business Model Canvas and its draft outcome in one step (start_workshop_from_use_case). */
export async function startWorkshopFromUseCase(db: SupabaseClient, input: StartInput): Promise<{ workshop: string; canvas: string }> {
	const { data, error } = await db.rpc('start_workshop_from_use_case', {
		use_case: input.useCaseId,
		title: input.title,
		host: input.host,
		organization: input.organization,
		purpose: input.purpose,
		canvas_title: input.canvasTitle,
		outcome: input.outcome
	});
	if (error) throw new DataError(error.message);
	return data as { workshop: string; canvas: string };
}

/** Removes a workshop whose canvas could not be filled, so nothing half-made is kept (the caller is its facilitator). */
export async function deleteWorkshop(db: SupabaseClient, workshopId: string): Promise<void> {
	const { error } = await db.from('workshops').delete().eq('id', workshopId);
	if (error) throw new DataError(error.message);
}

/**
 * What the use case page shows of replication: its replications, who is
 * reading (the start form is for people with an account) and their cities.
 * A failed query leaves the panel empty rather than the page unavailable.
 */
export async function replicationPanel(db: SupabaseClient, user: { id: string; isAnonymous: boolean } | null, useCaseId: string) {
	const access: 'visitor' | 'participant' | 'account' = !user ? 'visitor' : user.isAnonymous ? 'participant' : 'account';
	const [replications, cities] = await Promise.all([
		listReplications(db, useCaseId).catch((e: Error) => (console.error('replications failed:', e.message), [] as Replication[])),
		access === 'account' ? myCities(db, user!.id).catch((e: Error) => (console.error('cities failed:', e.message), [] as CityChoice[])) : []
	]);
	return { access, replications, cities };
}
