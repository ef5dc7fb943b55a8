import type { SupabaseClient } from '@supabase/supabase-js';
import { readOutcome, type Outcome } from '$lib/domain/outcome';
import type { UseCaseFields } from '$lib/domain/publishing';
import type { UseCaseStatus } from '$lib/domain/use-cases';
import { DataError } from './errors';

/**
 * Publishing a workshop's outcome as a library use case. Every call runs as
 * the person (their supabase-js client): RLS and the security-invoker
 * functions of migration 20261201000900 decide what they may do.
 */

export interface PublisherOrganization {
	id: string;
	name: string;
	slug: string;
	country: string;
}

/** The organisations where this person publishes (role publisher or admin). */
export async function publisherOrganizations(db: SupabaseClient, userId: string): Promise<PublisherOrganization[]> {
	const { data, error } = await db
		.from('organization_members')
		.select('organization:organizations(id, name, slug, country)')
		.eq('user_id', userId)
		.in('role', ['publisher', 'admin']);
	if (error) throw new DataError(error.message);
	const rows = (data ?? []) as unknown as { organization: PublisherOrganization | null }[];
	return rows
		.map((r) => r.organization)
		.filter((o): o is PublisherOrganization => o !== null)
		.sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/** The workshop's outcome as stored (an empty one when nothing is stored yet). */
export async function workshopOutcome(db: SupabaseClient, workshopId: string): Promise<Outcome> {
	const { data, error } = await db.from('outcomes').select('content').eq('workshop_id', workshopId).maybeSingle();
	if (error) throw new DataError(error.message);
	return readOutcome(data?.content);
}

export interface PublishedFromWorkshop {
	slug: string;
	title: string;
	status: UseCaseStatus;
}

/** Use cases already made from this workshop that the person can see (so they edit rather than duplicate). */
export async function useCasesFromWorkshop(db: SupabaseClient, workshopId: string): Promise<PublishedFromWorkshop[]> {
	const { data, error } = await db.from('use_cases').select('slug, title, status').eq('workshop_id', workshopId).order('created_at');
	if (error) throw new DataError(error.message);
	return (data ?? []) as PublishedFromWorkshop[];
}

/** The first free address from the one wanted (wanted, wanted-2, ...), drafts of every organisation counted. */
export async function freeSlug(db: SupabaseClient, wanted: string): Promise<string> {
	const { data, error } = await db.rpc('free_use_case_slug', { wanted });
	if (error) throw new DataError(error.message);
	return data as string;
}

/** Why a write was refused, in words the form shows (keys of the publishing catalogue's `refused`). */
export type Refusal = 'slugTaken' | 'notAllowed' | 'dimensionsMissing' | 'invalid';

export class PublishingRefused extends Error {
	constructor(readonly reason: Refusal) {
		super(reason);
	}
}

/** PostgREST's answer to a refused write, as a reason; anything else is a DataError. */
function refusal(error: { code?: string; message: string }): Error {
	switch (error.code) {
		case '23505':
			return new PublishingRefused('slugTaken');
		case '42501':
			return new PublishingRefused('notAllowed');
		case '23514':
			return new PublishingRefused(error.message.includes('published_has_dimensions') ? 'dimensionsMissing' : 'invalid');
		case '23503':
		case '22P02':
			return new PublishingRefused('invalid');
		default:
			return new DataError(error.message);
	}
}

const columns = ({ patterns: _patterns, ...fields }: UseCaseFields) => fields;

/** Saves a draft and its patterns in one step; returns its slug. */
export async function createDraft(db: SupabaseClient, fields: UseCaseFields, workshopId: string): Promise<string> {
	const { data, error } = await db.rpc('create_use_case_draft', {
		use_case: { ...columns(fields), workshop_id: workshopId },
		patterns: fields.patterns
	});
	if (error) throw refusal(error);
	return data as string;
}

export interface EditableUseCase extends Omit<UseCaseFields, 'patterns'> {
	id: string;
	status: UseCaseStatus;
	updated_at: string;
	patterns: number[];
	organization: { name: string } | null;
}

/** A use case with what the edit form needs; null when RLS shows none. */
export async function editableUseCase(db: SupabaseClient, slug: string): Promise<EditableUseCase | null> {
	const { data, error } = await db
		.from('use_cases')
		.select(
			`id, slug, title, organization_id, city, country, domain, maturity, language, summary, who, what, how, why,
			 funding_mechanisms, internal_success_factors, external_success_factors, scalability, replicability,
			 sustainability, lessons, replication_conditions, status, updated_at,
			 organization:organizations(name), use_case_patterns(pattern_id)`
		)
		.eq('slug', slug)
		.maybeSingle();
	if (error) throw new DataError(error.message);
	if (!data) return null;
	const { use_case_patterns, ...rest } = data as unknown as Omit<EditableUseCase, 'patterns'> & { use_case_patterns: { pattern_id: number }[] };
	return { ...rest, patterns: use_case_patterns.map((l) => l.pattern_id).sort((a, b) => a - b) };
}

/** Saves an edit and its patterns in one step. */
export async function saveUseCase(db: SupabaseClient, id: string, fields: UseCaseFields): Promise<void> {
	const { error } = await db.rpc('update_use_case', { use_case_id: id, use_case: columns(fields), patterns: fields.patterns });
	if (error) throw refusal(error);
}

/** Publishes, retires or takes back to draft; refused when RLS hides it or refuses the update. */
export async function setUseCaseStatus(db: SupabaseClient, id: string, status: UseCaseStatus): Promise<void> {
	const { data, error } = await db.from('use_cases').update({ status }).eq('id', id).select('id');
	if (error) throw refusal(error);
	if (!data?.length) throw new PublishingRefused('notAllowed');
}

/** Whether this person publishes for the organisation (their own membership rows are readable to them). */
export async function publishesFor(db: SupabaseClient, userId: string, organizationId: string): Promise<boolean> {
	const { data, error } = await db
		.from('organization_members')
		.select('role')
		.eq('user_id', userId)
		.eq('organization_id', organizationId)
		.in('role', ['publisher', 'admin']);
	if (error) throw new DataError(error.message);
	return (data ?? []).length > 0;
}

export interface PublishingInfo {
	/** When it last changed, for use cases made or changed in the app (the seed's were loaded, not written). */
	lastChanged: string | null;
	/** The reader publishes for its organisation: edit, publish and retire are theirs. */
	canEdit: boolean;
}

/** What the use case page adds for publishing: when it last changed, and whether the reader may edit it. */
export async function publishingInfo(db: SupabaseClient, useCaseId: string, userId: string | null): Promise<PublishingInfo> {
	const { data, error } = await db
		.from('use_cases')
		.select('organization_id, created_by, created_at, updated_at')
		.eq('id', useCaseId)
		.maybeSingle();
	if (error) throw new DataError(error.message);
	if (!data) return { lastChanged: null, canEdit: false };
	const changedInApp = data.created_by !== null || data.updated_at !== data.created_at;
	return {
		lastChanged: changedInApp ? (data.updated_at as string) : null,
		canEdit: userId ? await publishesFor(db, userId, data.organization_id as string) : false
	};
}
