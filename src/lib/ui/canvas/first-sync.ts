/** Resolves once the provider has synced with the server, or after `timeout` ms (offline, slow). */
export function firstSync(
	provider: {
		synced: boolean;
		on(event: 'sync', listener: (synced: boolean) => void): void;
		off(event: 'sync', listener: (synced: boolean) => void): void;
	},
	timeout: number
): Promise<void> {
	return new Promise((resolve) => {
		if (provider.synced) return resolve();
		const done = () => {
			clearTimeout(timer);
			provider.off('sync', onSync);
			resolve();
		};
		const onSync = (synced: boolean) => synced && done();
		const timer = setTimeout(done, timeout);
		provider.on('sync', onSync);
	});
}

/**
 * What a board opens with: the device's copy, and for a canvas still empty then, the
 * server's first sync (up to `waitMs`). Marks each step (npm run bench:canvas prints them).
 */
export async function contentReady(
	connection: { whenLoaded(): Promise<void>; provider: Parameters<typeof firstSync>[0] },
	isEmpty: () => boolean,
	waitMs: number
): Promise<void> {
	await connection.whenLoaded();
	performance.mark('canvas:local-copy');
	if (!isEmpty()) return;
	await firstSync(connection.provider, waitMs);
	performance.mark('canvas:synced');
}
