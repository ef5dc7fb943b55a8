/**
 * Leading and trailing throttle: the first value goes out at once, later ones
 * at most once per interval, and the last value pushed is always sent, so a
 * cursor that stops moving is shown where it stopped.
 */
export interface Throttled<T> {
	push(value: T): void;
	/** Drops a value still waiting, e.g. when the sender goes away. */
	cancel(): void;
}

export function throttle<T>(interval: number, send: (value: T) => void): Throttled<T> {
	let timer: ReturnType<typeof setTimeout> | null = null;
	let waiting: { value: T } | null = null;

	const openWindow = () => {
		timer = setTimeout(() => {
			timer = null;
			if (waiting === null) return;
			const { value } = waiting;
			waiting = null;
			send(value);
			// The trailing send starts a window of its own, so the rate holds under constant movement.
			openWindow();
		}, interval);
	};

	return {
		push(value) {
			if (timer === null) {
				send(value);
				openWindow();
			} else {
				waiting = { value };
			}
		},
		cancel() {
			if (timer !== null) clearTimeout(timer);
			timer = null;
			waiting = null;
		}
	};
}
