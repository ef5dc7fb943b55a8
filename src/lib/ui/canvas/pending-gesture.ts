import type { Point, Size } from '$lib/canvas/viewport';

/** A drag's latest positions or a resize's latest size, not yet written: the editor writes them at most once a frame. */
export class PendingGesture {
	moves: Map<string, Point> | null = null;
	resize: ({ id: string } & Size) | null = null;

	/** What is pending, now taken: the next frame starts afresh. */
	take(): { moves: Map<string, Point> | null; size: ({ id: string } & Size) | null } {
		const taken = { moves: this.moves, size: this.resize };
		this.clear();
		return taken;
	}

	clear(): void {
		this.moves = null;
		this.resize = null;
	}
}
