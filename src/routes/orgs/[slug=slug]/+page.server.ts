import { error, fail, redirect } from '@sveltejs/kit';
import { unavailable } from '$lib/data/errors';
import {
	OrganizationError,
	changeRole,
	createInvitation,
	getOrganization,
	listMembers,
	openInvitations,
	publishedUseCases,
	removeMember,
	revokeInvitation
} from '$lib/data/organizations';
import {
	INVITATION_DAYS,
	ORGANIZATION_ROLES,
	invitationIdSchema,
	invitationSchema,
	memberActions,
	memberSchema,
	roleChangeSchema
} from '$lib/domain/organizations';
import { m } from '$lib/i18n';
import { readConfig } from '$lib/server/config';
import { newInvitationToken, sendInvitationLink } from '$lib/server/identity/invitation-link';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

type Key = keyof typeof m.organizations.validation;
const message = (key: string) => m.organizations.validation[key as Key] ?? key;

/** The organisation for everyone; its members for members; invitations for admins. */
export const load = (async ({ locals, params }) => {
	let organization;
	try {
		organization = await getOrganization(locals.supabase, params.slug);
	} catch (failure) {
		unavailable(failure, m.organizations.errors.unavailable);
	}
	if (!organization) error(404, m.errors.notFound);
	const user = locals.user;
	try {
		const [useCases, members] = await Promise.all([
			publishedUseCases(locals.supabase, organization.id),
			user ? listMembers(locals.supabase, organization.id) : Promise.resolve([])
		]);
		const me = user ? members.find((member) => member.userId === user.id) ?? null : null;
		const invitations = me?.role === 'admin' ? await openInvitations(locals.supabase, organization.id) : [];
		return {
			organization,
			useCases,
			myRole: me?.role ?? null,
			members: members.map((member) => ({
				...member,
				isMe: member.userId === user?.id,
				actions: memberActions(members, user?.id ?? '', member)
			})),
			invitations,
			roles: ORGANIZATION_ROLES,
			invitationDays: INVITATION_DAYS
		};
	} catch (failure) {
		unavailable(failure, m.organizations.errors.unavailable);
	}
}) satisfies PageServerLoad;

type Event = RequestEvent;

/** The signed-in caller and the organisation, or a refusal. */
async function context({ locals, params }: Event) {
	if (!locals.user) redirect(303, `/signin?next=${encodeURIComponent(`/orgs/${params.slug}`)}`);
	const organization = await getOrganization(locals.supabase, params.slug).catch(() => null);
	if (!organization) error(404, m.errors.notFound);
	return { user: locals.user, organization, db: locals.supabase };
}

/** A refused or failed write, said in the catalogue's words. */
function refusal(action: string, failure: unknown) {
	const code = failure instanceof OrganizationError ? failure.code : 'failed';
	if (code === 'failed') console.error(`organisation ${action} failed:`, failure instanceof Error ? failure.message : failure);
	return fail(code === 'failed' ? 503 : 400, { action, errors: { form: m.organizations.errors[code] } as Record<string, string> });
}

const field = (form: FormData, name: string) => String(form.get(name) ?? '');

export const actions = {
	invite: async (event) => {
		const { organization, db } = await context(event);
		const form = await event.request.formData();
		const values = { email: field(form, 'email'), role: field(form, 'role') };
		const parsed = invitationSchema.safeParse(values);
		if (!parsed.success) {
			const errors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), message(i.message)]));
			return fail(400, { action: 'invite', values, errors });
		}
		const { token, hash } = newInvitationToken();
		try {
			await createInvitation(db, organization.id, parsed.data, hash);
		} catch (failure) {
			return refusal('invite', failure);
		}
		try {
			// Never remembered in the admin's browser: the link signs its holder in as the invitee.
			await sendInvitationLink(parsed.data.email, event.url.origin, token, m.organizations.invitation.mailSubject(organization.name));
		} catch (failure) {
			console.error('invitation link failed:', failure instanceof Error ? failure.message : failure);
			return fail(503, { action: 'invite', values, errors: { form: m.organizations.errors.sendFailed } as Record<string, string> });
		}
		return { action: 'invite', done: m.organizations.page.invited(parsed.data.email), local: readConfig().mode === 'local' };
	},

	revoke: async (event) => {
		const { organization, db } = await context(event);
		const form = await event.request.formData();
		const parsed = invitationIdSchema.safeParse({ id: field(form, 'id') });
		if (!parsed.success) return fail(400, { action: 'revoke', errors: { form: m.organizations.validation.invitationUnknown } as Record<string, string> });
		try {
			await revokeInvitation(db, organization.id, parsed.data.id);
		} catch (failure) {
			return refusal('revoke', failure);
		}
		return { action: 'revoke', done: m.organizations.page.revoked(field(form, 'email')) };
	},

	role: async (event) => {
		const { organization, db } = await context(event);
		const form = await event.request.formData();
		const parsed = roleChangeSchema.safeParse({ userId: field(form, 'userId'), role: field(form, 'role') });
		if (!parsed.success) return fail(400, { action: 'role', errors: { form: message(parsed.error.issues[0].message) } as Record<string, string> });
		try {
			await changeRole(db, organization.id, parsed.data.userId, parsed.data.role);
		} catch (failure) {
			return refusal('role', failure);
		}
		return { action: 'role', done: m.organizations.page.roleChanged(field(form, 'name'), m.organizations.roles[parsed.data.role]) };
	},

	remove: async (event) => {
		const { organization, db } = await context(event);
		const form = await event.request.formData();
		const parsed = memberSchema.safeParse({ userId: field(form, 'userId') });
		if (!parsed.success) return fail(400, { action: 'remove', errors: { form: m.organizations.validation.memberUnknown } as Record<string, string> });
		try {
			await removeMember(db, organization.id, parsed.data.userId);
		} catch (failure) {
			return refusal('remove', failure);
		}
		return { action: 'remove', done: m.organizations.page.removed(field(form, 'name')) };
	},

	leave: async (event) => {
		const { user, organization, db } = await context(event);
		try {
			await removeMember(db, organization.id, user.id);
		} catch (failure) {
			return refusal('leave', failure);
		}
		redirect(303, `/orgs/${organization.slug}`);
	}
} satisfies Actions;
