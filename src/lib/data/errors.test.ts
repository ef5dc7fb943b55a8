import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it, vi } from 'vitest';
import { DataError, unavailable } from './errors';

function thrownBy(run: () => unknown): unknown {
	try {
		run();
	} catch (thrown) {
		return thrown;
	}
	throw new Error('nothing was thrown');
}

describe('unavailable', () => {
	it('turns a failed query into a 503 with the message for the person, and logs the cause', () => {
		const log = vi.spyOn(console, 'error').mockImplementation(() => {});
		const thrown = thrownBy(() => unavailable(new DataError('TypeError: fetch failed'), 'Try again in a moment.'));
		expect(isHttpError(thrown, 503)).toBe(true);
		expect((thrown as { body: { message: string } }).body.message).toBe('Try again in a moment.');
		expect(log).toHaveBeenCalledWith('query failed:', 'TypeError: fetch failed');
		log.mockRestore();
	});

	it('lets anything else through unchanged: a bug is not an outage', () => {
		const bug = new TypeError('x is undefined');
		expect(thrownBy(() => unavailable(bug, 'Try again in a moment.'))).toBe(bug);
	});
});
