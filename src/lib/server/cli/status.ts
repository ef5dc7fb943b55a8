/** `npm run status`: the local stack's settings, in the form of `supabase status -o env`. */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { liveRunState } from '../local/run-state.ts';
import type { LocalSecrets } from '../local/secrets.ts';

const dataDir = resolve(process.env.DATA_DIR ?? '.data');
const state = liveRunState(dataDir);
if (!state) {
	console.error(`Civic Canvas is not running on ${dataDir}. Start it with \`npm start\`.`);
	process.exit(1);
}
const secrets = JSON.parse(await readFile(join(dataDir, 'secrets.json'), 'utf8')) as LocalSecrets;
const apiUrl = state.appUrl ?? `http://127.0.0.1:${state.postgrestPort}`;
const lines = {
	API_URL: apiUrl,
	REST_URL: `${apiUrl}/rest/v1`,
	ANON_KEY: secrets.anonKey,
	SERVICE_ROLE_KEY: secrets.serviceRoleKey,
	JWT_SECRET: secrets.jwtSecret,
	DB_URL: `postgresql://postgres:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${state.postgresPort}/postgres`
};
for (const [name, value] of Object.entries(lines)) console.log(`${name}="${value}"`);
