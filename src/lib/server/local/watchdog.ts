import { spawn } from 'node:child_process';

/**
 * Stops the Postgres and PostgREST a process started when that process dies
 * without stopping them (SIGKILL, a crash, an OOM kill): a tiny shell that
 * reads a pipe from the app. The kernel closes the pipe however the app
 * ends, so the shell sees end-of-file and signals what it was told to watch.
 * A normal stop disarms it first. It runs in its own process group, so a
 * terminal's Ctrl-C reaches only the app, which stops everything in order.
 *
 * Not a parent-death signal (prctl PR_SET_PDEATHSIG, `setpriv --pdeathsig`):
 * that is Linux only (local mode runs on macOS too) and follows the thread
 * that spawned the child rather than the process.
 */
export interface Watchdog {
	/** On the app's death, send `signal` to `pid` (in the order they were watched). */
	watch(pid: number, signal: NodeJS.Signals): void;
	/** Everything was stopped in order: exit without signalling anyone. */
	disarm(): void;
}

// `read` is the shell's own (no child process); a full line is a command,
// end-of-file means the app is gone. The pid and signal are digits and
// letters only (checked before they are written).
const SCRIPT = `
watched=""
while read -r command pid signal; do
	case "$command" in
		watch) watched="$watched $signal:$pid" ;;
		disarm) exit 0 ;;
	esac
done
for entry in $watched; do kill -s "\${entry%%:*}" "\${entry#*:}" 2>/dev/null; done
exit 0
`;

export function startWatchdog(): Watchdog {
	const child = spawn('/bin/sh', ['-c', SCRIPT], { stdio: ['pipe', 'ignore', 'ignore'], detached: true });
	// It must never keep the app's event loop alive, nor crash it when it is gone.
	child.unref();
	const stdin = child.stdin!;
	(stdin as unknown as { unref?: () => void }).unref?.();
	stdin.on('error', () => {});
	child.on('error', () => {});
	const send = (line: string) => {
		if (stdin.writable) stdin.write(line + '\n');
	};
	return {
		watch(pid, signal) {
			if (!Number.isInteger(pid) || pid <= 0 || !/^SIG[A-Z0-9]+$/.test(signal)) throw new Error(`Cannot watch pid ${pid} with ${signal}`);
			send(`watch ${pid} ${signal.slice(3)}`);
		},
		disarm() {
			send('disarm');
			stdin.end();
		}
	};
}
