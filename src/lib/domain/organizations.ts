import { z } from 'zod';

/**
 * Organisations and their members: the kinds, the roles, what a form may send
 * (zod at the boundary; messages are catalogue keys) and who may do what to
 * whom. The database enforces the same rules (migration 20261201000800); these
 * decide what a page offers, so nobody is shown a button that will be refused.
 */

export const ORGANIZATION_KINDS = ['city', 'company', 'research', 'public_body', 'network', 'other'] as const;
export type OrganizationKind = (typeof ORGANIZATION_KINDS)[number];

/** Member reads drafts; publisher also publishes; admin also manages members. */
export const ORGANIZATION_ROLES = ['member', 'publisher', 'admin'] as const;
export type OrganizationRole = (typeof ORGANIZATION_ROLES)[number];

/** An invitation is valid this long (the database's default; at most 30 days). */
export const INVITATION_DAYS = 7;

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

export const newOrganizationSchema = z.object({
	name: z.string().transform(oneLine).pipe(z.string().min(1, 'nameRequired').max(120, 'nameTooLong')),
	kind: z.enum(ORGANIZATION_KINDS, { error: 'kindUnknown' }),
	country: z.string().transform(oneLine).pipe(z.string().max(60, 'countryTooLong'))
});
export type NewOrganization = z.infer<typeof newOrganizationSchema>;

export const invitationSchema = z.object({
	email: z.string().trim().toLowerCase().pipe(z.email({ error: 'emailInvalid' }).max(254, 'emailInvalid')),
	role: z.enum(ORGANIZATION_ROLES, { error: 'roleUnknown' })
});
export type NewInvitation = z.infer<typeof invitationSchema>;

export const roleChangeSchema = z.object({
	userId: z.uuid({ error: 'memberUnknown' }),
	role: z.enum(ORGANIZATION_ROLES, { error: 'roleUnknown' })
});

export const memberSchema = z.object({ userId: z.uuid({ error: 'memberUnknown' }) });
export const invitationIdSchema = z.object({ id: z.uuid({ error: 'invitationUnknown' }) });

/** The secret in an invitation link: 32 random bytes, base64url. */
export const isInvitationToken = (value: string) => /^[A-Za-z0-9_-]{43}$/.test(value);

export const invitationPath = (token: string) => `/orgs/invitations/${token}`;

export interface MemberRef {
	userId: string;
	role: OrganizationRole;
}

const adminsIn = (members: readonly MemberRef[]) => members.filter((m) => m.role === 'admin').length;

/** True when this member is the organisation's only admin: they can neither leave nor step down. */
export function isLastAdmin(members: readonly MemberRef[], userId: string): boolean {
	const me = members.find((m) => m.userId === userId);
	return me?.role === 'admin' && adminsIn(members) === 1;
}

/** What the viewer may do to one member (themselves included). */
export interface MemberActions {
	/** Roles the viewer may give this member (empty: no change offered). */
	roles: OrganizationRole[];
	remove: boolean;
	leave: boolean;
}

export function memberActions(members: readonly MemberRef[], viewerId: string, target: MemberRef): MemberActions {
	const viewer = members.find((m) => m.userId === viewerId);
	const none: MemberActions = { roles: [], remove: false, leave: false };
	if (!viewer) return none;
	const self = target.userId === viewerId;
	const lastAdmin = isLastAdmin(members, target.userId);
	if (viewer.role !== 'admin') return self ? { ...none, leave: true } : none;
	return {
		// The last admin keeps the role; any other may get any role.
		roles: lastAdmin ? [] : ORGANIZATION_ROLES.filter((r) => r !== target.role),
		remove: !self && !lastAdmin,
		leave: self && !lastAdmin
	};
}

/** Why the database refused (its HINT), as a key of the catalogue's errors. */
export const REFUSALS = {
	'sign-in': 'signIn',
	'needs-email': 'needsEmail',
	name: 'nameRequired',
	kind: 'kindUnknown',
	country: 'countryTooLong',
	slug: 'failed',
	'last-admin': 'lastAdmin',
	'invitation-unknown': 'invitationUnknown',
	'invitation-used': 'invitationUsed',
	'invitation-expired': 'invitationExpired',
	'invitation-other-email': 'invitationOtherEmail'
} as const;
export type Refusal = (typeof REFUSALS)[keyof typeof REFUSALS] | 'failed' | 'notAllowed';

export function refusalOf(hint: string | null | undefined): Refusal {
	return hint && Object.hasOwn(REFUSALS, hint) ? REFUSALS[hint as keyof typeof REFUSALS] : 'failed';
}
