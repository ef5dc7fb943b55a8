/**
 * The warm browser goes when the server stops: a real Chromium launched by the
 * renderer in a child process, and real signals. Where the server handles the
 * signal itself (`npm start`), the renderer only closes the browser and lets
 * the server finish its orderly stop; where nobody else does, the process
 * still ends as the signal says.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Pids of the processes whose parent is `pid`. */
function childrenOf(pid: number): number[] {
	return readdirSync('/proc')
		.filter((name) => /^\d+$/.test(name))
		.flatMap((name) => {
			try {
				// Field 4 of /proc/<pid>/stat, after the command name in parentheses.
				const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
				return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid ? [Number(name)] : [];
			} catch {
				return [];
			}
		});
}

const isChromium = (pid: number) => {
	try {
		return /chrom/i.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8'));
	} catch {
		return false;
	}
};

const alive = (pid: number) => {
	try {
		process.kill(pid, 0);
		return true;
	} catch {
		return false;
	}
};

async function startChild(args: string[]) {
	const child = spawn(process.execPath, ['--import', 'tsx', resolve('test/integration/render-child.ts'), ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
	child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
	const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) => child.once('exit', (code, signal) => ok({ code, signal })));
	const deadline = Date.now() + 45_000;
	while (!output.includes('ready')) {
		if (Date.now() > deadline || child.exitCode !== null) throw new Error(`the child did not get ready:\n${output}`);
		await new Promise((ok) => setTimeout(ok, 100));
	}
	const browsers = childrenOf(child.pid!).filter(isChromium);
	return { child, exited, browsers, output: () => output };
}

describe('the renderer when the server stops', () => {
	it('closes the browser beside a server that stops in order, and leaves the exit to it', { timeout: 60_000 }, async () => {
		const { child, exited, browsers, output } = await startChild(['--orderly']);
		expect(browsers.length).toBe(1);
		child.kill('SIGTERM');
		// The browser is gone while the server is still stopping (it takes 5 s).
		await expect.poll(() => alive(browsers[0]), { timeout: 4500, interval: 50 }).toBe(false);
		expect(child.exitCode).toBeNull();
		expect(await exited).toEqual({ code: 0, signal: null });
		expect(output()).toContain('stopping');
	});

	it('closes the browser and still ends the process where nobody else handles the signal', { timeout: 60_000 }, async () => {
		const { child, exited, browsers } = await startChild([]);
		expect(browsers.length).toBe(1);
		child.kill('SIGTERM');
		expect(await exited).toEqual({ code: null, signal: 'SIGTERM' });
		await expect.poll(() => alive(browsers[0]), { timeout: 5000 }).toBe(false);
	});
});
