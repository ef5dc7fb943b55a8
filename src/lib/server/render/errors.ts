import { error } from '@sveltejs/kit';
import { m } from '$lib/i18n';
import { RenderBusyError, RendererUnavailableError, RenderTimeoutError } from './chromium';

/**
 * A failed render as the person's answer: no browser on this server 503 (the
 * README says what to install), too many at once 503, too slow 504. Anything
 * else is logged and answered 500 with a message.
 */
export function renderFailed(failure: unknown, unavailable: string): never {
	if (failure instanceof RendererUnavailableError) {
		console.error('render: no browser:', failure.message);
		error(503, unavailable);
	}
	if (failure instanceof RenderBusyError) error(503, m.report.errors.busy);
	if (failure instanceof RenderTimeoutError) error(504, m.report.errors.timeout);
	console.error('render failed:', failure instanceof Error ? failure.message : failure);
	error(500, m.report.errors.failed);
}
