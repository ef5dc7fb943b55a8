import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';

const SOURCES = ['src', 'static', 'svelte.config.js', 'vite.config.ts', 'package-lock.json', 'tsconfig.json'];

async function newestMtime(path: string): Promise<number> {
	const info = await stat(path).catch(() => null);
	if (!info) return 0;
	if (!info.isDirectory()) return info.mtimeMs;
	let newest = info.mtimeMs;
	for (const entry of await readdir(path)) newest = Math.max(newest, await newestMtime(join(path, entry)));
	return newest;
}

/** True when build/ is missing or older than any source file. */
export async function buildIsStale(root: string): Promise<boolean> {
	const built = await stat(join(root, 'build', 'handler.js')).catch(() => null);
	if (!built) return true;
	const sources = await Promise.all(SOURCES.map((s) => newestMtime(join(root, s))));
	return Math.max(...sources) > built.mtimeMs;
}

export function runBuild(root: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'], {
			cwd: root,
			stdio: 'inherit'
		});
		child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`The build failed (exit ${code}).`))));
	});
}
