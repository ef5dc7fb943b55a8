/**
 * The board's camera: which part of the world the screen shows, eased moves
 * between views, following someone, and the view kept for a reload of the tab.
 *
 * The view itself is plain (not $state): a gesture changes it every frame and
 * the board writes it straight into the world layer's transform, so no
 * component re-renders for a pan or zoom. Only the zoom percentage shown in
 * the toolbar and who is being followed are reactive.
 */
import * as vp from '$lib/canvas/viewport';

/** How long an eased move (buttons, keys, follow) takes. */
const ANIMATION_MS = 220;
/** The view is saved for a reload once it has been still this long. */
const SETTLE_MS = 250;
/** Editing zooms in to at least this, so the text being typed can be read. */
export const EDIT_ZOOM = 0.8;
/** A note is brought into view when it is nearer the edge than this (screen px). */
const EDGE = 24;

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
const centreOf = (r: vp.Rect): vp.Point => ({ x: r.x + r.w / 2, y: r.y + r.h / 2 });
/** A note's text size at zoom 1 (NoteCard's font-size): what the opening view keeps readable. */
export const NOTE_TEXT_PX = 16;

/** What the canvas opens on: its blocks, the sheet they sit on, and where the last used block is remembered. */
export interface Opening {
	blocks: readonly (vp.Rect & { id: string })[];
	sheet: vp.Rect;
	/** localStorage key of the block this person last used on this canvas (it outlives the tab). */
	blockKey: string;
}

export class Camera {
	view: vp.View = { x: 0, y: 0, zoom: 1 };
	screen: vp.Size = { w: 0, h: 0 };
	#zoomPercent = $state(100);
	#followingUserId = $state<string | null>(null);
	#animation: { from: vp.View; to: vp.View; start: number } | null = null;
	#dirty = false;
	#ready = false;
	/** The person moved the view, or it came back from the last visit: the first render keeps it. */
	#placed = false;
	#settleTimer: ReturnType<typeof setTimeout> | null = null;
	readonly #storageKey: string;
	readonly #requestFrame: () => void;
	readonly #content: () => vp.Rect;
	readonly #onOwnMove: () => void;
	readonly #opening: Opening | null;

	/**
	 * `content`: what "fit" shows (the template sheet and every note).
	 * `onOwnMove`: the person moved the view themselves (a summon's follower steps away).
	 * `opening`: the blocks to open on (see #openingView); without it the canvas opens fitted.
	 */
	constructor(options: { storageKey: string; requestFrame: () => void; content: () => vp.Rect; onOwnMove?: () => void; opening?: Opening }) {
		this.#storageKey = options.storageKey;
		this.#requestFrame = options.requestFrame;
		this.#content = options.content;
		this.#onOwnMove = options.onOwnMove ?? (() => {});
		this.#opening = options.opening ?? null;
	}

	get zoomPercent(): number {
		return this.#zoomPercent;
	}

	get followingUserId(): string | null {
		return this.#followingUserId;
	}

	/** Where the view is going (the end of a running animation), for steps that add up. */
	get target(): vp.View {
		return this.#animation?.to ?? this.view;
	}

	/** The view changed since the board last drew it; reading clears the flag. */
	takeDirty(): boolean {
		const dirty = this.#dirty;
		this.#dirty = false;
		return dirty;
	}

	/** `own`: the person moved the view themselves, which ends following someone. */
	setView(next: vp.View, own = true): void {
		if (own) {
			this.#ownMove();
			this.#animation = null;
		}
		this.view = next;
		this.#dirty = true;
		this.#requestFrame();
	}

	animateTo(target: vp.View, own: boolean): void {
		if (own) this.#ownMove();
		if (reducedMotion() || !this.#ready) {
			this.#animation = null;
			this.setView(target, false);
			return;
		}
		this.#animation = { from: { ...this.view }, to: target, start: performance.now() };
		this.#requestFrame();
	}

	/** Advances a running animation to `now`; asks for another frame until it ends. */
	step(now: number): void {
		const animation = this.#animation;
		if (!animation) return;
		const t = Math.min(1, Math.max(0, (now - animation.start) / ANIMATION_MS));
		this.view = vp.easeView(animation.from, animation.to, t, this.screen);
		this.#dirty = true;
		if (t >= 1) this.#animation = null;
		else this.#requestFrame();
	}

	stop(): void {
		this.#animation = null;
	}

	follow(userId: string | null): void {
		this.#followingUserId = userId;
	}

