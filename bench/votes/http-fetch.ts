/**
 * `fetch` over one node:http keep-alive Agent, for supabase-js's `global.fetch`:
 * 500 clients share a bounded set of sockets instead of undici opening one per
 * request in flight, and both arms of the benchmark go through the same agent.
 */
import { Agent, request } from 'node:http';

export function agentFetch(agent: Agent): typeof fetch {
	return (input, init) =>
		new Promise<Response>((ok, fail) => {
			const url = new URL(input instanceof Request ? input.url : String(input));
			const headers: Record<string, string> = {};
			new Headers(init?.headers).forEach((value, key) => (headers[key] = value));
			const body = init?.body == null ? undefined : String(init.body);
			if (body !== undefined) headers['content-length'] = String(Buffer.byteLength(body));
			const req = request(
				{ agent, hostname: url.hostname, port: url.port, path: url.pathname + url.search, method: init?.method ?? 'GET', headers },
				(res) => {
					const chunks: Buffer[] = [];
					res.on('data', (chunk: Buffer) => chunks.push(chunk));
					res.on('end', () => {
						const responseHeaders = new Headers();
						for (const [key, value] of Object.entries(res.headers)) {
							if (value !== undefined) responseHeaders.set(key, Array.isArray(value) ? value.join(', ') : value);
						}
						const status = res.statusCode ?? 502;
						// A Response may not carry a body with 204/205/304.
						const empty = status === 204 || status === 205 || status === 304;
						ok(new Response(empty ? null : Buffer.concat(chunks), { status, statusText: res.statusMessage, headers: responseHeaders }));
					});
					res.on('error', fail);
				}
			);
			req.on('error', fail);
			init?.signal?.addEventListener('abort', () => req.destroy(new Error('aborted')));
			req.end(body);
		});
}
