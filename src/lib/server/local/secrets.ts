import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { signToken } from '../jwt.ts';

/** Local secrets: made on first start, kept in the data folder, never in the repo. */
export interface LocalSecrets {
	jwtSecret: string;
	postgresPassword: string;
	authenticatorPassword: string;
	anonKey: string;
	serviceRoleKey: string;
}

const TEN_YEARS = 10 * 365 * 24 * 3600;
const random = () => randomBytes(32).toString('base64url');

export async function loadOrCreateSecrets(dataDir: string): Promise<LocalSecrets> {
	const file = join(dataDir, 'secrets.json');
	try {
		return JSON.parse(await readFile(file, 'utf8')) as LocalSecrets;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	const jwtSecret = random() + random();
	const secrets: LocalSecrets = {
		jwtSecret,
		postgresPassword: random(),
		authenticatorPassword: random(),
		// Same shape as a Supabase project's API keys: long-lived role tokens.
		anonKey: await signToken({ iss: 'supabase', role: 'anon' }, jwtSecret, TEN_YEARS),
		serviceRoleKey: await signToken({ iss: 'supabase', role: 'service_role' }, jwtSecret, TEN_YEARS)
	};
	await writeFile(file, JSON.stringify(secrets, null, 2), { mode: 0o600, flag: 'wx' });
	return secrets;
}