	/** The board has drawn the view: show its zoom, and save it once it is still. */
	drawn(): void {
		const percent = Math.round(this.view.zoom * 100);
		if (percent !== this.#zoomPercent) this.#zoomPercent = percent;
		if (this.#settleTimer !== null) clearTimeout(this.#settleTimer);
		this.#settleTimer = setTimeout(() => this.#save(), SETTLE_MS);
	}

	fit(own: boolean): void {
		this.animateTo(this.#fitted(), own);
	}

	/** The first render: the opening view (readable text), unless the person already placed the view. */
	fitUnlessPlaced(): void {
		if (this.#placed) return;
		this.view = this.#openingView();
		this.#dirty = true;
	}

	/** The person added or edited a note in this block: the canvas opens there next time. */
	rememberBlock(blockId: string | null): void {
		if (!this.#opening || blockId === null) return;
		try {
			localStorage.setItem(this.#opening.blockKey, blockId);
		} catch {
			// Storage blocked: the canvas opens on its centre block.
		}
	}

	zoomBy(factor: number): void {
		this.animateTo(vp.zoomAt(this.target, { x: this.screen.w / 2, y: this.screen.h / 2 }, factor), true);
	}

	panBy(dx: number, dy: number): void {
		this.animateTo(vp.panBy(this.target, dx, dy), true);
	}

	/** Brings a note on screen if it is not (near the edge counts as not). */
	ensureVisible(note: vp.Rect): void {
		if (this.screen.w === 0) return;
		const visible = vp.expand(vp.visibleWorldRect(this.view, this.screen), -EDGE / this.view.zoom);
		if (!vp.contains(visible, note)) this.animateTo(vp.centreOn(centreOf(note), this.view.zoom, this.screen), true);
	}

	/** For editing: zoomed in far enough to read, and on screen. */
	showForEditing(note: vp.Rect): void {
		if (this.view.zoom < EDIT_ZOOM) this.animateTo(vp.centreOn(centreOf(note), EDIT_ZOOM, this.screen), true);
		else this.ensureVisible(note);
	}

	/** Where the facilitator brought everyone: the note in the middle, zoomed in far enough to read. */
	centreOnNote(note: vp.Rect): void {
		this.#followingUserId = null;
		this.animateTo(vp.centreOn(centreOf(note), Math.max(this.target.zoom, EDIT_ZOOM), this.screen), false);
	}

	/** Someone else's view (while following them): their centre and zoom. */
	showPeerView(peer: vp.Point & { zoom: number }): void {
		this.animateTo(vp.centreOn(peer, peer.zoom, this.screen), false);
	}

	/** The board's size changed: keep the centre where it was; the first size sets the starting view. */
	resize(w: number, h: number): void {
		if (this.#ready && this.screen.w > 0) {
			const [dx, dy] = [(w - this.screen.w) / 2, (h - this.screen.h) / 2];
			this.view = vp.panBy(this.view, dx, dy);
			// A move under way ends where it was going, not half a bar off (a bar above the board came or went).
			const a = this.#animation;
			if (a) this.#animation = { ...a, from: vp.panBy(a.from, dx, dy), to: vp.panBy(a.to, dx, dy) };
		}
		this.screen = { w, h };
		if (!this.#ready && w > 0 && h > 0) this.#start();
		this.#dirty = true;
	}

	destroy(): void {
		if (this.#settleTimer !== null) clearTimeout(this.#settleTimer);
	}

	#ownMove(): void {
		this.#placed = true;
		this.#onOwnMove();
		if (this.#followingUserId !== null) this.#followingUserId = null;
	}

	#fitted(): vp.View {
		return vp.fit(this.#content(), this.screen, this.screen.w < vp.PHONE_WIDTH ? 16 : 48);
	}

	/**
	 * The block this person last used here, or the one at the sheet's centre (where
	 * fitting everything used to centre the view, and where the room starts: the value
	 * proposition of a Business Model Canvas, the Who of the magic triangle), at a zoom
	 * where text can be read: on a phone filling the width; elsewhere everything fitted
	 * unless that leaves the text unreadable.
	 */
	#openingView(): vp.View {
		const opening = this.#opening;
		if (!opening) return this.#fitted();
		let remembered: string | null = null;
		try {
			remembered = localStorage.getItem(opening.blockKey);
		} catch {
			// Storage blocked: the centre block.
		}
		const block = opening.blocks.find((b) => b.id === remembered) ?? vp.nearestBlock(opening.blocks, centreOf(opening.sheet));
		return vp.openingView(this.#content(), block, this.screen, NOTE_TEXT_PX);
	}

	/** A reload of this tab comes back to the same view; otherwise the opening view. */
	#start(): void {
		this.#ready = true;
		try {
			const saved = JSON.parse(sessionStorage.getItem(this.#storageKey) ?? 'null') as Partial<vp.View> | null;
			if (saved && typeof saved.zoom === 'number') {
				this.view = vp.sanitizeView(saved);
				this.#placed = true;
				return;
			}
		} catch {
			// No stored view: the opening view below.
		}
		this.view = this.#openingView();
	}

	#save(): void {
		this.#settleTimer = null;
		try {
			sessionStorage.setItem(this.#storageKey, JSON.stringify(this.view));
		} catch {
			// Storage full or blocked: a reload starts from the fitted view.
		}
	}
}
