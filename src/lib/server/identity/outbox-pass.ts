import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The local outbox shows a browser only the links it asked for. Which ones
 * rides in a cookie: the outbox ids, sealed with an HMAC so nobody can list
 * ids they did not ask for (ids are serial and easy to guess).
 */

/** How many recent requests a browser keeps sight of. */
export const OUTBOX_PASS_LIMIT = 20;

const mac = (ids: string, secret: string) => createHmac('sha256', `${secret}:outbox`).update(ids).digest('base64url');

/** The cookie value for these ids (newest last, at most OUTBOX_PASS_LIMIT). */
export function sealOutboxIds(ids: readonly number[], secret: string): string {
	const kept = ids.filter((id) => Number.isSafeInteger(id) && id > 0).slice(-OUTBOX_PASS_LIMIT).join('.');
	return `${kept}~${mac(kept, secret)}`;
}

/** The ids a cookie value carries; none when it is missing, malformed or forged. */
export function openOutboxIds(value: string | null | undefined, secret: string): number[] {
	if (!value) return [];
	const [ids, seal, ...rest] = value.split('~');
	if (rest.length > 0 || !seal || !/^(\d+(\.\d+)*)?$/.test(ids)) return [];
	const expected = Buffer.from(mac(ids, secret));
	const given = Buffer.from(seal);
	if (given.length !== expected.length || !timingSafeEqual(given, expected)) return [];
	return ids === '' ? [] : ids.split('.').map(Number).filter((id) => Number.isSafeInteger(id));
}
