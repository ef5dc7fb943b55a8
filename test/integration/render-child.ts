/**
 * A server's process, reduced to what the renderer's stop concerns: renders one
 * PNG (so the warm browser runs), says "ready", then waits for a signal.
 * With `--orderly` it handles SIGTERM itself, as `npm start` does: it takes a
 * moment (stopping Postgres, say), then exits 0.
 */
import { renderPng } from '../../src/lib/server/render/chromium.ts';

if (process.argv.includes('--orderly')) {
	process.on('SIGTERM', () => {
		console.log('stopping');
		setTimeout(() => process.exit(0), 5000);
	});
}
await renderPng('<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><rect width="20" height="20" fill="red"/></svg>', 20, 20);
console.log('ready');
setInterval(() => undefined, 60_000);
