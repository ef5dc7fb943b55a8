import { existsSync, readdirSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join, relative, sep } from 'node:path';
import type { Readable } from 'node:stream';

export type Handler = (req: IncomingMessage, res: ServerResponse, next?: () => void) => void;

/**
 * adapter-node serves build/client with sirv, which lists the files once at
 * startup and later streams the one it picked with
 * `fs.createReadStream(file).pipe(res)` and no 'error' listener. A file
 * deleted since (build/ rebuilt while the app serves) makes that stream throw
 * ENOENT, and the uncaught error takes the whole process down.
 *
 * This wrapper checks a request for a file sirv listed against the disk
 * before sirv picks one: a precompressed copy (.br, .gz) that is gone is no
 * longer offered, so the plain file is served; a file gone with its copies
 * answers 404. And every stream piped into a response gets an 'error'
 * listener, so a file that vanishes between that check and the read ends
 * only that response.
 */
export function guardStaticFiles(handler: Handler, clientDir: string, log: (line: string) => void): Handler {
	const listed = listFiles(clientDir);
	return (req, res, next) => {
		res.on('pipe', (source: Readable) => {
			source.once('error', (error) => {
				log(`could not send ${req.url}: ${error.message}`);
				res.destroy();
			});
		});
		const pathname = staticPathname(req, listed);
		if (pathname) {
			const file = join(clientDir, pathname);
			const accepted = String(req.headers['accept-encoding'] ?? '');
			const br = /(br|brotli)/i.test(accepted) && existsSync(file + '.br');
			const gzip = accepted.includes('gzip') && existsSync(file + '.gz');
			if (!br && !gzip && !existsSync(file)) {
				res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
				res.end('Not found');
				return;
			}
			req.headers['accept-encoding'] = [br && 'br', gzip && 'gzip'].filter(Boolean).join(', ');
		}
		handler(req, res, next);
	};
}

/** The request's path when it names a file sirv listed (plain or precompressed), else null. */
function staticPathname(req: IncomingMessage, listed: Set<string>): string | null {
	if (req.method !== 'GET' && req.method !== 'HEAD') return null;
	let pathname = (req.url ?? '/').split('?')[0];
	if (pathname.includes('%')) {
		try {
			pathname = decodeURI(pathname);
		} catch {
			return null;
		}
	}
	const known = listed.has(pathname) || listed.has(pathname + '.br') || listed.has(pathname + '.gz');
	return known ? pathname : null;
}

/** Every file under the folder as sirv names it: '/' + its relative path, dotfiles left out as sirv does. */
function listFiles(dir: string): Set<string> {
	const files = new Set<string>();
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			if (entry.name.startsWith('.') && entry.name !== '.well-known') continue;
			const path = join(folder, entry.name);
			if (entry.isDirectory()) walk(path);
			else files.add('/' + relative(dir, path).split(sep).join('/'));
		}
	};
	if (existsSync(dir)) walk(dir);
	return files;
}
