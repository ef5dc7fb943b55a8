/*
 * Installed in every page the canvas benchmark opens (context.addInitScript),
 * before the page's own scripts. Plain browser JavaScript on purpose: functions
 * compiled by tsx cannot be handed to page.evaluate (its helpers are missing
 * in the page). Defines window.__bench and touches nothing of the page.
 */
(() => {
	if (window.__bench) return;
	const BOARD = '[data-testid="canvas-board"]';
	const INTERACTIVE = 'button, a, input, textarea, select, [contenteditable], [role="button"], [role="toolbar"], [role="menu"], [role="dialog"]';

	// Frame times: the gaps between requestAnimationFrame callbacks while a gesture runs.
	const frames = { list: [], running: false, last: undefined };
	const tick = (t) => {
		if (!frames.running) return;
		if (frames.last !== undefined) frames.list.push(t - frames.last);
		frames.last = t;
		requestAnimationFrame(tick);
	};

	const boardRect = () => {
		const board = document.querySelector(BOARD);
		if (!board) return null;
		const r = board.getBoundingClientRect();
		const left = Math.max(0, r.left);
		const top = Math.max(0, r.top);
		const right = Math.min(innerWidth, r.right);
		const bottom = Math.min(innerHeight, r.bottom);
		return right > left && bottom > top ? { board, left, top, right, bottom } : null;
	};

	let watch = null;

	const bench = {
		startFrames() {
			frames.list = [];
			frames.last = undefined;
			frames.running = true;
			performance.mark('bench:frames-start');
			requestAnimationFrame(tick);
		},
		stopFrames() {
			frames.running = false;
			performance.mark('bench:frames-stop');
			return frames.list.slice();
		},
		/**
		 * Resolves, once frames have come at every vsync (no gap over 20 ms) for
		 * `windowMs`, with the time (ms from navigation start) that calm began; or
		 * null if it did not happen within `maxMs`. Work a page still does after
		 * its marks shows up here.
		 */
		quiet(windowMs, maxMs) {
			return new Promise((resolve) => {
				const start = performance.now();
				let last;
				let calmSince = start;
				const step = (t) => {
					if (last !== undefined && t - last > 20) calmSince = t;
					last = t;
					if (t - calmSince >= windowMs) return resolve(Math.round(calmSince));
					if (t - start >= maxMs) return resolve(null);
					requestAnimationFrame(step);
				};
				requestAnimationFrame(step);
			});
		},
		nextFrame() {
			return new Promise((ok) => requestAnimationFrame(() => ok()));
		},

		/** The performance marks the canvas page sets, and the browser's own paint entries, from navigation start. */
		marks() {
			const at = (name) => performance.getEntriesByName(name)[0]?.startTime ?? null;
			const paint = (name) => performance.getEntriesByType('paint').find((e) => e.name === name)?.startTime ?? null;
			const nav = performance.getEntriesByType('navigation')[0];
			return {
				firstRender: at('canvas:first-render'),
				interactive: at('canvas:interactive'),
				fcp: paint('first-contentful-paint'),
				domContentLoaded: nav ? nav.domContentLoadedEventEnd : null,
				load: nav ? nav.loadEventEnd : null,
				// Every canvas:* mark (mounted, local-copy, synced, first-render ...): where a load's time went.
				phases: Object.fromEntries(
					performance
						.getEntriesByType('mark')
						.filter((m) => m.name.startsWith('canvas:'))
						.map((m) => [m.name.slice('canvas:'.length), Math.round(m.startTime)])
				)
			};
		},

		/** Resolves true once every named performance mark exists, false after `timeoutMs`; no polling. */
		whenMarked(names, timeoutMs) {
			const all = () => names.every((name) => performance.getEntriesByName(name, 'mark').length > 0);
			return new Promise((resolve) => {
				if (all()) return resolve(true);
				const observer = new PerformanceObserver(() => {
					if (!all()) return;
					observer.disconnect();
					clearTimeout(timer);
					resolve(true);
				});
				observer.observe({ type: 'mark' });
				const timer = setTimeout(() => {
					observer.disconnect();
					resolve(all());
				}, timeoutMs);
			});
		},

		/** What the page shows, for a report when it does not behave. */
		describe() {
			const api = window.__canvas;
			let view = null;
			let noteCount = null;
			let renderedCount = null;
			try {
				view = api?.view() ?? null;
				noteCount = api?.noteCount() ?? null;
				renderedCount = api?.renderedCount() ?? null;
			} catch (error) {
				view = String(error);
			}
			return {
				url: location.href,
				title: document.title,
				board: !!document.querySelector(BOARD),
				boardRect: (() => {
					const r = document.querySelector(BOARD)?.getBoundingClientRect();
					return r ? { left: r.left, top: r.top, width: r.width, height: r.height } : null;
				})(),
				domNotes: document.querySelectorAll('[data-note-id]').length,
				api: !!api,
				view,
				noteCount,
				renderedCount,
				marks: performance.getEntriesByType('mark').map((m) => `${m.name}@${Math.round(m.startTime)}`),
				text: (document.body?.innerText ?? '').replace(/\s+/g, ' ').slice(0, 300)
			};
		},

		/**
		 * A point on the board with no note, control or label under it, where a
		 * drag pans. Prefers the point from which a circle of `radius` to its right
		 * stays inside the board (the pan gesture's path). Null when there is none.
		 */
		emptyPoint(radius) {
			const rect = boardRect();
			if (!rect) return null;
			const ideal = { x: (rect.left + rect.right) / 2 - radius, y: (rect.top + rect.bottom) / 2 };
			let best = null;
			for (let y = rect.top + 4; y < rect.bottom - 4; y += 8) {
				for (let x = rect.left + 4; x < rect.right - 4; x += 8) {
					const el = document.elementFromPoint(x, y);
					if (!el || !rect.board.contains(el) || el.closest('[data-note-id]') || el.closest(INTERACTIVE)) continue;
					const d = Math.hypot(x - ideal.x, y - ideal.y);
					if (!best || d < best.d) best = { x, y, d, target: el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? '.' + el.className.trim().split(/\s+/).join('.') : '') };
				}
			}
			return best && { x: best.x, y: best.y, target: best.target };
		},

		/** The centre of the board, where the zoom gesture is made. */
		boardCentre() {
			const rect = boardRect();
			return rect && { x: (rect.left + rect.right) / 2, y: (rect.top + rect.bottom) / 2 };
		},

		/** A rendered note whose centre is on screen and not covered: the one nearest the board's centre. */
		visibleNote() {
			const rect = boardRect();
			if (!rect) return null;
			const cx = (rect.left + rect.right) / 2;
			const cy = (rect.top + rect.bottom) / 2;
			let best = null;
			for (const el of document.querySelectorAll('[data-note-id]')) {
				const r = el.getBoundingClientRect();
				const x = r.left + r.width / 2;
				const y = r.top + r.height / 2;
				if (x < rect.left + 20 || x > rect.right - 20 || y < rect.top + 20 || y > rect.bottom - 20) continue;
				if (document.elementFromPoint(x, y)?.closest('[data-note-id]') !== el) continue;
				const d = Math.hypot(x - cx, y - cy);
				if (!best || d < best.d) best = { id: el.getAttribute('data-note-id'), text: el.textContent ?? '', d };
			}
			return best && { id: best.id, text: best.text };
		},

		/**
		 * Starts watching for `text` in the note's element (its text, or the value
		 * of a field inside it). Resolves, via textSeen(), with Date.now() at the
		 * next animation frame after the DOM change (the frame that paints it), or
		 * null after `timeoutMs`.
		 */
		watchText(id, text, timeoutMs) {
			const selector = `[data-note-id="${CSS.escape(id)}"]`;
			const present = () => {
				const el = document.querySelector(selector);
				if (!el) return false;
				if ((el.textContent ?? '').includes(text)) return true;
				for (const field of el.querySelectorAll('textarea, input')) if (field.value.includes(text)) return true;
				return false;
			};
			watch = new Promise((resolve) => {
				let done = false;
				const end = (result) => {
					if (done) return;
					done = true;
					observer.disconnect();
					clearTimeout(timer);
					resolve(result);
				};
				const observer = new MutationObserver(() => {
					if (!done && present()) requestAnimationFrame(() => end({ at: Date.now(), how: 'mutation' }));
				});
				observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
				// A field's value changes without a DOM mutation: look at every frame too (that frame paints it).
				const poll = () => {
					if (done) return;
					if (present()) end({ at: Date.now(), how: 'frame' });
					else requestAnimationFrame(poll);
				};
				requestAnimationFrame(poll);
				const timer = setTimeout(() => end(null), timeoutMs);
			});
			return true;
		},
		textSeen() {
			return watch;
		},

		/** Every JavaScript file this page loaded: resource timing, module preloads, scripts and the inline entry imports. */
		scripts() {
			const urls = new Set();
			const add = (href) => {
				try {
					const url = new URL(href, location.href);
					if (/\.m?js$/.test(url.pathname)) urls.add(url.origin + url.pathname);
				} catch {
					// not a URL
				}
			};
			for (const entry of performance.getEntriesByType('resource')) add(entry.name);
			for (const el of document.querySelectorAll('link[rel="modulepreload"], link[rel="preload"][as="script"]')) add(el.getAttribute('href'));
			for (const el of document.querySelectorAll('script[src]')) add(el.getAttribute('src'));
			for (const el of document.querySelectorAll('script:not([src])')) for (const m of (el.textContent ?? '').matchAll(/import\(\s*["'`]([^"'`]+)["'`]\s*\)/g)) add(m[1]);
			return [...urls];
		}
	};
	Object.defineProperty(window, '__bench', { value: bench });
})();
