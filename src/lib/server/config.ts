/**
 * Where the app's data lives. Hosted: a Supabase project named by five env
 * variables. Local (none of them set): `npm start` starts Postgres and
 * PostgREST itself and sets the LOCAL_* variables below for the app.
 */
export interface AppConfig {
	mode: 'local' | 'hosted';
	/** Base URL the server gives supabase-js (it appends /rest/v1). */
	supabaseUrl: string;
	/** Base URL the browser gives supabase-js; null means the app's own origin. */
	publicSupabaseUrl: string | null;
	anonKey: string;
	serviceRoleKey: string;
	jwtSecret: string;
	databaseUrl: string;
	/** Local mode reaches PostgREST directly, without the /rest/v1 prefix. */
	restFetch?: typeof fetch;
}

export const HOSTED_VARIABLES = [
	'PUBLIC_SUPABASE_URL',
	'PUBLIC_SUPABASE_ANON_KEY',
	'SUPABASE_SERVICE_ROLE_KEY',
	'SUPABASE_JWT_SECRET',
	'DATABASE_URL'
] as const;

export class ConfigError extends Error {}

/** True when the environment names a hosted Supabase project. */
export function isHosted(env: NodeJS.ProcessEnv = process.env): boolean {
	const set = HOSTED_VARIABLES.filter((name) => env[name]);
	if (set.length === 0 || env.CIVIC_CANVAS_MODE === 'local') return false;
	if (set.length < HOSTED_VARIABLES.length) {
		const missing = HOSTED_VARIABLES.filter((name) => !env[name]);
		throw new ConfigError(`Hosted mode needs all of ${HOSTED_VARIABLES.join(', ')}; missing: ${missing.join(', ')}.`);
	}
	return true;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
	if (isHosted(env)) {
		return {
			mode: 'hosted',
			supabaseUrl: env.PUBLIC_SUPABASE_URL!,
			publicSupabaseUrl: env.PUBLIC_SUPABASE_URL!,
			anonKey: env.PUBLIC_SUPABASE_ANON_KEY!,
			serviceRoleKey: env.SUPABASE_SERVICE_ROLE_KEY!,
			jwtSecret: env.SUPABASE_JWT_SECRET!,
			databaseUrl: env.DATABASE_URL!
		};
	}
	const postgrestUrl = env.LOCAL_POSTGREST_URL;
	if (env.CIVIC_CANVAS_MODE !== 'local' || !postgrestUrl) {
		throw new ConfigError(
			'No database configured: start the app with `npm start` (local mode), or set the hosted Supabase variables (see README).'
		);
	}
	return {
		mode: 'local',
		supabaseUrl: postgrestUrl,
		publicSupabaseUrl: null,
		anonKey: env.LOCAL_ANON_KEY!,
		serviceRoleKey: env.LOCAL_SERVICE_ROLE_KEY!,
		jwtSecret: env.LOCAL_JWT_SECRET!,
		databaseUrl: env.LOCAL_DATABASE_URL!,
		restFetch: stripRestPrefix
	};
}

/** supabase-js calls <url>/rest/v1/...; PostgREST itself serves at its root. */
const stripRestPrefix: typeof fetch = (input, init) => {
	const url = new URL(input instanceof Request ? input.url : String(input));
	url.pathname = url.pathname.replace(/^\/rest\/v1(?=\/|$)/, '') || '/';
	return fetch(input instanceof Request ? new Request(url, input) : url, init);
};

/** The variables a local stack hands to the app in the same process. */
export function localEnv(stack: {
	postgrestUrl: string;
	anonKey: string;
	serviceRoleKey: string;
	jwtSecret: string;
	databaseUrl: string;
}): Record<string, string> {
	return {
		CIVIC_CANVAS_MODE: 'local',
		LOCAL_POSTGREST_URL: stack.postgrestUrl,
		LOCAL_ANON_KEY: stack.anonKey,
		LOCAL_SERVICE_ROLE_KEY: stack.serviceRoleKey,
		LOCAL_JWT_SECRET: stack.jwtSecret,
		LOCAL_DATABASE_URL: stack.databaseUrl
	};
}
