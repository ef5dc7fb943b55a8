/**
 * CPU and memory of other processes, read from /proc by the orchestrator, so
 * the measured process spends nothing on measuring itself.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

/** utime + stime of one process, in ms; null once it is gone. */
export function cpuMs(pid: number): number | null {
	try {
		const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
		// The command name may contain spaces; fields are counted after its closing parenthesis.
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
	} catch {
		return null;
	}
}

/** VmRSS and VmHWM (peak) of one process, in bytes. */
export function memory(pid: number): { rss: number; hwm: number } | null {
	try {
		const status = readFileSync(`/proc/${pid}/status`, 'utf8');
		const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? 0) * 1024;
		return { rss: kb('VmRSS'), hwm: kb('VmHWM') };
	} catch {
		return null;
	}
}

/** CPU ms per process of the given processes and all their descendants (Postgres forks a backend per connection). */
export function treeCpu(roots: number[]): Map<number, number> {
	const parent = new Map<number, number>();
	for (const entry of readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			// Gone between readdir and read.
		}
	}
	const inTree = new Set(roots);
	for (let grew = true; grew; ) {
		grew = false;
		for (const [pid, ppid] of parent) {
			if (!inTree.has(pid) && inTree.has(ppid)) {
				inTree.add(pid);
				grew = true;
			}
		}
	}
	const cpu = new Map<number, number>();
	for (const pid of inTree) cpu.set(pid, cpuMs(pid) ?? 0);
	return cpu;
}

/** CPU ms a process tree used between two treeCpu readings; a process that exited in between counts as nothing. */
export function treeCpuDelta(before: Map<number, number>, after: Map<number, number>): number {
	let total = 0;
	for (const [pid, ms] of after) total += ms - (before.get(pid) ?? 0);
	return Math.max(0, total);
}

/** Busy CPU ms of the whole machine (all cores) since boot, and how much of it was softirq (the kernel's network work). */
export function machineBusyMs(): { busy: number; softirq: number } {
	const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
	// user nice system idle iowait irq softirq steal: idle and iowait are not busy.
	const busy = fields.slice(0, 8).reduce((n, v, i) => (i === 3 || i === 4 ? n : n + v), 0);
	return { busy: (busy * 1000) / TICKS_PER_SECOND, softirq: (fields[6] * 1000) / TICKS_PER_SECOND };
}

export interface Sample {
	at: number;
	cpuMs: number;
	rss: number;
	hwm: number;
}

/** Samples one process every `everyMs`; windows are read back by time. */
export class Sampler {
	readonly samples: Sample[] = [];
	private timer: NodeJS.Timeout;

	constructor(
		readonly pid: number,
		everyMs = 250
	) {
		this.take();
		this.timer = setInterval(() => this.take(), everyMs);
	}

	take(): Sample | null {
		const cpu = cpuMs(this.pid);
		const mem = memory(this.pid);
		if (cpu === null || !mem) return null;
		const sample = { at: performance.now(), cpuMs: cpu, ...mem };
		this.samples.push(sample);
		return sample;
	}

	/** Percent of one core used between two instants (by the samples nearest inside them). */
	cpuPercent(from: number, to: number): number {
		const inside = this.samples.filter((s) => s.at >= from && s.at <= to);
		if (inside.length < 2) return 0;
		const a = inside[0];
		const b = inside[inside.length - 1];
		return ((b.cpuMs - a.cpuMs) / (b.at - a.at)) * 100;
	}

	/** Highest RSS the kernel has seen for the process (VmHWM), as of the latest sample. */
	peakRss(): number {
		return Math.max(0, ...this.samples.map((s) => s.hwm));
	}

	maxRss(from: number, to: number): number {
		return Math.max(0, ...this.samples.filter((s) => s.at >= from && s.at <= to).map((s) => s.rss));
	}

	/** Smallest sampled RSS in a window: the floor the process comes back to when idle. */
	minRss(from: number, to: number): number {
		const inside = this.samples.filter((s) => s.at >= from && s.at <= to).map((s) => s.rss);
		return inside.length ? Math.min(...inside) : 0;
	}

	stop() {
		clearInterval(this.timer);
		this.take();
	}
}
