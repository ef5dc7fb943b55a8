import { createReadStream, mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createServer, request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { guardStaticFiles, type Handler } from './static-files.ts';

let dir: string;
let close: () => Promise<void>;
/** What reached the wrapped handler: the path and the Accept-Encoding it was left with. */
let seen: { url?: string; encoding?: string }[];
let logged: string[];

/** Serves the guard around `inner` on a free port; the inner handler records what reached it. */
async function serve(inner: (req: IncomingMessage, res: ServerResponse) => void) {
	const handler: Handler = (req, res) => {
		seen.push({ url: req.url, encoding: req.headers['accept-encoding'] });
		inner(req, res);
	};
	const guarded = guardStaticFiles(handler, dir, (line) => logged.push(line));
	const server = createServer((req, res) => guarded(req, res));
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	close = () => new Promise((ok) => server.close(() => ok()));
	const port = (server.address() as AddressInfo).port;
	return (path: string, headers: Record<string, string> = {}) =>
		new Promise<{ status: number; body: string } | 'reset'>((ok) => {
			const req = request({ host: '127.0.0.1', port, path, headers, agent: false }, (res) => {
				let body = '';
				res.on('data', (chunk: Buffer) => (body += chunk.toString()));
				res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
				res.on('error', () => ok('reset'));
			});
			req.on('error', () => ok('reset'));
			req.end();
		});
}

const ok = (_req: IncomingMessage, res: ServerResponse) => res.end('served');

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'civic-static-'));
	mkdirSync(join(dir, '_app'));
	for (const name of ['_app/app.js', '_app/app.js.br', '_app/app.js.gz', 'favicon.svg']) writeFileSync(join(dir, name), name);
	seen = [];
	logged = [];
	close = async () => {};
});

afterEach(async () => {
	await close();
	rmSync(dir, { recursive: true, force: true });
});

describe('guardStaticFiles', () => {
	it('leaves every encoding on offer while the copies exist', async () => {
		const get = await serve(ok);
		expect(await get('/_app/app.js', { 'accept-encoding': 'gzip, deflate, br' })).toEqual({ status: 200, body: 'served' });
		expect(seen).toEqual([{ url: '/_app/app.js', encoding: 'br, gzip' }]);
	});

	it('no longer offers a .br copy that is gone, so the next copy or the plain file is served', async () => {
		const get = await serve(ok);
		unlinkSync(join(dir, '_app/app.js.br'));
		await get('/_app/app.js', { 'accept-encoding': 'gzip, br' });
		await get('/_app/app.js', { 'accept-encoding': 'br' });
		expect(seen.map((s) => s.encoding)).toEqual(['gzip', '']);
	});

	it('answers 404 itself for a listed file gone with all its copies', async () => {
		const get = await serve(ok);
		for (const name of ['_app/app.js', '_app/app.js.br', '_app/app.js.gz']) unlinkSync(join(dir, name));
		expect(await get('/_app/app.js', { 'accept-encoding': 'br, gzip' })).toMatchObject({ status: 404 });
		expect(await get('/_app/app.js')).toMatchObject({ status: 404 });
		expect(seen).toEqual([]);
	});

	it('passes on what was never a file of the folder (pages, endpoints, other methods) untouched', async () => {
		const get = await serve(ok);
		await get('/library?q=parking', { 'accept-encoding': 'gzip, br' });
		await get('/_app/new.js', { 'accept-encoding': 'br' });
		expect(seen).toEqual([
			{ url: '/library?q=parking', encoding: 'gzip, br' },
			{ url: '/_app/new.js', encoding: 'br' }
		]);
	});

	it('a stream piped into a response that fails ends only that response', async () => {
		// What sirv does: headers first, then a read stream of a file that is no longer there.
		const get = await serve((req, res) => {
			if (req.url !== '/broken') return ok(req, res);
			res.writeHead(200, { 'content-length': '100' });
			createReadStream(join(dir, 'gone.js')).pipe(res);
		});
		expect(await get('/broken')).toBe('reset');
		expect(logged.join('\n')).toMatch(/could not send \/broken: ENOENT/);
		expect(await get('/favicon.svg')).toEqual({ status: 200, body: 'served' });
	});
});
