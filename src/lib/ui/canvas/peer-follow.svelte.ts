/**
 * Following someone on the canvas (the presence bar's "Follow"): their view's
 * centre and zoom become ours while they move, until we move ourselves
 * (the camera ends it) or they leave. Call while the board initialises.
 */
import { untrack } from 'svelte';
import type { PeerState, Presence } from '$lib/collab/presence.svelte';
import type { Camera } from './camera.svelte';

export function followPeers(camera: Camera, presence: Presence, announce: (name: string) => void) {
	const peer = $derived(
		camera.followingUserId === null ? null : (presence.peers.find((p) => p.userId === camera.followingUserId) ?? null)
	);

	$effect(() => {
		if (camera.followingUserId === null) return;
		const followed = peer;
		if (!followed) return camera.follow(null);
		const target = followed.view;
		if (target) untrack(() => camera.showPeerView(target));
	});

	return {
		/** The person being followed, while they are here. */
		get peer(): PeerState | null {
			return peer;
		},
		follow(userId: string | null) {
			camera.follow(userId);
			const found = presence.peers.find((p) => p.userId === userId);
			if (found) announce(found.name);
		}
	};
}
