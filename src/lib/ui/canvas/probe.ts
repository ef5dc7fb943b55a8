/**
 * Read-only introspection of the open canvas for the end-to-end tests and the
 * benchmark (window.__canvas): no UI, no secrets, nothing it could change but the view.
 */
import * as vp from '$lib/canvas/viewport';

export interface CanvasProbe {
	view(): vp.View;
	setView(view: vp.View): void;
	noteCount(): number;
	renderedCount(): number;
}

type ProbeWindow = Window & { __canvas?: CanvasProbe };

/** Installs the probe; returns the function that removes it (unless another canvas replaced it). */
export function installProbe(probe: CanvasProbe): () => void {
	const w = window as ProbeWindow;
	w.__canvas = probe;
	return () => {
		if (w.__canvas === probe) delete w.__canvas;
	};
}
