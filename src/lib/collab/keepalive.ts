/** Every 5 minutes: well inside the 15 minutes before expiry that /auth/keepalive renews in. */
export const KEEPALIVE_MS = 5 * 60 * 1000;

/**
 * Keeps the sign-in cookie fresh while a workshop page is open, so the
 * realtime connection can reconnect after the first token would have ended.
 * Returns a stop function.
 */
export function keepSignInAlive(): () => void {
	const ping = () => void renewSignIn().catch(() => {});
	const timer = setInterval(ping, KEEPALIVE_MS);
	const onVisible = () => document.visibilityState === 'visible' && ping();
	document.addEventListener('visibilitychange', onVisible);
	return () => {
		clearInterval(timer);
		document.removeEventListener('visibilitychange', onVisible);
	};
}

/** Renews the sign-in cookie now (the realtime connection reads its token from it). */
export async function renewSignIn(): Promise<void> {
	await fetch('/auth/keepalive', { credentials: 'same-origin' });
}
