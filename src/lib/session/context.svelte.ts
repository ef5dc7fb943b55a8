/**
 * One WorkshopSession per workshop, shared by every page under /w/<id>
 * (the layout holds it), so moving between canvas, console and ballot keeps
 * one connection. It starts when a page asks (`start()`): the canvas page asks
 * only after its own room has loaded, so the canvas is served first. A
 * layout outlives its pages, not a change of workshop: nothing links one
 * workshop's pages to another's directly (they go through /workshops).
 */
import { getContext, onMount, setContext } from 'svelte';
import { keepSignInAlive } from '../collab/keepalive.ts';
import type { SessionMember, WorkshopSession } from './workshop-session.svelte.ts';

const KEY = Symbol('workshop-session');

export class SessionHolder {
	#session = $state.raw<WorkshopSession | null>(null);

	constructor(
		readonly workshopId: string,
		readonly me: SessionMember
	) {}

	/** The session once started (null before, and on the server). */
	get session(): WorkshopSession | null {
		return this.#session;
	}

	#starting: Promise<void> | null = null;
	#destroyed = false;

	/**
	 * Connects, once (later calls do nothing). Yjs and the socket code load
	 * here, not with the layout, so a page that needs no session stays light.
	 */
	start(): void {
		this.#starting ??= import('./workshop-session.svelte.ts').then(({ WorkshopSession }) => {
			if (!this.#destroyed) this.#session = new WorkshopSession(this.workshopId, this.me);
		});
	}

	destroy() {
		this.#destroyed = true;
		this.#session?.destroy();
		this.#session = null;
	}
}

export const provideSession = (holder: SessionHolder) => setContext(KEY, holder);

/** The workshop's session holder, from the /w/<id> layout. */
export function useSession(): SessionHolder {
	const holder = getContext<SessionHolder | undefined>(KEY);
	if (!holder) throw new Error('useSession() outside a workshop page');
	return holder;
}

/**
 * The workshop's session, started as the page mounts, with the sign-in kept
 * alive while the page is open (a session outlasts one access token).
 */
export function useStartedSession(): SessionHolder {
	const holder = useSession();
	onMount(() => {
		holder.start();
		return keepSignInAlive();
	});
	return holder;
}
