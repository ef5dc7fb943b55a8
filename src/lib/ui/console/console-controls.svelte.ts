/**
 * What the facilitator does from the console, one method per intent, each a
 * session request (actions.ts). The results come back through the session
 * room, written by the server, so nothing here changes what screens show;
 * it only tracks which panel waits for an answer and what went wrong there,
 * in the server's words, for that panel's alert.
 */
import { ActionError, sessionAction } from '../../session/actions.ts';
import type { RoundPlan } from '../../session/document.ts';
import type { SessionRequest } from '../../session/requests.ts';

export type TimerAction = Extract<SessionRequest, { action: 'timer' }>['timer'];

export type Area = 'agenda' | 'timer' | 'canvases' | 'people' | 'rounds';

export class ConsoleControls {
	#busy = $state<Partial<Record<Area, boolean>>>({});
	#errors = $state<Partial<Record<Area, string>>>({});

	constructor(readonly workshopId: string) {}

	busy(area: Area): boolean {
		return this.#busy[area] ?? false;
	}

	error(area: Area): string {
		return this.#errors[area] ?? '';
	}

	/** Shows a problem found before sending (a form left incomplete). */
	fail(area: Area, message: string) {
		this.#errors[area] = message;
	}

	/** Sends one request; true when the server accepted it. */
	async send(area: Area, request: SessionRequest): Promise<boolean> {
		this.#busy[area] = true;
		this.#errors[area] = '';
		try {
			await sessionAction(this.workshopId, request);
			return true;
		} catch (failure) {
			this.#errors[area] = failure instanceof ActionError ? failure.message : String(failure);
			return false;
		} finally {
			this.#busy[area] = false;
		}
	}

	startPhase = (phase: string | null) => this.send('agenda', { action: 'phase', phase });
	addPhase = (title: string) => this.send('agenda', { action: 'add-phase', title });
	changePhase = (phase: string, changes: { title?: string; canvas?: string | null; plan?: RoundPlan | null }) =>
		this.send('agenda', { action: 'change-phase', phase, ...changes });
	removePhase = (phase: string) => this.send('agenda', { action: 'remove-phase', phase });
	orderPhases = (phases: string[]) => this.send('agenda', { action: 'order-phases', phases });

	timer = (timer: TimerAction, durationMs: number | null = null) => this.send('timer', { action: 'timer', timer, durationMs });

	summon = (canvas: string | null) => this.send('canvases', { action: 'summon', canvas, note: null });
	lock = (canvas: string, locked: boolean) => this.send('canvases', { action: 'lock', canvas, locked });
	present = (presenting: boolean) => this.send('canvases', { action: 'presenter', presenting });

	removeMember = (user: string) => this.send('people', { action: 'remove-member', user });

	openRound = (request: SessionRequest & { action: 'open-round' }) => this.send('rounds', request);
	closeRound = (round: string) => this.send('rounds', { action: 'close-round', round });
	revealRound = (round: string) => this.send('rounds', { action: 'reveal-round', round });
}
