/**
 * Other people's pointers, moved in the board's frame loop (never by a CSS
 * transition, which every zoom frame would restart). The one style write per
 * cursor is its transform, and only when it changed: a pan writes nothing (the
 * layer moves with the world), a zoom rewrites each arrow's counter-scale, and a
 * cursor update moves that arrow in the next frame.
 *
 * By default an arrow jumps to each update (about 10 a second) rather than
 * gliding: measured with 29 peers on 500 notes (bench:canvas --case cursors
 * --trace), a glide keeps a frame going at every vsync, and every frame of a
 * busy canvas costs the page a layer commit of several ms, so the page at rest
 * was busier gliding than with the old CSS transitions. A glide can be asked for
 * (glideMs), as the tests do.
 */
import type { Point } from '$lib/collab/presence.svelte';

/** About one update interval of a peer's cursor: a glide that long runs into the next one without a stop. */
export const GLIDE_MS = 100;

/** Where a glide from `from` to `to`, begun at `start`, is at `now` (linear, ends exactly on `to`). */
export function glide(from: Point, to: Point, start: number, now: number, duration = GLIDE_MS): Point {
	const t = duration <= 0 ? 1 : Math.min(1, Math.max(0, (now - start) / duration));
	return t >= 1 ? to : { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
}

/** The transform of an arrow at `at` (world units) in a layer scaled by `zoom`: the same size on screen at any zoom. */
export function cursorTransform(at: Point, zoom: number): string {
	return `translate(${Math.round(at.x * 10) / 10}px, ${Math.round(at.y * 10) / 10}px) scale(${1 / zoom})`;
}

interface Drawn {
	el: HTMLElement;
	/** The peer's cursor now (read at every frame: no reactivity involved). */
	target: () => Point | null;
	from: Point;
	to: Point;
	start: number;
	written: string;
}

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

export interface CursorLayerHost {
	requestFrame(): void;
	/** The board's zoom now. */
	zoom(): number;
	/** Glide length, ms (GLIDE_MS glides into the next update); 0, the default, jumps. */
	glideMs?: number;
}

export class CursorLayer {
	readonly #drawn = new Set<Drawn>();
	readonly #host: CursorLayerHost;
	readonly #glideMs: number;

	constructor(host: CursorLayerHost) {
		this.#host = host;
		this.#glideMs = reducedMotion() ? 0 : (host.glideMs ?? 0);
	}

	/** Draws `el` at the peer's cursor from now on (placed at once, no glide in); returns its removal. */
	add(el: HTMLElement, target: () => Point | null): () => void {
		const at = target() ?? { x: 0, y: 0 };
		const drawn: Drawn = { el, target, from: at, to: at, start: 0, written: cursorTransform(at, this.#host.zoom()) };
		el.style.transform = drawn.written;
		this.#drawn.add(drawn);
		return () => this.#drawn.delete(drawn);
	}

	/** A cursor moved: the next frame starts its glide. */
	moved(): void {
		this.#host.requestFrame();
	}

	/** One frame: every arrow where its glide is now. Returns whether one still glides (the loop needs another frame). */
	step(now: number): boolean {
		const zoom = this.#host.zoom();
		let gliding = false;
		for (const d of this.#drawn) {
			const target = d.target();
			if (target && (target.x !== d.to.x || target.y !== d.to.y)) {
				d.from = glide(d.from, d.to, d.start, now, this.#glideMs);
				d.to = { x: target.x, y: target.y };
				d.start = now;
			}
			const at = glide(d.from, d.to, d.start, now, this.#glideMs);
			if (at !== d.to) gliding = true;
			const transform = cursorTransform(at, zoom);
			if (transform !== d.written) {
				d.el.style.transform = transform;
				d.written = transform;
			}
		}
		return gliding;
	}
}
