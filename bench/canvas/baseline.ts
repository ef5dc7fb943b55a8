/**
 * The naive approach, for comparison: one plain page with every note as an
 * absolutely positioned div (all rendered, none skipped), template blocks
 * behind them, and pan/zoom done by changing one CSS transform on their
 * container straight from the input handlers. The same notes, texts and
 * colors as the canvas under test, the same gestures, the same marks and the
 * same window.__canvas shape, so the measuring code is the same for both.
 */
import { TEMPLATES, type TemplateId } from '../../src/lib/domain/templates.ts';
import type { View } from '../../src/lib/canvas/viewport.ts';
import type { SeedNote } from './seed.ts';

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** Where the board sits in the window: the canvas page's board, so both show the same part of the world. */
export interface BoardRect {
	left: number;
	top: number;
	width: number;
	height: number;
}

export function baselineHtml(templateId: TemplateId, notes: SeedNote[], view: View, board: BoardRect | null): string {
	const template = TEMPLATES[templateId];
	const blocks = template.blocks
		.map((b) => `<div class="block" style="left:${b.x}px;top:${b.y}px;width:${b.w}px;height:${b.h}px"><span>${escape(b.id)}</span></div>`)
		.join('');
	const divs = notes
		.map(
			(n) =>
				`<div class="note" data-note-id="${escape(n.id)}" style="left:${n.x}px;top:${n.y}px;width:${n.w}px;height:${n.h}px;background:${n.color}">${escape(n.text)}</div>`
		)
		.join('\n');
	return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Baseline: ${notes.length} plain divs</title>
<style>
html, body { margin: 0; height: 100%; overflow: hidden; font: 14px/1.35 system-ui, sans-serif; }
#board { position: absolute; ${board ? `left: ${board.left}px; top: ${board.top}px; width: ${board.width}px; height: ${board.height}px;` : 'inset: 0;'} overflow: hidden; background: #f4f3ef; touch-action: none; cursor: grab; }
#world { position: absolute; left: 0; top: 0; transform-origin: 0 0; width: ${template.width}px; height: ${template.height}px; background: #fff; }
.block { position: absolute; box-sizing: border-box; border: 2px solid #d6d3c8; border-radius: 8px; }
.block span { position: absolute; left: 12px; top: 8px; font-weight: 600; color: #55534c; }
.note { position: absolute; box-sizing: border-box; padding: 10px; border: 1px solid rgb(0 0 0 / 0.18); border-radius: 6px; overflow: hidden; color: #111; overflow-wrap: anywhere; }
</style></head>
<body><div id="board" data-testid="canvas-board"><div id="world">${blocks}
${divs}
</div></div>
<script>
(() => {
	const board = document.getElementById('board');
	const world = document.getElementById('world');
	const count = ${notes.length};
	let view = ${JSON.stringify(view)};
	// Applied at once from every input event: no batching per frame, nothing skipped.
	const apply = () => { world.style.transform = 'translate(' + view.x + 'px,' + view.y + 'px) scale(' + view.zoom + ')'; };
	// As src/lib/canvas/viewport.ts: zoom 0.1..4 around the pointer, exp(-deltaY * 0.01) per wheel event.
	const zoomAt = (px, py, factor) => {
		const zoom = Math.min(4, Math.max(0.1, view.zoom * factor));
		const wx = (px - view.x) / view.zoom, wy = (py - view.y) / view.zoom;
		view = { x: px - wx * zoom, y: py - wy * zoom, zoom };
	};
	let drag = null;
	board.addEventListener('pointerdown', (e) => { drag = { x: e.clientX, y: e.clientY }; board.setPointerCapture(e.pointerId); });
	board.addEventListener('pointermove', (e) => {
		if (!drag) return;
		view = { ...view, x: view.x + e.clientX - drag.x, y: view.y + e.clientY - drag.y };
		drag = { x: e.clientX, y: e.clientY };
		apply();
	});
	board.addEventListener('pointerup', () => { drag = null; });
	board.addEventListener('wheel', (e) => {
		e.preventDefault();
		const r = board.getBoundingClientRect();
		if (e.ctrlKey) zoomAt(e.clientX - r.left, e.clientY - r.top, Math.exp(-Math.max(-100, Math.min(100, e.deltaY)) * 0.01));
		else view = { ...view, x: view.x - e.deltaX, y: view.y - e.deltaY };
		apply();
	}, { passive: false });
	window.__canvas = {
		view: () => ({ ...view }),
		setView: (v) => { view = { ...v }; apply(); },
		noteCount: () => count,
		renderedCount: () => document.querySelectorAll('[data-note-id]').length
	};
	apply();
	// Handlers are live already: interactive when the first frame with the notes is painted.
	requestAnimationFrame(() => setTimeout(() => {
		performance.mark('canvas:first-render');
		performance.mark('canvas:interactive');
	}));
})();
</script></body></html>`;
}
