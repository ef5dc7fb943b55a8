import { readFileSync } from 'node:fs';

/** True if a process with this pid exists and its command name matches. */
export function isRunning(pid: number | undefined, command?: RegExp): boolean {
	if (!pid || !Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
	try {
		// A zombie (exited, not yet reaped) still answers kill(0) but runs nothing.
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return false;
	} catch {
		/* no /proc: go on */
	}
	if (!command) return true;
	try {
		const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ');
		return command.test(cmdline);
	} catch {
		// No /proc (macOS): trust the pid.
		return true;
	}
}

/** Sends a signal, waits for the process to go, escalates to SIGKILL after the grace period. */
export async function stopProcess(pid: number, signal: NodeJS.Signals = 'SIGTERM', graceMs = 10_000) {
	try {
		process.kill(pid, signal);
	} catch {
		return;
	}
	const deadline = Date.now() + graceMs;
	while (Date.now() < deadline) {
		if (!isRunning(pid)) return;
		await new Promise((r) => setTimeout(r, 50));
	}
	try {
		process.kill(pid, 'SIGKILL');
	} catch {
		/* already gone */
	}
}
