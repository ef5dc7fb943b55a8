import { json } from '@sveltejs/kit';
import type { z } from 'zod';
import { DataError } from '$lib/data/errors';
import { Refusal } from '$lib/data/session';
import { m } from '$lib/i18n';

/**
 * How the session and ballot endpoints answer: 200 with the result, or an
 * error status with `{ error: message, key }` the screen shows as it is.
 */
export async function answer(run: () => Promise<unknown>) {
	try {
		const result = await run();
		return json({ ok: true, result: result ?? null });
	} catch (failure) {
		if (failure instanceof Refusal) return json({ error: failure.message, key: failure.key }, { status: failure.status });
		if (failure instanceof DataError) {
			console.error('session request failed:', failure.message);
			return json({ error: m.session.refusals.failed, key: 'failed' }, { status: 503 });
		}
		throw failure;
	}
}

/** The request's JSON body checked against `schema`, or null (answered with 400 by the caller). */
export async function readBody<T extends z.ZodType>(request: Request, schema: T): Promise<z.infer<T> | null> {
	const body: unknown = await request.json().catch(() => null);
	const parsed = schema.safeParse(body);
	return parsed.success ? parsed.data : null;
}

export const invalid = () => json({ error: m.session.refusals.invalid, key: 'invalid' }, { status: 400 });
export const signedOut = () => json({ error: m.session.refusals['not-member'], key: 'not-member' }, { status: 401 });
