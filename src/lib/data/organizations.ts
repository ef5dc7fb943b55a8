import type { SupabaseClient } from '@supabase/supabase-js';
import {
	refusalOf,
	type NewInvitation,
	type NewOrganization,
	type OrganizationKind,
	type OrganizationRole,
	type Refusal
} from '$lib/domain/organizations';
import { DataError } from './errors';
import type { UseCaseSummary } from './use-cases';

/** Every query here runs as the caller (their supabase-js client), so RLS decides. */

export interface Organization {
	id: string;
	slug: string;
	name: string;
	kind: OrganizationKind;
	country: string;
}

export interface OrganizationMember {
	userId: string;
	role: OrganizationRole;
	displayName: string;
	joinedAt: string;
}

export interface Invitation {
	id: string;
	email: string;
	role: OrganizationRole;
	expiresAt: string;
	createdAt: string;
}

/** What an invitee's page shows before they accept. */
export interface InvitationPreview {
	organizationName: string;
	organizationSlug: string;
	role: OrganizationRole;
	email: string;
	expiresAt: string;
	accepted: boolean;
}

/** A write the database refused or that failed; `code` picks the message from the catalogue. */
export class OrganizationError extends Error {
	constructor(
		readonly code: Refusal,
		message: string
	) {
		super(message);
	}
}

const refused = (error: { message: string; hint?: string | null }) => new OrganizationError(refusalOf(error.hint), error.message);

/** Throws unless a row changed: RLS turns a refused update or delete into zero rows, not an error. */
function expectChanged(result: { data: unknown[] | null; error: { message: string; hint?: string | null } | null }) {
	if (result.error) throw refused(result.error);
	if (!result.data?.length) throw new OrganizationError('notAllowed', 'no row changed');
}

const ORG_COLUMNS = 'id, slug, name, kind, country';

export async function listOrganizations(db: SupabaseClient): Promise<Organization[]> {
	const { data, error } = await db.from('organizations').select(ORG_COLUMNS).order('name');
	if (error) throw new DataError(error.message);
	return (data ?? []) as Organization[];
}

export async function getOrganization(db: SupabaseClient, slug: string): Promise<Organization | null> {
	const { data, error } = await db.from('organizations').select(ORG_COLUMNS).eq('slug', slug).maybeSingle();
	if (error) throw new DataError(error.message);
	return data as Organization | null;
}

/** The caller's role in each organisation they belong to, by organisation id. */
export async function myRoles(db: SupabaseClient, userId: string): Promise<Map<string, OrganizationRole>> {
	const { data, error } = await db.from('organization_members').select('organization_id, role').eq('user_id', userId);
	if (error) throw new DataError(error.message);
	return new Map((data ?? []).map((r) => [r.organization_id as string, r.role as OrganizationRole]));
}

/** The organisation's published use cases (not drafts, not retired), newest first. */
export async function publishedUseCases(db: SupabaseClient, organizationId: string): Promise<UseCaseSummary[]> {
	const { data, error } = await db
		.from('use_cases')
		.select('slug, title, city, country, domain, maturity, summary, language')
		.eq('organization_id', organizationId)
		.eq('status', 'published')
		.is('retired_at', null)
		.order('published_at', { ascending: false })
		.order('title');
	if (error) throw new DataError(error.message);
	return (data ?? []) as UseCaseSummary[];
}

/** Members with their names (never emails); empty for anyone who is not a member. */
export async function listMembers(db: SupabaseClient, organizationId: string): Promise<OrganizationMember[]> {
	const { data, error } = await db.rpc('organization_member_list', { org: organizationId });
	if (error) throw new DataError(error.message);
	return ((data ?? []) as { user_id: string; role: OrganizationRole; display_name: string; joined_at: string }[]).map((r) => ({
		userId: r.user_id,
		role: r.role,
		displayName: r.display_name,
		joinedAt: r.joined_at
	}));
}

/** Invitations not yet accepted (admins only; RLS gives anyone else none). */
export async function openInvitations(db: SupabaseClient, organizationId: string): Promise<Invitation[]> {
	const { data, error } = await db
		.from('organization_invitations')
		.select('id, email, role, expires_at, created_at')
		.eq('organization_id', organizationId)
		.is('accepted_at', null)
		.order('created_at', { ascending: false });
	if (error) throw new DataError(error.message);
	return ((data ?? []) as { id: string; email: string; role: OrganizationRole; expires_at: string; created_at: string }[]).map((r) => ({
		id: r.id,
		email: r.email,
		role: r.role,
		expiresAt: r.expires_at,
		createdAt: r.created_at
	}));
}

/** Creates the organisation with the caller as its admin; returns its slug. */
export async function createOrganization(db: SupabaseClient, input: NewOrganization): Promise<string> {
	const { data, error } = await db.rpc('create_organization', { name: input.name, kind: input.kind, country: input.country });
	if (error) throw refused(error);
	return data as string;
}

/** Records an invitation; the caller sends the link (the token's hash is all that is stored). */
export async function createInvitation(db: SupabaseClient, organizationId: string, input: NewInvitation, tokenHash: string): Promise<void> {
	const { error } = await db
		.from('organization_invitations')
		.insert({ organization_id: organizationId, email: input.email, role: input.role, token_hash: tokenHash });
	if (error) throw error.code === '42501' ? new OrganizationError('notAllowed', error.message) : refused(error);
}

export async function revokeInvitation(db: SupabaseClient, organizationId: string, id: string): Promise<void> {
	expectChanged(await db.from('organization_invitations').delete().eq('organization_id', organizationId).eq('id', id).select('id'));
}

export async function changeRole(db: SupabaseClient, organizationId: string, userId: string, role: OrganizationRole): Promise<void> {
	expectChanged(
		await db.from('organization_members').update({ role }).eq('organization_id', organizationId).eq('user_id', userId).select('role')
	);
}

/** Removes a member; the caller removing themselves is leaving. */
export async function removeMember(db: SupabaseClient, organizationId: string, userId: string): Promise<void> {
	expectChanged(await db.from('organization_members').delete().eq('organization_id', organizationId).eq('user_id', userId).select('user_id'));
}

export async function readInvitation(db: SupabaseClient, token: string): Promise<InvitationPreview | null> {
	const { data, error } = await db.rpc('read_invitation', { token });
	if (error) throw new DataError(error.message);
	const row = (data as { organization_name: string; organization_slug: string; role: OrganizationRole; email: string; expires_at: string; accepted: boolean }[] | null)?.[0];
	return row
		? {
				organizationName: row.organization_name,
				organizationSlug: row.organization_slug,
				role: row.role,
				email: row.email,
				expiresAt: row.expires_at,
				accepted: row.accepted
			}
		: null;
}

/** Accepts as the caller; returns the organisation's slug. */
export async function acceptInvitation(db: SupabaseClient, token: string): Promise<string> {
	const { data, error } = await db.rpc('accept_invitation', { token });
	if (error) throw refused(error);
	return data as string;
}
