/**
 * A bounded queue for renders in the browser: at most `concurrency` run at
 * once, at most `maxWaiting` wait behind them, and each must finish within
 * `timeoutMs` of starting. A render past those bounds fails with a reason
 * the endpoint turns into a message, so a burst of downloads cannot pile up
 * browser pages until the server runs out of memory.
 */

export class RenderBusyError extends Error {
	constructor() {
		super('too many renders are waiting');
	}
}

export class RenderTimeoutError extends Error {
	constructor(readonly timeoutMs: number) {
		super(`the render took longer than ${timeoutMs} ms`);
	}
}

export interface QueueOptions {
	concurrency: number;
	maxWaiting: number;
	timeoutMs: number;
}

export class RenderQueue {
	#running = 0;
	#waiting: (() => void)[] = [];

	constructor(private readonly options: QueueOptions) {}

	get running() {
		return this.#running;
	}

	get waiting() {
		return this.#waiting.length;
	}

	/**
	 * Runs `job` when a slot is free. On timeout the caller is answered at once
	 * and `signal` is aborted, so the job can close its page; the slot is freed
	 * only when the job has really stopped.
	 */
	async run<T>(job: (signal: AbortSignal) => Promise<T>): Promise<T> {
		if (this.#running >= this.options.concurrency) {
			if (this.#waiting.length >= this.options.maxWaiting) throw new RenderBusyError();
			await new Promise<void>((resolve) => this.#waiting.push(resolve));
		}
		this.#running++;
		const controller = new AbortController();
		let timer: ReturnType<typeof setTimeout> | undefined;
		const work = job(controller.signal);
		const timeout = new Promise<never>((_, reject) => {
			timer = setTimeout(() => {
				controller.abort();
				reject(new RenderTimeoutError(this.options.timeoutMs));
			}, this.options.timeoutMs);
		});
		// The slot is held until the job itself settles, even after a timeout answered.
		void work.catch(() => undefined).finally(() => this.#release());
		try {
			return await Promise.race([work, timeout]);
		} finally {
			clearTimeout(timer);
		}
	}

	#release() {
		this.#running--;
		this.#waiting.shift()?.();
	}
}
