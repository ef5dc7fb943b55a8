/**
 * End-to-end tests: the real app (`src/lib/server/cli/start.ts`, with its own
 * embedded Postgres and PostgREST) in a throw-away data folder, driven through
 * Debian's Chromium. Playwright's downloaded browsers are never used.
 *
 *   npm run build && npx playwright test
 */
import { defineConfig, devices } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The runner and every worker evaluate this file; only the first evaluation
// (the runner) picks the port and makes the folder, the workers inherit them.
if (!process.env.E2E_DATA_DIR) {
	const dir = mkdtempSync(join(tmpdir(), 'civic-e2e-'));
	// We run as root, so Postgres runs as the `postgres` OS user, who must reach the folder.
	chmodSync(dir, 0o755);
	process.env.E2E_DATA_DIR = dir;
	// global-teardown.ts stops the app and removes the folder; this only catches a
	// run that never got that far (the web server failed to start, say).
	process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
}
process.env.E2E_PORT ??= execFileSync(
	process.execPath,
	['-e', "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"],
	{ encoding: 'utf8' }
).trim();

const port = String(process.env.E2E_PORT);
const dataDir = String(process.env.E2E_DATA_DIR);
const baseURL = `http://127.0.0.1:${port}`;

const browser = {
	...devices['Desktop Chrome'],
	// Phone and tablet sizes are set per test with test.use({ viewport, hasTouch }).
	launchOptions: {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync']
	}
};
const PUBLISHING = /(publish|replicate)\.spec\.ts$/;

export default defineConfig({
	testDir: 'test/e2e',
	fullyParallel: false,
	forbidOnly: true,
	workers: 2,
	retries: 0,
	reporter: 'list',
	timeout: 30_000,
	expect: { timeout: 10_000 },
	globalTeardown: './test/e2e/global-teardown.ts',
	use: {
		baseURL,
		// Pages follow Accept-Language: every spec reads English unless it asks for another.
		locale: 'en-GB',
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure'
	},
	projects: [
		{ name: 'chromium', use: browser, testIgnore: PUBLISHING },
		// These publish use cases into the library every spec shares; the library's
		// own specs count what it holds, so the publishers run after them.
		{ name: 'publishing', use: browser, testMatch: PUBLISHING, dependencies: ['chromium'] }
	],
	webServer: {
		// node, not npm: the signals Playwright sends at the end reach start.ts,
		// which stops Postgres and PostgREST before it exits.
		command: 'node node_modules/tsx/dist/cli.mjs src/lib/server/cli/start.ts',
		env: { PORT: port, DATA_DIR: dataDir, HOST: '127.0.0.1' },
		url: `${baseURL}/`,
		timeout: 180_000,
		reuseExistingServer: false,
		gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
		stdout: 'ignore',
		stderr: 'pipe'
	}
});
