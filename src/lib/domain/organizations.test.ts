import { describe, expect, it } from 'vitest';
import {
	invitationSchema,
	isInvitationToken,
	isLastAdmin,
	memberActions,
	newOrganizationSchema,
	refusalOf,
	roleChangeSchema,
	type MemberRef
} from './organizations';

const ADMIN = '00000000-0000-4000-8000-00000000000a';
const ADMIN2 = '00000000-0000-4000-8000-00000000000b';
const PUB = '00000000-0000-4000-8000-00000000000c';
const MEM = '00000000-0000-4000-8000-00000000000d';
const STRANGER = '00000000-0000-4000-8000-00000000000e';

const team: MemberRef[] = [
	{ userId: ADMIN, role: 'admin' },
	{ userId: PUB, role: 'publisher' },
	{ userId: MEM, role: 'member' }
];
const of = (members: MemberRef[], id: string) => members.find((m) => m.userId === id)!;

describe('organisation input', () => {
	it('takes a name on one line, a known kind and a country', () => {
		const ok = newOrganizationSchema.safeParse({ name: '  City of\n Oulu ', kind: 'city', country: ' Finland ' });
		expect(ok.success && ok.data).toEqual({ name: 'City of Oulu', kind: 'city', country: 'Finland' });
	});

	it('refuses an empty or too long name, an unknown kind, a too long country, with message keys', () => {
		const messages = (v: unknown) => newOrganizationSchema.safeParse(v).error?.issues.map((i) => i.message);
		expect(messages({ name: '   ', kind: 'city', country: '' })).toEqual(['nameRequired']);
		expect(messages({ name: 'x'.repeat(121), kind: 'city', country: '' })).toEqual(['nameTooLong']);
		expect(messages({ name: 'Oulu', kind: 'castle', country: '' })).toEqual(['kindUnknown']);
		expect(messages({ name: 'Oulu', kind: 'city', country: 'y'.repeat(61) })).toEqual(['countryTooLong']);
	});

	it('normalises an invitee’s email and refuses a malformed one or an unknown role', () => {
		expect(invitationSchema.parse({ email: ' Aino@Oulu.FI ', role: 'publisher' })).toEqual({ email: 'aino@oulu.fi', role: 'publisher' });
		expect(invitationSchema.safeParse({ email: 'aino', role: 'member' }).error?.issues[0].message).toBe('emailInvalid');
		expect(invitationSchema.safeParse({ email: 'a@b.fi', role: 'owner' }).error?.issues[0].message).toBe('roleUnknown');
		expect(roleChangeSchema.safeParse({ userId: 'nope', role: 'admin' }).error?.issues[0].message).toBe('memberUnknown');
	});

	it('knows an invitation token by its shape', () => {
		expect(isInvitationToken('a'.repeat(43))).toBe(true);
		expect(isInvitationToken('a'.repeat(42))).toBe(false);
		expect(isInvitationToken(`${'a'.repeat(42)}/`)).toBe(false);
	});
});

describe('who may do what to whom', () => {
	it('an admin gives any other role to others, removes them, and does not leave as the last admin', () => {
		expect(memberActions(team, ADMIN, of(team, PUB))).toEqual({ roles: ['member', 'admin'], remove: true, leave: false });
		expect(memberActions(team, ADMIN, of(team, MEM))).toEqual({ roles: ['publisher', 'admin'], remove: true, leave: false });
		expect(memberActions(team, ADMIN, of(team, ADMIN))).toEqual({ roles: [], remove: false, leave: false });
		expect(isLastAdmin(team, ADMIN)).toBe(true);
	});

	it('with a second admin, an admin may step down or leave, and remove the other admin', () => {
		const two: MemberRef[] = [...team, { userId: ADMIN2, role: 'admin' }];
		expect(isLastAdmin(two, ADMIN)).toBe(false);
		expect(memberActions(two, ADMIN, of(two, ADMIN))).toEqual({ roles: ['member', 'publisher'], remove: false, leave: true });
		expect(memberActions(two, ADMIN, of(two, ADMIN2))).toEqual({ roles: ['member', 'publisher'], remove: true, leave: false });
	});

	it('a publisher or member only leaves', () => {
		for (const me of [PUB, MEM]) {
			expect(memberActions(team, me, of(team, me))).toEqual({ roles: [], remove: false, leave: true });
			expect(memberActions(team, me, of(team, ADMIN))).toEqual({ roles: [], remove: false, leave: false });
		}
	});

	it('someone outside the organisation may do nothing', () => {
		expect(memberActions(team, STRANGER, of(team, MEM))).toEqual({ roles: [], remove: false, leave: false });
	});
});

describe('refusals', () => {
	it('turns the database’s hints into catalogue keys, anything else into a general failure', () => {
		expect(refusalOf('last-admin')).toBe('lastAdmin');
		expect(refusalOf('invitation-other-email')).toBe('invitationOtherEmail');
		expect(refusalOf('toString')).toBe('failed');
		expect(refusalOf(null)).toBe('failed');
	});
});
