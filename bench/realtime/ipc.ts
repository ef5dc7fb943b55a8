/**
 * Request/response over Node's IPC channel between the orchestrator and its
 * children (servers, generators). Every child runs TypeScript through tsx's
 * loader inside its own node process, so the pid we hold is the process that
 * does the work (what /proc sampling and --cpu-prof need).
 */
import { fork, type ChildProcess } from 'node:child_process';

interface Request {
	id: number;
	op: string;
	arg: unknown;
}
interface Response {
	id: number;
	result?: unknown;
	error?: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Handler = (arg: any) => unknown;

/** Child side: answers the orchestrator's requests; exits when the orchestrator goes away. */
export function serve(handlers: Record<string, Handler>, ready: () => unknown = () => ({})) {
	process.on('message', async (message: Request) => {
		const reply: Response = { id: message.id };
		try {
			const handler = handlers[message.op];
			if (!handler) throw new Error(`unknown op ${message.op}`);
			reply.result = await handler(message.arg);
		} catch (error) {
			reply.error = (error as Error).stack ?? String(error);
		}
		process.send?.(reply);
	});
	process.on('disconnect', () => process.exit(0));
	void Promise.resolve(ready()).then((info) => process.send?.({ id: 0, result: info }));
}

/** Every live child: if the orchestrator dies, they die with it (a busy child never sees 'disconnect'). */
const live = new Set<ChildProcess>();
process.on('exit', () => {
	for (const child of live) child.kill('SIGKILL');
});

/** Orchestrator side: one forked child and its pending calls. */
export class Child<Ready = unknown> {
	readonly process: ChildProcess;
	readonly ready: Promise<Ready>;
	private next = 1;
	private pending = new Map<number, { ok: (v: unknown) => void; fail: (e: Error) => void }>();
	private exited = false;

	constructor(file: string, env: NodeJS.ProcessEnv, nodeArgs: string[] = []) {
		this.process = fork(file, [], {
			env,
			execArgv: ['--import', 'tsx', ...nodeArgs],
			stdio: ['ignore', 'inherit', 'inherit', 'ipc']
		});
		let readyOk!: (v: Ready) => void;
		let readyFail!: (e: Error) => void;
		this.ready = new Promise<Ready>((ok, fail) => ((readyOk = ok), (readyFail = fail)));
		this.process.on('message', (message: Response) => {
			if (message.id === 0) return message.error ? readyFail(new Error(message.error)) : readyOk(message.result as Ready);
			const call = this.pending.get(message.id);
			if (!call) return;
			this.pending.delete(message.id);
			if (message.error) call.fail(new Error(`${file}: ${message.error}`));
			else call.ok(message.result);
		});
		live.add(this.process);
		this.process.on('exit', (code, signal) => {
			live.delete(this.process);
			this.exited = true;
			const error = new Error(`${file} exited (${code ?? signal})`);
			readyFail(error);
			for (const call of this.pending.values()) call.fail(error);
			this.pending.clear();
		});
	}

	get pid(): number {
		return this.process.pid!;
	}

	call<T = unknown>(op: string, arg?: unknown, timeoutMs = 120_000): Promise<T> {
		if (this.exited) return Promise.reject(new Error(`child ${this.pid} has exited`));
		const id = this.next++;
		return new Promise<T>((ok, fail) => {
			const timer = setTimeout(() => {
				this.pending.delete(id);
				fail(new Error(`${op} timed out after ${timeoutMs} ms`));
			}, timeoutMs);
			this.pending.set(id, {
				ok: (v) => (clearTimeout(timer), ok(v as T)),
				fail: (e) => (clearTimeout(timer), fail(e))
			});
			this.process.send({ id, op, arg } satisfies Request);
		});
	}

	/**
	 * Asks the child to close, then drops the channel: the child exits by itself
	 * (so --cpu-prof gets written); only a child that hangs is ended, by its pid.
	 */
	async stop(graceMs = 10_000): Promise<void> {
		if (this.exited) return;
		const gone = new Promise<void>((ok) => (this.exited ? ok() : this.process.once('exit', () => ok())));
		await this.call('close', undefined, graceMs).catch(() => {});
		if (this.process.connected) this.process.disconnect();
		const term = setTimeout(() => this.process.kill('SIGTERM'), graceMs);
		const kill = setTimeout(() => this.process.kill('SIGKILL'), graceMs + 3000);
		await gone;
		clearTimeout(term);
		clearTimeout(kill);
	}
}
