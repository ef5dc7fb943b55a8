import { describe, expect, it } from 'vitest';
import { ConfigError, isHosted, localEnv, readConfig } from './config';
import { isRestRequest } from './rest-proxy';

const hosted = {
	PUBLIC_SUPABASE_URL: 'https://abc.supabase.co',
	PUBLIC_SUPABASE_ANON_KEY: 'anon',
	SUPABASE_SERVICE_ROLE_KEY: 'service',
	SUPABASE_JWT_SECRET: 'secret',
	DATABASE_URL: 'postgresql://x'
};

describe('configuration', () => {
	it('is hosted only when all five Supabase variables are set', () => {
		expect(isHosted({})).toBe(false);
		expect(isHosted(hosted)).toBe(true);
		expect(readConfig(hosted).mode).toBe('hosted');
	});

	it('names the missing variables when hosted mode is half configured', () => {
		const { DATABASE_URL: _omit, ...partial } = hosted;
		expect(() => isHosted(partial)).toThrow(ConfigError);
		expect(() => isHosted(partial)).toThrow(/missing: DATABASE_URL/);
	});

	it('reads the local stack from the variables npm start sets', () => {
		const config = readConfig(
			localEnv({ postgrestUrl: 'http://127.0.0.1:9', anonKey: 'a', serviceRoleKey: 's', jwtSecret: 'j', databaseUrl: 'd' })
		);
		expect(config).toMatchObject({ mode: 'local', supabaseUrl: 'http://127.0.0.1:9', publicSupabaseUrl: null, jwtSecret: 'j' });
		expect(config.restFetch).toBeTypeOf('function');
	});

	it('explains how to start when nothing is configured', () => {
		expect(() => readConfig({})).toThrow(/npm start/);
	});

	it('sends only /rest/v1 paths to PostgREST', () => {
		expect(isRestRequest('/rest/v1/use_cases?select=*')).toBe(true);
		expect(isRestRequest('/rest/v1')).toBe(true);
		expect(isRestRequest('/rest/v10/x')).toBe(false);
		expect(isRestRequest('/library')).toBe(false);
	});
});
