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
