/**
 * The canvas's links and clusters as reactive lists, re-read when the document's
 * links or clusters change, or when notes join or leave (a link or cluster
 * member may have gone with them).
 */
import type * as Y from 'yjs';
import { listClusters, type ClusterWithNotes } from '$lib/canvas/clusters';
import { listLinks } from '$lib/canvas/links';
import type { NoteIndex } from '$lib/canvas/note-index.svelte';
import { clustersMap, linksArray, type Link } from '$lib/canvas/schema';

export class LinksAndClusters {
	#links = $state.raw<Link[]>([]);
	#clusters = $state.raw<ClusterWithNotes[]>([]);
	readonly clusterNames = $derived(new Map(this.#clusters.map((c) => [c.id, c.name])));
	readonly #doc: Y.Doc;
	readonly #stop: () => void;

	constructor(index: NoteIndex) {
		this.#doc = index.doc;
		this.#refreshLinks();
		this.#refreshClusters();
		linksArray(this.#doc).observe(this.#refreshLinks);
		clustersMap(this.#doc).observeDeep(this.#refreshClusters);
		this.#stop = index.onChange((changes) => {
			if (changes.added.size > 0 || changes.removed.size > 0) this.#refreshLinks();
			if (changes.clustersChanged) this.#refreshClusters();
		});
	}

	get links(): Link[] {
		return this.#links;
	}

	get clusters(): ClusterWithNotes[] {
		return this.#clusters;
	}

	destroy(): void {
		this.#stop();
		linksArray(this.#doc).unobserve(this.#refreshLinks);
		clustersMap(this.#doc).unobserveDeep(this.#refreshClusters);
	}

	#refreshLinks = (): void => {
		this.#links = listLinks(this.#doc);
	};
	#refreshClusters = (): void => {
		this.#clusters = listClusters(this.#doc);
	};
}
