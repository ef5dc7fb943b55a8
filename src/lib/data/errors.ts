import { error } from '@sveltejs/kit';

/**
 * A query the database or the API could not answer (unreachable, refused, a
 * failing statement). "No rows" is not one: that is how RLS answers for what a
 * person may not see, and pages turn it into a 404.
 */
export class DataError extends Error {}

/**
 * What a page load answers when a query failed: 503 with a message the person
 * can read (the error page shows it), logged for whoever runs the app. The
 * realtime server answers a failed lookup with 503 too. Anything else is a bug
 * and goes on as it is (SvelteKit's 500).
 */
export function unavailable(failure: unknown, message: string): never {
	if (failure instanceof DataError) {
		console.error('query failed:', failure.message);
		error(503, message);
	}
	throw failure;
}
