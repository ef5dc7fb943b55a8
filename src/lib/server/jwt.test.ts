import { describe, expect, it } from 'vitest';
import { signToken, verifyAccessToken } from './jwt';

const secret = 'a'.repeat(48);
const claims = { sub: '6f1c2f7e-3f3e-4a51-9d7c-1f0e8b0c2a11', role: 'authenticated', is_anonymous: true };

describe('access tokens', () => {
	it('accepts a token it signed, with the Supabase claims', async () => {
		const verified = await verifyAccessToken(await signToken(claims, secret, 60), secret);
		expect(verified).toMatchObject({ sub: claims.sub, role: 'authenticated', is_anonymous: true });
	});

	it('refuses a token signed with another secret, expired, tampered or not for a person', async () => {
		expect(await verifyAccessToken(await signToken(claims, 'b'.repeat(48), 60), secret)).toBeNull();
		expect(await verifyAccessToken(await signToken(claims, secret, -10), secret)).toBeNull();
		const [h, p, s] = (await signToken(claims, secret, 60)).split('.');
		const forged = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(p, 'base64url').toString()), sub: 'someone-else' })).toString('base64url');
		expect(await verifyAccessToken(`${h}.${forged}.${s}`, secret)).toBeNull();
		expect(await verifyAccessToken(await signToken({ ...claims, role: 'service_role' }, secret, 60), secret)).toBeNull();
		expect(await verifyAccessToken('not.a.token', secret)).toBeNull();
	});
});
