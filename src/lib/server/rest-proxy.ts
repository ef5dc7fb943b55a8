import { request, type IncomingMessage, type ServerResponse } from 'node:http';

export const REST_PREFIX = '/rest/v1';

/**
 * Serves PostgREST under /rest/v1 of the app's own origin, as Supabase does,
 * so the browser's supabase-js needs no other host. Local mode only.
 */
export function createRestProxy(postgrestUrl: string) {
	const target = new URL(postgrestUrl);
	return function proxy(req: IncomingMessage, res: ServerResponse) {
		const path = (req.url ?? '/').slice(REST_PREFIX.length) || '/';
		const headers: Record<string, string | string[] | undefined> = { ...req.headers, host: target.host };
		// Supabase's gateway takes the key in `apikey`; PostgREST reads only Authorization.
		if (!headers.authorization && typeof headers.apikey === 'string') headers.authorization = `Bearer ${headers.apikey}`;
		const upstream = request(
			{ hostname: target.hostname, port: target.port, method: req.method, path: path.startsWith('/') ? path : `/${path}`, headers },
			(response) => {
				res.writeHead(response.statusCode ?? 502, response.headers);
				response.pipe(res);
			}
		);
		upstream.on('error', () => {
			if (!res.headersSent) res.writeHead(502, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ message: 'The database API is not reachable.' }));
		});
		req.pipe(upstream);
	};
}

export const isRestRequest = (url: string | undefined) =>
	!!url && (url === REST_PREFIX || url.startsWith(REST_PREFIX + '/') || url.startsWith(REST_PREFIX + '?'));
