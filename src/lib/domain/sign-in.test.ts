import { describe, expect, it } from 'vitest';
import { anonymousSignInSchema, emailSignInSchema, safeNext } from './sign-in';

describe('sign-in input', () => {
	it('takes a trimmed display name and a known stakeholder type', () => {
		const ok = anonymousSignInSchema.safeParse({ displayName: '  Aino   K. ', stakeholder: 'citizen' });
		expect(ok.success && ok.data).toEqual({ displayName: 'Aino K.', stakeholder: 'citizen' });
	});

	it('refuses an empty or over-long name and an unknown stakeholder, with message keys', () => {
		const empty = anonymousSignInSchema.safeParse({ displayName: '   ', stakeholder: 'citizen' });
		expect(empty.success).toBe(false);
		expect(empty.error?.issues[0].message).toBe('displayNameRequired');
		expect(anonymousSignInSchema.safeParse({ displayName: 'x'.repeat(61), stakeholder: 'city' }).success).toBe(false);
		const role = anonymousSignInSchema.safeParse({ displayName: 'Ana', stakeholder: 'mayor' });
		expect(role.error?.issues[0].message).toBe('stakeholderRequired');
	});

	it('normalises an email address and refuses a malformed one', () => {
		const ok = emailSignInSchema.safeParse({ email: ' Facilitator@Oulu.FI ' });
		expect(ok.success && ok.data.email).toBe('facilitator@oulu.fi');
		const bad = emailSignInSchema.safeParse({ email: 'not-an-email' });
		expect(bad.error?.issues[0].message).toBe('emailInvalid');
	});

	it('only ever continues to a path on this site', () => {
		expect(safeNext('/library?q=x')).toBe('/library?q=x');
		for (const evil of ['https://evil.example', '//evil.example', '/\\evil.example', 'javascript:alert(1)', '', null]) {
			expect(safeNext(evil)).toBe('/');
		}
	});
});
